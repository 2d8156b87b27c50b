import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import rule from '../../src/rules/no-raw-card-inputs.js';
import { WORKER_REGISTRY } from './card-rule-fixtures.js';

const ruleTester = new RuleTester();
const jsx = { parserOptions: { ecmaFeatures: { jsx: true } } } as const;

// Message wording spelled out once.
const PAN = 'card number (PAN)';
const CVC = 'card security code (CVC)';
const NUMBER_ELEMENT = '`<CardNumberElement />` from @stripe/react-stripe-js, or `<PaymentElement />` for the whole card form';
const CVC_ELEMENT = '`<CardCvcElement />` from @stripe/react-stripe-js, or `<PaymentElement />` for the whole card form';
/** A form that takes a card and a backup card, in a module without imports. */
const BACKUP_CARD_FORM = `export function BackupCardForm() {
  return (
    <form method="post" action="/cards">
      <input name="cardNumber" autoComplete="cc-number" />
      <input name="backupCardNumber" />
      <input name="cvc" autoComplete="cc-csc" />
    </form>
  );
}`;
const STYLED_CARD_FORM = `import styled from '@emotion/styled';
import { TextField } from '@mui/material';
import { useState } from 'react';

const NumberInput = styled.input\`
  font-family: monospace;
  letter-spacing: 2px;
\`;
const CvcInput = styled(NumberInput)\`
  width: 4rem;
\`;
const BackupCvc = styled(TextField)({ width: 80 });

export function StyledCardForm({ onPay }: { onPay: () => void }) {
  const [ready] = useState(true);
  return (
    <form onSubmit={onPay}>
      <label>
        Card
      </label>
      <NumberInput autoComplete="cc-number" placeholder="1234 1234 1234 1234" />
      <CvcInput name="cvc" maxLength={4} />
      <BackupCvc label="Card security code (CVC)" />
      <button disabled={!ready}>Pay</button>
    </form>
  );
}
`;
const STYLED_ATTRS_ROW = `import styled from 'styled-components';

const Masked = styled.input.attrs({ readOnly: true })\`
  color: #666;
\`;
const CardNumber = styled.input.attrs({ autoComplete: 'cc-number', inputMode: 'numeric' })\`
  letter-spacing: 2px;
\`;
const Cvc = styled(CardNumber).attrs({ autoComplete: 'cc-csc' })\`
  width: 4rem;
\`;

export function CardRow({ masked }: { masked: string }) {
  return (
    <div>
      <Masked name="cardNumber" value={masked} />
      <CardNumber placeholder="Card number" />
      <Cvc />
      <CardNumber autoComplete="off" name="nickname" />
    </div>
  );
}
`;
/** The row with `input` replaced by `<component />` and its import added after styled's. */
/** react-payment-inputs' render-prop container around a card form (real-world batch DL). */
const PAYMENT_INPUTS_CONTAINER = `import React from 'react';
import { PaymentInputsContainer } from 'react-payment-inputs';

export default function PaymentInputs({ onChange }) {
  return (
    <PaymentInputsContainer>
      {({ meta, getCardNumberProps, getExpiryDateProps, getCVCProps }) => (
        <div>
          <input {...getCardNumberProps({ onChange })} />
          <input {...getExpiryDateProps({ onChange })} />
          <input {...getCVCProps({ onChange })} />
          {meta.isTouched && meta.error && <span>Error: {meta.error}</span>}
        </div>
      )}
    </PaymentInputsContainer>
  );
}
`;
/** Styled react-number-format inputs of a card form (real-world batch DM). */
const STYLED_NUMBER_FORMAT = `import styled from 'styled-components';
import { PatternFormat } from 'react-number-format';
import NumberFormat from 'react-number-format';

const CardInput = styled(PatternFormat)\`
  border: 1px solid #ccc;
\`;
const OldInput = styled(NumberFormat)\`
  padding: 4px;
\`;

export const Card = () => (
  <>
    <CardInput name="cardnumber" autoComplete="cc-number" format="#### #### #### ####" />
    <OldInput name="cvc" format="###" />
  </>
);
`;
/** A card form of react-number-format's components, beside a price and a masked number shown as text (real-world batch DL). */
const NUMBER_FORMAT_DETAILS = `import { PatternFormat, NumericFormat } from 'react-number-format';

export function CardDetails({ values, setField, order }) {
  return (
    <div className="card-details">
      <PatternFormat format="#### #### #### ####" placeholder="1234 1234 1234 1234" value={values.cardNumber} onValueChange={(v) => setField('cardNumber', v.value)} />
      <PatternFormat format="##/##" placeholder="MM/YY" value={values.expiry} onValueChange={(v) => setField('expiry', v.value)} />
      <PatternFormat format="###" name="cvc" value={values.cvc} onValueChange={(v) => setField('cvc', v.value)} />
      <NumericFormat value={order.total} thousandSeparator prefix="$" />
      <PatternFormat displayType="text" format="**** **** **** ####" value={values.cardNumber} />
    </div>
  );
}
`;
/** Card fields given `max` for `maxlength` (real-world batch DJ). */
const TEXT_FIELD_MAX = `export function CardFields({ card, onChange }) {
  return (
    <fieldset>
      <input type="text" name="card_number" max="16" value={card.number} onChange={onChange} placeholder="Card number" />
      <input type="text" name="card_cvc" max="4" value={card.cvc} onChange={onChange} placeholder="CVC" />
    </fieldset>
  );
}
`;
const attrsWithElement = (input: string, component: string): string =>
  STYLED_ATTRS_ROW.replace(input, `<${component} />`).replace("import styled from 'styled-components';\n", `import styled from 'styled-components';\nimport { ${component} } from '@stripe/react-stripe-js';\n`);
/** The styled card form with `input` replaced by `<component />`, its import added after the others. */
const styledWithElement = (input: string, component: string): string =>
  STYLED_CARD_FORM.replace(input, `<${component} />`).replace("import { useState } from 'react';\n", `import { useState } from 'react';\nimport { ${component} } from '@stripe/react-stripe-js';\n`);
/** `code` (a module without imports) with `input` replaced by `<component />` and the component's import added on top. */
const withElementImported = (code: string, input: string, component: string): string =>
  `import { ${component} } from '@stripe/react-stripe-js';\n${code.replace(input, `<${component} />`)}`;
/** A card vault's Formik form whose fields render react-bootstrap's input (real-world batch 266). */
const FORMIK_BOOTSTRAP_FORM = `import { Formik, Form as FormikForm, Field } from 'formik';
import { Form } from 'react-bootstrap';
import { BrandSelect } from './BrandSelect';

export const CreditCardForm = ({ onSubmit }) => (
  <Formik initialValues={{ cardNumber: '', cvv: '', brand: 'visa' }} onSubmit={onSubmit}>
    <FormikForm>
      <Field type="text" id="cardNumber" name="cardNumber" as={Form.Control} />
      <Field type="text" id="cvv" name="cvv" as={Form.Control} />
      <Field name="brand" as={BrandSelect} />
    </FormikForm>
  </Formik>
);
`;
/** A card number typed in four boxes of four digits, and a CVC input. */
const SPLIT_CARD_NUMBER_FORM = `import { useState } from 'react';

export function SplitCardNumber({ onPay }: { onPay: (card: Record<string, string>) => void }) {
  const [card, setCard] = useState<Record<string, string>>({});
  const update = (event: React.ChangeEvent<HTMLInputElement>) => setCard({ ...card, [event.target.name]: event.target.value });
  return (
    <form onSubmit={() => onPay(card)}>
      <input name="cardNumber1" maxLength={4} onChange={update} />
      <input name="cardNumber2" maxLength={4} onChange={update} />
      <input name="cardNumber3" maxLength="4" onChange={update} />
      <input name="cardNumber4" maxLength={4} onChange={update} />
      <input name="cvc1" maxLength={4} onChange={update} />
      <button type="submit">Pay</button>
    </form>
  );
}`;
/**
 * `code` (a module with imports) with `input` replaced by `replacement` and `component` imported from
 * @stripe/react-stripe-js after the module's last import, where the suggestion puts it.
 */
const withElementAfterImports = (code: string, input: string, replacement: string, component: string): string => {
  const lines = code.replace(input, replacement).split('\n');
  lines.splice(lines.findLastIndex((line) => line.startsWith('import ')) + 1, 0, `import { ${component} } from '@stripe/react-stripe-js';`);
  return lines.join('\n');
};
/**
 * A donation form whose inputs are a component of the file that spreads its props onto the one native input it renders
 * (real-world batch 337: a checkout's \`InputField\`).
 */
const FORWARDING_FIELD_FORM = `import { useState } from 'react';

type FieldProps = { label: string; name: string; autoComplete?: string; placeholder?: string; value: string; onChange: (value: string) => void };

function Field({ label, onChange, ...rest }: FieldProps) {
  return <input aria-describedby={\`\${rest.name}-help\`} onChange={(event) => onChange(event.target.value)} {...rest} />;
}

export default function DonationForm({ onDonate }: { onDonate: (details: Record<string, string>) => void }) {
  const [email, setEmail] = useState('');
  const [card, setCard] = useState('');
  return (
    <form onSubmit={() => onDonate({ email, card })}>
      <Field label="Email" name="email" autoComplete="email" value={email} onChange={setEmail} />
      <Field label="Card" name="card" autoComplete="cc-number" value={card} onChange={setCard} />
    </form>
  );
}
`;
/** A localised card form (mutation study 287): wording through translation keys, a const's props spread, MUI's props for the native input. */
const LOCALISED_CARD_FORM = `import { useTranslation } from 'react-i18next';
import { useIntl } from 'react-intl';
import TextField from '@mui/material/TextField';

const cvcInputProps = { name: 'cvc', maxLength: 4, inputMode: 'numeric' };
const memberInputProps = { name: 'member', maxLength: 16 };

export function PaymentDetails({ cardLabel, onChange }) {
  const { t } = useTranslation();
  const intl = useIntl();
  return (
    <fieldset>
      <input type="text" inputMode="numeric" placeholder={t('stepPayment.cardNumber')} onChange={onChange} />
      <input type="text" aria-label={intl.formatMessage({ id: 'checkout.cvc', defaultMessage: 'Security code (CVC)' })} onChange={onChange} />
      <input {...cvcInputProps} onChange={onChange} />
      <TextField name="number" label={cardLabel} inputProps={{ autoComplete: 'cc-number' }} onChange={onChange} />
      <TextField name="expiry" label={cardLabel} slotProps={{ htmlInput: { autoComplete: 'cc-csc' } }} onChange={onChange} />
      <input type="text" placeholder={t('loyalty.cardNumber')} {...memberInputProps} onChange={onChange} />
      <input type="text" placeholder={t('stepPayment.amount')} onChange={onChange} />
    </fieldset>
  );
}
`;
/** A card form whose inputs take their props from a helper of the file (frequency study 292). */
const FIELD_HELPER_FORM = `import { useState } from 'react';

export function Checkout({ placeOrder }) {
  const [form, setForm] = useState({ cardNumber: '', expiry: '', cvc: '', coupon: '' });
  function field(name) {
    return { value: form[name], onChange: (event) => setForm((current) => ({ ...current, [name]: event.target.value })) };
  }
  const hidden = (name) => ({ type: 'hidden', name, 'data-field': name });
  return (
    <form onSubmit={(e) => { e.preventDefault(); placeOrder(form); }}>
      <label>Card number<input required inputMode="numeric" {...field('cardNumber')} /></label>
      <label>CVC<input required {...field('cvc')} /></label>
      <label>Gift card number<input {...field('coupon')} /></label>
      <label>Card number<input {...hidden('cardNumber')} /></label>
    </form>
  );
}
`;
/** The form above with its card inputs replaced by one Payment Element (the suggestion offered on each). */
const FIELD_HELPER_WITH_PAYMENT_ELEMENT = withElementAfterImports(
  FIELD_HELPER_FORM.replace("<input required {...field('cvc')} />", ''),
  "<input required inputMode=\"numeric\" {...field('cardNumber')} />",
  '<PaymentElement />',
  'PaymentElement',
);
/** Input components of the options imported under other names (real-world batch 271): a namespace, an alias, a default. */
const ALIASED_COMPONENTS = `import * as M from '@mui/material';
import { TextField as MuiTextField } from '@mui/material';
import CardField from '@mui/material/TextField';
import { Form as BootstrapForm } from 'react-bootstrap';
import { Field } from 'formik';

export function Checkout() {
  return (
    <form>
      <M.TextField id="cardNumber" autoComplete="cc-number" />
      <MuiTextField name="cvc" label="CVC" />
      <CardField name="card_number" />
      <BootstrapForm.Control name="securityCode" autoComplete="cc-csc" />
      <Field name="cvv" as={MuiTextField} />
      <M.Select name="cardBrand" />
    </form>
  );
}`;
/** Masked inputs named only by their mask (real-world batch 271): a card number's four groups; a gift code's are not. */
const MASKED_FIELDS = `import InputMask from 'react-input-mask';

export function CardFields({ values, update }) {
  return (
    <form>
      <InputMask mask="9999 9999 9999 9999" value={values.first} onChange={update('first')} />
      <InputMask mask="99/99" value={values.second} onChange={update('second')} />
      <InputMask mask="9999 9999 9999 9999" name="giftCode" value={values.third} onChange={update('third')} />
    </form>
  );
}`;
/** Input components named by their field group (real-world batch 271): Chakra, React Bootstrap, Mantine. */
const GROUPED_COMPONENTS = `import { FormControl, FormErrorMessage, FormLabel, Input } from '@chakra-ui/react';
import { Form } from 'react-bootstrap';
import { Input as MantineInput, TextInput } from '@mantine/core';

export function PaymentFields() {
  return (
    <>
      <FormControl>
        <FormLabel>Card number</FormLabel>
        <Input />
        <FormErrorMessage>Invalid number</FormErrorMessage>
      </FormControl>
      <Form.Group controlId="formCVC">
        <Form.Label>Security code</Form.Label>
        <Form.Control />
      </Form.Group>
      <Input.Wrapper label="CVV">
        <TextInput />
      </Input.Wrapper>
      <Form.Group controlId="giftCard">
        <Form.Label>Gift card number</Form.Label>
        <Form.Control />
      </Form.Group>
      <FormControl>
        <FormLabel>Card number</FormLabel>
        <Input />
        <Input />
      </FormControl>
      <Form.Group controlId="formCardNumber">
        <Form.Label>Card number</Form.Label>
        <Form.Control name="couponCode" />
      </Form.Group>
      <FormControl>
        <FormLabel>Card number</FormLabel>
        <Input as="select" />
      </FormControl>
    </>
  );
}`;
/** The strict preset's components in a checkout: PrimeReact, Semantic UI, a Bootstrap input group (real-world batch DG). */
const PRIME_CHECKOUT = `import { InputMask } from 'primereact/inputmask';
import { Form } from 'semantic-ui-react';
import { InputGroup, Form as BsForm } from 'react-bootstrap';

export function PrimeCheckout({ card, setCard }) {
  return (
    <>
      <InputMask mask="9999 9999 9999 9999" placeholder="Card number" value={card.number} onChange={(e) => setCard({ ...card, number: e.value })} />
      <Form.Input label="CVC" name="cvc" width={4} />
      <InputGroup>
        <InputGroup.Text>€</InputGroup.Text>
        <BsForm.Control placeholder="Amount" />
      </InputGroup>
    </>
  );
}
`;
/** A Mantine form whose inputs take their fields from `getInputProps` (real-world batch DG). */
const MANTINE_MEMBERSHIP = `import { useForm } from '@mantine/form';

export function MembershipPayment({ onSubmit }: { onSubmit: (values: unknown) => void }) {
  const form = useForm({ initialValues: { holder: '', cardNumber: '', cvc: '' } });
  return (
    <form onSubmit={form.onSubmit(onSubmit)}>
      <input placeholder="Name on card" {...form.getInputProps('holder')} />
      <input inputMode="numeric" {...form.getInputProps('cardNumber')} />
      <input inputMode="numeric" {...form.getInputProps('cvc')} />
      <button type="submit">Join the gym</button>
    </form>
  );
}
`;
/** Base Web's payment-card and masked inputs (real-world batch DG). */
const BASEWEB_CHECKOUT = `import * as React from 'react';
import { PaymentCard } from 'baseui/payment-card';
import { MaskedInput } from 'baseui/input';
import { FormControl } from 'baseui/form-control';

export default function Checkout() {
  const [number, setNumber] = React.useState('');
  const [cvc, setCvc] = React.useState('');
  return (
    <>
      <FormControl label="Card number">
        <PaymentCard value={number} onChange={(e) => setNumber(e.currentTarget.value)} placeholder="Please enter your credit card number..." />
      </FormControl>
      <FormControl label="CVC">
        <MaskedInput value={cvc} onChange={(e) => setCvc(e.currentTarget.value)} placeholder="CVC" mask="999" />
      </FormControl>
      <FormControl label="Coupon">
        <MaskedInput placeholder="Coupon" mask="aaaa-9999" />
      </FormControl>
    </>
  );
}
`;
/** Inputs named only by the label written right before each (real-world batches DD and DE). */
const BUS_PAYMENT = `import { useState } from 'react';

export default function BusPayment({ fare, onPaid }: { fare: number; onPaid: () => void }) {
  const [saving, setSaving] = useState(false);

  return (
    <div className="payment-box">
      <h2>Pay \${fare}</h2>
      <div className="field">
        <label className="block text-sm">Card Number</label>
        <input type="text" className="form-input" />
      </div>
      <div className="field">
        <label className="block text-sm">CVV</label>
        <input type="text" className="form-input" />
      </div>
      <div className="field">
        <input type="checkbox" checked={saving} onChange={() => setSaving(!saving)} />
        <label>Save this card</label>
      </div>
      <div className="field">
        <label htmlFor="promo">Gift card number</label>
        <input type="text" className="form-input" />
      </div>
      <button onClick={onPaid}>Pay</button>
    </div>
  );
}
`;
/** A gym's sign-up form whose inputs are named by their own labels (real-world batch DE). */
const GYM_CHECKOUT = `import { useState } from 'react';

export default function GymCheckout({ plan, onSubmit }) {
  const [email, setEmail] = useState('');

  return (
    <form onSubmit={onSubmit} className="checkout">
      <h3>{plan.name} membership</h3>
      <label>
        Email
        <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <label>
        Card Number:
        <input type="text" className="form-input" />
      </label>
      <label htmlFor="checkout-f2">CVV</label>
      <input id="checkout-f2" type="text" className="form-input" />
      <label htmlFor="checkout-f3">Gift card number (optional)</label>
      <input id="checkout-f3" type="text" className="form-input" />
      <button type="submit">Join</button>
    </form>
  );
}
`;
/** A card form whose labels point at ids made from React's `useId()` (the pattern of React 18+ form components). */
const USE_ID_CARD_FORM = `import { useId } from 'react';

export function CardDetails({ onPay }) {
  const id = useId();
  return (
    <form onSubmit={onPay}>
      <label htmlFor={\`\${id}-number\`}>Card number</label>
      <input id={\`\${id}-number\`} inputMode="numeric" />
      <label htmlFor={\`\${id}-cvc\`}>Security code</label>
      <input id={\`\${id}-cvc\`} inputMode="numeric" />
      <label htmlFor={\`\${id}-zip\`}>ZIP</label>
      <input id={\`\${id}-zip\`} />
      <button type="submit">Pay</button>
    </form>
  );
}
`;
const USE_ID_NUMBER_INPUT = '<input id={`${id}-number`} inputMode="numeric" />';
const USE_ID_CVC_INPUT = '<input id={`${id}-cvc`} inputMode="numeric" />';
const USE_ID_WITH_PAYMENT_ELEMENT = withElementAfterImports(USE_ID_CARD_FORM.replace(`      ${USE_ID_CVC_INPUT}\n`, ''), USE_ID_NUMBER_INPUT, '<PaymentElement />', 'PaymentElement');
/** shadcn/ui's input group around its control, imported by name and through a namespace (real-world batch 221). */
const INPUT_GROUP_CHECKOUT = `import { CreditCard, Lock } from 'lucide-react';
import { InputGroup, InputGroupAddon, InputGroupInput } from '@/components/ui/input-group';
import * as Group from '@/components/ui/input-group';

export function CardFields() {
  return (
    <div className="grid gap-3">
      <InputGroup>
        <InputGroupAddon><CreditCard /></InputGroupAddon>
        <InputGroupInput placeholder="Card number" inputMode="numeric" />
      </InputGroup>
      <Group.InputGroup>
        <Group.InputGroupInput placeholder="CVC" maxLength={4} />
        <Group.InputGroupAddon align="inline-end"><Lock /></Group.InputGroupAddon>
      </Group.InputGroup>
      <InputGroupInput placeholder="Coupon code" />
    </div>
  );
}
`;
/** A hotel booking's payment inputs, each known by the nested state field its change handler sets (real-world batch DE). */
const BOOKING_PAYMENT = `import { useState } from 'react';

export default function BookingPayment({ booking, onConfirm }) {
  const [payment, setPayment] = useState({ holder: '', card: { number: '', expiry: '', cvc: '' } });

  return (
    <section className="payment">
      <h2>Pay for {booking.hotel}</h2>
      <input
        placeholder="Name on card"
        value={payment.holder}
        onChange={(e) => setPayment({ ...payment, holder: e.target.value })}
      />
      <input
        placeholder="1234 5678 9012 3456"
        onChange={(e) => setPayment({ ...payment, card: { ...payment.card, number: e.target.value } })}
      />
      <input
        placeholder="MM/YY"
        onChange={(e) => setPayment({ ...payment, card: { ...payment.card, expiry: e.target.value } })}
      />
      <input
        type="password"
        onChange={(e) => setPayment({ ...payment, card: { ...payment.card, cvc: e.target.value } })}
      />
      <button onClick={() => onConfirm(payment)}>Confirm booking</button>
    </section>
  );
}
`;
/** Mantine's card-number and CVC inputs, and the form with the Payment Element in place of both. */
const MANTINE_NUMBER_INPUT = "<input inputMode=\"numeric\" {...form.getInputProps('cardNumber')} />";
const MANTINE_CVC_INPUT = "<input inputMode=\"numeric\" {...form.getInputProps('cvc')} />";
const MANTINE_WITH_PAYMENT_ELEMENT = withElementAfterImports(MANTINE_MEMBERSHIP.replace(`      ${MANTINE_CVC_INPUT}\n`, ''), MANTINE_NUMBER_INPUT, '<PaymentElement />', 'PaymentElement');
/** An input named by nothing but the label before or around it. */
const LABELLED_INPUT = '<input type="text" className="form-input" />';
const GYM_CVC_INPUT = '<input id="checkout-f2" type="text" className="form-input" />';
const GYM_WITH_PAYMENT_ELEMENT = withElementAfterImports(GYM_CHECKOUT.replace(`      ${GYM_CVC_INPUT}\n`, ''), LABELLED_INPUT, '<PaymentElement />', 'PaymentElement');
/** The booking's inputs of the card number and the CVC, each known by its change handler. */
const BOOKING_NUMBER_INPUT = `<input
        placeholder="1234 5678 9012 3456"
        onChange={(e) => setPayment({ ...payment, card: { ...payment.card, number: e.target.value } })}
      />`;
const BOOKING_CVC_INPUT = `<input
        type="password"
        onChange={(e) => setPayment({ ...payment, card: { ...payment.card, cvc: e.target.value } })}
      />`;
/** A hand-made add-card page (real-world batch 82): a card number, a security code known by its form, and others. */
const ADD_CARD_PAGE = `import { useState } from 'react';

export default function AddCardPage({ onSave }) {
  const [cardNumber, setCardNumber] = useState('');
  const [securityCode, setSecurityCode] = useState('');
  const [houseNumber, setHouseNumber] = useState('');
  const save = (e) => {
    e.preventDefault();
    onSave({ cardNumber, securityCode, houseNumber });
  };
  return (
    <form onSubmit={save}>
      <input type="text" id="cardNumber" value={cardNumber} onChange={(e) => setCardNumber(e.target.value)} placeholder="0000 0000 0000 0000" />
      <input type="text" id="securityCode" value={securityCode} onChange={(e) => setSecurityCode(e.target.value)} maxLength={4} />
      <input type="text" name="number" value={houseNumber} onChange={(e) => setHouseNumber(e.target.value)} />
      <input type="text" name="code" placeholder="Promo code" />
      <button type="submit">Save</button>
    </form>
  );
}

export function TwoFactor() {
  return (
    <form>
      <input name="email" type="email" />
      <input name="securityCode" placeholder="Security code" />
    </form>
  );
}
`;
const ADD_CARD_NUMBER = '<input type="text" id="cardNumber" value={cardNumber} onChange={(e) => setCardNumber(e.target.value)} placeholder="0000 0000 0000 0000" />';
const ADD_CARD_CVC = '<input type="text" id="securityCode" value={securityCode} onChange={(e) => setSecurityCode(e.target.value)} maxLength={4} />';
/** ADD_CARD_PAGE's form-wide suggestion: one Payment Element for its card number and security code. */
const ADD_CARD_PAGE_WITH_PAYMENT_ELEMENT = withElementAfterImports(ADD_CARD_PAGE, ADD_CARD_NUMBER, '<PaymentElement />', 'PaymentElement').replace(`\n      ${ADD_CARD_CVC}`, '');
/** A redux-form card form (real-world batch 82). */
const REDUX_CARD_FORM = `import React from 'react';
import { Field, reduxForm } from 'redux-form';

const CardForm = ({ handleSubmit, submitting }) => (
  <form onSubmit={handleSubmit}>
    <Field name="cardNumber" type="tel" component="input" placeholder="Card number" />
    <Field name="cvc" type="tel" component={renderField} label="CVC" />
    <Field name="cvc" />
    <button type="submit" disabled={submitting}>Pay</button>
  </form>
);

export default reduxForm({ form: 'card' })(CardForm);
`;
/** A React Final Form step that asks for the CVC. */
const FINAL_FORM_CVC_STEP = `import { Form, Field } from 'react-final-form';

export const CvcStep = ({ onSubmit }) => (
  <Form
    onSubmit={onSubmit}
    render={({ handleSubmit }) => (
      <form onSubmit={handleSubmit}>
        <Field name="cvc" component="input" maxLength={4} />
        <Field name="cvc" render={({ input }) => <MaskedCvc {...input} />} />
      </form>
    )}
  />
);
`;
/** A card form with codes that are not the card's. */
const BIND_CARD_FORM = `export function BindCard({ onSubmit }) {
  return (
    <form onSubmit={onSubmit}>
      <input name="cardNumber" autoComplete="off" />
      <input name="smsCode" placeholder="SMS verification code" />
      <input name="captcha" placeholder="Security code (captcha)" />
    </form>
  );
}
`;
/** Formik's <Form> holding a card number and a security code. */
const FORMIK_CARD_DETAILS = `import { Formik, Form, Field } from 'formik';

export const CardDetails = ({ onSubmit }) => (
  <Formik initialValues={{ cardNumber: '', securityCode: '' }} onSubmit={onSubmit}>
    <Form>
      <Field name="cardNumber" placeholder="Card number" />
      <Field name="securityCode" maxLength={4} />
      <button type="submit">Save card</button>
    </Form>
  </Formik>
);
`;
const MOUNT_NUMBER = "mount `elements.create('cardNumber')`, or the Payment Element `elements.create('payment')`, in place of the input";
const MOUNT_CVC = "mount `elements.create('cardCvc')`, or the Payment Element `elements.create('payment')`, in place of the input";
/** AddCard.jsx (below) with both card inputs replaced by one Payment Element: the form-wide suggestion of each. */
const ADD_CARD_WITH_PAYMENT_ELEMENT = `import { useState } from 'react';
import { PaymentElement } from '@stripe/react-stripe-js';

export default function AddCard({ onSave }) {
  const [card, setCard] = useState('');
  const [cvc, setCvc] = useState('');
  return (
    <form onSubmit={(e) => { e.preventDefault(); onSave({ token: 'tok_visa' }); }}>
      <PaymentElement />
      <input placeholder="Name on card" />
      <button type="submit">Save card</button>
    </form>
  );
}
`;

/** A React Native screen with Stripe's CardField / CardForm, the full-details prop on and off, and an alias. */
const RN_PAYMENT_SCREEN = `import React, { useState } from 'react';
import { View } from 'react-native';
import { CardField, CardForm, useStripe } from '@stripe/stripe-react-native';
import { CardField as OtherField } from './fields';
import { CardField as StripeCardField } from '@stripe/stripe-react-native';

export function PaymentScreen() {
  const [card, setCard] = useState(null);
  const full = true;
  return (
    <View>
      <CardField postalCodeEnabled={false} dangerouslyGetFullCardDetails onCardChange={(details) => setCard(details)} />
      <CardForm dangerouslyGetFullCardDetails={full} onFormComplete={setCard} />
      <CardField dangerouslyGetFullCardDetails={false} />
      <OtherField dangerouslyGetFullCardDetails />
      <StripeCardField dangerouslyGetFullCardDetails={true} />
    </View>
  );
}
`;

/** A class component whose inputs are bound to \`this.state\` / \`this.props.state\`. */
const PAYMENT_FORM = `import React from 'react';

export default class PaymentForm extends React.Component {
  state = { card: { number: '', cvv: '' }, cardNumber: '' };

  render() {
    return (
      <div>
        <input type="tel" value={this.state.cardNumber} onChange={(e) => this.setState({ cardNumber: e.target.value })} />
        <input type="tel" value={this.props.state.card.cvv} onChange={this.props.onCvv} />
        <input type="text" value={this.state.cardState} readOnly />
      </div>
    );
  }
}
`;

/** `code` with its `input` replaced by `<component />`, imported from @stripe/react-stripe-js after the React import. */
const withElementImport = (code: string, component: string, input: string): string =>
  code.replace("import React from 'react';\n", `import React from 'react';\nimport { ${component} } from '@stripe/react-stripe-js';\n`).replace(input, `<${component} />`);

// A form whose inputs are rendered from a const list of field descriptions (real-world batch DV).
const MAPPED_CARD_FIELDS = `import { useState } from 'react';

const CARD_FIELDS = [
  { name: 'cardholderName', label: 'Name on card', placeholder: 'Jane Doe', autoComplete: 'cc-name' },
  { name: 'cardNumber', label: 'Card number', placeholder: '1234 5678 9012 3456', autoComplete: 'cc-number' },
  { name: 'expiry', label: 'Expiry', placeholder: 'MM/YY', autoComplete: 'cc-exp' },
  { name: 'cvc', label: 'CVC', placeholder: '123', autoComplete: 'cc-csc' },
];

const BILLING_FIELDS = [
  { id: 'line1', label: 'Address' },
  { id: 'postal_code', label: 'Postcode' },
];

export default function PaymentDetails({ onSubmit }) {
  const [values, setValues] = useState({});
  const update = (event) => setValues({ ...values, [event.target.name]: event.target.value });
  return (
    <form onSubmit={(event) => { event.preventDefault(); onSubmit(values); }}>
      {CARD_FIELDS.map((field) => (
        <label key={field.name}>
          {field.label}
          <input name={field.name} placeholder={field.placeholder} autoComplete={field.autoComplete} onChange={update} />
        </label>
      ))}
      {BILLING_FIELDS.map(({ id, label }) => (
        <input key={id} id={id} aria-label={label} onChange={update} />
      ))}
      <button type="submit">Pay</button>
    </form>
  );
}`;

// The same, each entry spread onto the input.
const MAPPED_SPREAD_FIELDS = `const inputs = [
  { name: 'email', type: 'email', placeholder: 'you@example.com' },
  { name: 'card_number', type: 'text', placeholder: 'Card number' },
  { name: 'card_cvc', type: 'text', placeholder: 'CVC' },
] as const;

export function SplitForm() {
  return (
    <div className="fields">
      {inputs.map((input) => {
        const id = \`checkout-\${input.name}\`;
        return <input key={id} id={id} {...input} />;
      })}
    </div>
  );
}`;

// Card fields named in one lower-case word (real-world batch DW): a card number and its security code in one form,
// and a CVV field of its own.
const JOINED_NAMES = `import { useState } from 'react';

type Card = { cardnumber: string; securitycode: string };

export default function Bank({ onSave }: { onSave: (card: Card) => void }) {
  const [card, setCard] = useState<Card>({ cardnumber: '', securitycode: '' });
  const set = (key: keyof Card) => (event: React.ChangeEvent<HTMLInputElement>) => setCard({ ...card, [key]: event.target.value });
  return (
    <form onSubmit={() => onSave(card)}>
      <input name="cardnumber" inputMode="numeric" onChange={set('cardnumber')} />
      <input name="securitycode" inputMode="numeric" maxLength={4} onChange={set('securitycode')} />
    </form>
  );
}

export const CvvOnly = ({ onChange }: { onChange: (value: string) => void }) => (
  <input name="codecvv" maxLength={3} onChange={(event) => onChange(event.target.value)} />
);
`;

// The Payment Element in the form's first card input's place, the other removed with its line.
const JOINED_NAMES_WITH_PAYMENT_ELEMENT = withElementAfterImports(
  JOINED_NAMES.replace(`${JOINED_NAMES.split('\n')[10]!}\n`, ''),
  JOINED_NAMES.split('\n')[9]!.trim(),
  '<PaymentElement />',
  'PaymentElement',
);
// A card form whose number is named \`pan\` beside its CVC (real-world batch ED), and the Payment Element in their place.
const CARDINITY_FORM = `export function CardinityForm({ onPay }) {
  return (
    <form onSubmit={onPay}>
      <input name="pan" maxLength={19} />
      <input name="cvc" maxLength={4} />
    </form>
  );
}
`;
const CARDINITY_WITH_PAYMENT_ELEMENT = withElementAfterImports(
  CARDINITY_FORM.replace('      <input name="cvc" maxLength={4} />\n', ''),
  '<input name="pan" maxLength={19} />',
  '<PaymentElement />',
  'PaymentElement',
);
// A card form whose expiry and CVC boxes share a class (real-world batch DW): the expiry box's placeholder says what it
// takes, and it is no CVC.
const SHARED_CLASS_FORM = `import './CardForm.css';

export default function CardForm({ onPay }: { onPay: () => void }) {
  return (
    <form className="card-form" onSubmit={onPay}>
      <input className="number-input" placeholder="1234 5678 9012 3456" />
      <div className="row">
        <input className="date-cvc-input" placeholder="MM/YY" />
        <input className="date-cvc-input" placeholder="CVC" />
      </div>
      <button type="submit">Pay</button>
    </form>
  );
}
`;
const SHARED_CLASS_LINES = SHARED_CLASS_FORM.split('\n');
const SHARED_CLASS_WITH_PAYMENT_ELEMENT = withElementAfterImports(
  SHARED_CLASS_FORM.replace(`${SHARED_CLASS_LINES[7]!}\n${SHARED_CLASS_LINES[8]!}\n`, ''),
  SHARED_CLASS_LINES[5]!.trim(),
  '<PaymentElement />',
  'PaymentElement',
);

const PREACT_STATIC_VALUE_FORM = `/** @jsxImportSource preact */
import { useState } from 'preact/hooks';

export function PayForm({ onPay }) {
  const [busy, setBusy] = useState(false);
  return (
    <form onSubmit={(e) => { e.preventDefault(); setBusy(true); onPay(new FormData(e.currentTarget)); }}>
      <input name="cardnumber" value="" placeholder="1234 1234 1234 1234" />
      <button disabled={busy}>Pay</button>
    </form>
  );
}
`;

ruleTester.run('no-raw-card-inputs', rule, {
  valid: [
    // A card-grading service's submission form (real-world batch 343): a sports card's set and collector number, in a
    // file about PSA grading that spells no payment card's other data
    {
      code: `import { useState } from 'react';

// Submit your sports cards for PSA grading
export function AddCards() {
  const [cardForm, setCardForm] = useState({ player: '', year: '', set: '', cardNumber: '' });
  return (
    <form>
      <input placeholder="Set name" value={cardForm.set} onChange={(e) => setCardForm({ ...cardForm, set: e.target.value })} />
      <input placeholder="Card number" value={cardForm.cardNumber} onChange={(e) => setCardForm({ ...cardForm, cardNumber: e.target.value })} />
    </form>
  );
}
`,
      filename: 'src/pages/AddCards.jsx',
      languageOptions: jsx,
    },
    // A component of the file that hands its input another prop under \`name\` (its \`field\`), and takes the card's
    // \`autoComplete\` without handing it on: the input is named \`field\`'s value, not the element's \`name\`
    {
      code: `function LabelledInput(props: { label: string; field: string; name?: string; autoComplete?: string }) {
  return <input name={props.field} aria-label={props.label} />;
}

export function GiftForm() {
  return <LabelledInput label="Gift message" field="message" name="cardNumber" autoComplete="cc-number" />;
}
`,
      filename: 'src/components/GiftForm.tsx',
      languageOptions: jsx,
    },
    // limitation: a component of the file that renders its input inside other elements is not read as the input
    {
      code: `function Field({ label, ...rest }: { label: string; name: string; autoComplete?: string }) {
  return (
    <label>
      {label}
      <input {...rest} />
    </label>
  );
}

export function PayForm() {
  return <Field label="Card number" name="cardNumber" autoComplete="cc-number" />;
}
`,
      filename: 'src/components/PayForm.tsx',
      languageOptions: jsx,
    },
    // The name-on-card field of a donation form, cloned from a card-number field and still \`id="card_number"\`: its
    // posted name and its placeholder say the holder's name; the card number is a Stripe Element (real-world batch 331)
    {
      code: `import { CardNumberElement, CardExpiryElement, CardCvcElement } from '@stripe/react-stripe-js';

export function DonationCard({ holder, setHolder }) {
  return (
    <fieldset className="card-details">
      <div className="position-relative">
        <input
          type="text"
          className="form-control pr-5"
          name="name_on_card"
          id="card_number"
          placeholder="Name on card"
          value={holder}
          onChange={(e) => setHolder(e.target.value)}
          maxLength={60}
          required
        />
      </div>
      <CardNumberElement className="form-control" />
      <CardExpiryElement className="form-control" />
      <CardCvcElement className="form-control" />
    </fieldset>
  );
}
`,
      filename: 'resources/js/components/DonationCard.jsx',
    },
    // \`ccn\` outside a card form: France's collective agreement in a payroll form (real-world batch 330), a crown-rump
    // length in an ultrasound report
    {
      code: `export function ContratForm({ data, onChange }) {
  return (
    <form>
      <label htmlFor="emp-idcc">IDCC</label>
      <input id="emp-idcc" value={data.idcc} onChange={onChange} />
      <label htmlFor="emp-ccn">Nom de la CCN</label>
      <input id="emp-ccn" name="ccn" value={data.ccn} onChange={onChange} />
      <span>Comprimento cabeça-nádegas (CCN):</span>
      <input type="number" name="ccn" value={data.ccnMm} onChange={onChange} /> mm
    </form>
  );
}
`,
      filename: 'src/rh/ContratForm.jsx',
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    // A foreign-worker registry's residence and discount cards (card-rule-fixtures.ts)
    { code: WORKER_REGISTRY, filename: 'src/workers/register.tsx' },
    // A domain's DNS verification value, named as ActiveMerchant names the CVV (precision probe 296): a CVC only in a
    // card form or named for a card
    {
      code: `export function DomainForm({ domain }) {
  return (
    <form action="/api/domains" method="post">
      <input name="domain" defaultValue={domain.name} />
      <input name="verificationValue" placeholder="TXT record value" readOnly defaultValue={domain.txt} />
    </form>
  );
}
`,
      filename: 'src/components/DomainForm.jsx',
      languageOptions: jsx,
    },
    // A kanban board's card fields worded through keys under its own \`card\` namespace (regression probe 290): a key is
    // read by its last segment, \`number\` and \`code\` alone name no payment card field
    {
      code: `import { useTranslation } from 'react-i18next';

export function CardDetails({ card, onChange }) {
  const { t } = useTranslation('board');
  return (
    <form>
      <input name="ticket" placeholder={t('card.number')} defaultValue={card.ticket} onChange={onChange} />
      <input name="shortCode" aria-label={t('card.code')} defaultValue={card.shortCode} onChange={onChange} />
      <input name="title" placeholder={t('card.title')} defaultValue={card.title} onChange={onChange} />
    </form>
  );
}
`,
      filename: 'src/board/CardDetails.jsx',
      languageOptions: jsx,
    },
    // Placeholders a hosted-fields SDK replaces with its secure fields (precision probe 289: Gr4vy Secure Fields)
    {
      code: `import { useEffect } from 'react';
import { SecureFields } from '@gr4vy/secure-fields';

export function CardForm({ sessionId }) {
  useEffect(() => {
    const fields = new SecureFields({ gr4vyId: 'acme', environment: 'production', sessionId });
    fields.addCardNumberField('#cc-number');
    fields.addSecurityCodeField('#cc-cvv');
  }, [sessionId]);
  return (
    <>
      <label htmlFor="cc-number">Card number</label>
      <input id="cc-number" />
      <label htmlFor="cc-cvv">Security code</label>
      <input id="cc-cvv" />
    </>
  );
}
`,
      filename: 'src/checkout/CardForm.jsx',
      languageOptions: jsx,
    },
    // A const's props that the file changes after the literal are not known to be the literal's when spread
    {
      code: `const fieldProps = { name: 'cardNumber', maxLength: 19 };
if (window.location.pathname.startsWith('/gift')) fieldProps.name = 'giftCode';

export function CodeField({ onChange }) {
  return <input {...fieldProps} onChange={onChange} />;
}
`,
      filename: 'src/checkout/CodeField.jsx',
      languageOptions: jsx,
    },
    // A form builder's mock-up of its payment block (real-world batch 259: HeyForm's editor): disabled fields with
    // display attributes only, which no script can find, read or enable; the form itself uses Stripe's Elements.
    {
      code: `export const PaymentBlockPreview = ({ t }) => (
  <div className="heyform-payment-body">
    <div className="heyform-payment-label">{t('Card number')}</div>
    <input type="text" className="heyform-input" placeholder="1234 1234 1234 1234" disabled={true} />
    <div className="heyform-payment-label">{t('CVC')}</div>
    <input type="text" className="heyform-input" placeholder="123" disabled />
  </div>
);
`,
      filename: 'src/pages/form/Create/views/Compose/Blocks/Payment.jsx',
    },
    {
      // A gift-card wallet's form: its number beside a PIN, with no security code or expiry, is a gift card's (precision
      // probe GH), as in markup
      code: `export function AddGiftCard({ onSave }) {
  return (
    <div className="add-card">
      <label>Card Number (Optional):</label>
      <input type="text" id="cardNumber" onChange={(e) => onSave('number', e.target.value)} />
      <label>PIN (Optional):</label>
      <input type="text" id="cardPin" onChange={(e) => onSave('pin', e.target.value)} />
    </div>
  );
}
`,
      filename: 'src/pages/add-card-page.jsx',
    },
    {
      // A loyalty-card wallet's card number, typed in or scanned, with no CVC beside it in a file that names a barcode
      // (real-world batch FR)
      code: `import React, { useState } from 'react';
import { View, TextInput, Button } from 'react-native';
import { BarcodeFormat } from '@/core/schemas';
import { useAddCard } from '@/features/cards/hooks/useAddCard';

export function CardSetupScreen({ scanned }: { scanned?: { barcode: string; format: BarcodeFormat } }) {
  const [storeName, setStoreName] = useState('');
  const [cardNumber, setCardNumber] = useState(scanned?.barcode ?? '');
  const addCard = useAddCard();
  return (
    <View>
      <TextInput placeholder="Store name" value={storeName} onChangeText={setStoreName} />
      <TextInput placeholder="Card number" value={cardNumber} onChangeText={setCardNumber} keyboardType="number-pad" />
      <Button title="Save" onPress={() => addCard({ storeName, barcode: cardNumber, barcodeFormat: scanned?.format ?? 'CODE128' })} />
    </View>
  );
}
`,
      filename: 'features/add-card/screens/CardSetupScreen.tsx',
    },
    // A field that the class sets to another element too: which element a write names is not known
    `class Field extends HTMLElement {
  input = document.createElement('input');
  useTextArea() { this.input = document.createElement('textarea'); }
  connectedCallback() { this.input.setAttribute('name', this.getAttribute('name')); this.append(this.input); }
}`,
    // A component test renders the field it tests (real-world batch 96): test code, by its name or its imports, takes
    // no customer's card.
    {
      code: `import { render, fireEvent } from '@testing-library/react-native';
import { TextInput } from 'react-native';
import { Input } from '.';

test('formats the CVV', () => {
  const onChange = jest.fn();
  const { getByPlaceholderText } = render(<Input label="CVV" placeholder="CVV" value="" onChange={onChange} name="cvv" />);
  fireEvent.changeText(getByPlaceholderText('CVV'), '123');
  render(<TextInput placeholder="Card number" keyboardType="number-pad" />);
});
`,
      filename: 'mobile/src/components/Input/card-fields.tsx',
      options: [{ inputComponents: ['Input'] }],
    },
    {
      code: `test('renders the card form', () => {
  document.body.innerHTML = '<form><input name="cardnumber" autocomplete="cc-number"><input name="cvc"></form>';
});
`,
      filename: 'src/checkout/card-form.spec.js',
    },
    // shadcn/ui's Input for the other fields of a checkout; limitation: an `Input` of another module (the app's own
    // `components/input`, a design system's) is checked only when listed in inputComponents: its module does not say
    // what it renders.
    {
      code: `import { Input } from '@/components/ui/input';
import { Input as DsInput } from '@acme/design-system';
import { LabeledInput } from '@/components/ui/labeled-input';

export function ContactStep() {
  return (
    <>
      <Input type="email" name="email" placeholder="you@example.com" autoComplete="email" />
      <Input name="promo" placeholder="Promo code" />
      <DsInput name="cvv" placeholder="CVV" />
      <LabeledInput label="Card number" name="cardNumber" />
    </>
  );
}
`,
      filename: 'src/components/checkout/ContactStep.tsx',
    },
    // Styled components that render no text entry, or whose factory is not a CSS-in-JS package's.
    {
      code: `import styled from 'styled-components';
import { styled as local } from './theme';

const PayButton = styled.button\`
  background: #635bff;
\`;
const CardBox = styled.div\`
  border: 1px solid #e6e6e6;
\`;
const Field = local.input\`
  padding: 8px;
\`;

export const CheckoutFooter = () => (
  <CardBox>
    <Field name="cardNumber" />
    <PayButton type="submit">Pay</PayButton>
  </CardBox>
);
`,
      filename: 'src/components/CheckoutFooter.tsx',
    },
    // Hidden inputs that the gateway's iframes fill with tokens (real-world batch ED: Cardknox iFields), and a disabled
    // field that shows a saved card
    {
      code: `export const CardknoxIFields = ({ savedCard }) => (
  <div>
    <iframe data-ifields-id="card-number" src="https://cdn.cardknox.com/ifields/3.5.2607.1401/ifield.htm" title="Card number"></iframe>
    <iframe data-ifields-id="cvv" src="https://cdn.cardknox.com/ifields/3.5.2607.1401/ifield.htm" title="CVV"></iframe>
    {/* Hidden fields for tokens */}
    <input type="hidden" data-ifields-id="card-number-token" name="xCardNum" />
    <input type="hidden" data-ifields-id="cvv-token" name="xCVV" />
    {savedCard && <input name="cardNumber" disabled value={savedCard.masked} />}
  </div>
);
`,
      filename: 'blocks/src/components/CardknoxIFields.jsx',
    },
    // React renders a static \`value\` back after every keystroke: an order summary's fields show the card it was paid
    // with and take no typing (real-world batch 310: a MUI receipt page).
    {
      code: `import Grid from '@mui/material/Grid';
import TextField from '@mui/material/TextField';

const TEST_CARD = [
  { label: 'Card number', name: 'cardNumber', value: '5519 4301 4464 2164' },
  { label: 'CVC', name: 'cvc', value: '123' },
];

export default function TestCardSummary() {
  return (
    <Grid container spacing={2}>
      {TEST_CARD.map((field) => (
        <Grid item xs={6} key={field.name}>
          <input {...field} className="summary-field" />
        </Grid>
      ))}
      <Grid item xs={12}>
        <TextField label="Card number" value="4242 4242 4242 4242" fullWidth variant="standard" />
      </Grid>
      <Grid item xs={6}>
        <TextField label="CVC" value={'123'} variant="standard" />
      </Grid>
      <Grid item xs={6}>
        <input name="cardnumber" value="**** **** **** 4242" onChange={() => {}} />
      </Grid>
    </Grid>
  );
}
`,
      filename: 'src/checkout/TestCardSummary.jsx',
    },
    // A read-only field takes no typing (real-world batch 92): bare, or \`readOnly={true}\`.
    {
      code: `export function GeneratedCard({ card }: { card: { number: string; cvc: string } }) {
  return (
    <fieldset>
      <input readOnly value={card.number} placeholder="Card number" />
      <input readOnly={true} value={card.cvc} placeholder="CVC" />
    </fieldset>
  );
}
`,
      filename: 'src/components/GeneratedCard.tsx',
    },
    {
      // A gift card's number said only by its label (real-world precision probe: madsvnielsen/shopping-frontend), and
      // a loyalty card's in a wrapping label; their security code is no payment card's either.
      code: `export default function GiftDetails() {
  return (
    <form className="box">
      <label htmlFor="card_no">Gift card number</label>
      <input className="form-control" type="text" id="card_no" name="user_card_no" placeholder="XXXX XXXX XXXX XXXX" />
      <input type="text" id="securityCode" placeholder="Security code" />
      <label>
        Loyalty card <input name="cardNumber" placeholder="1234 5678 9012 3456" />
      </label>
    </form>
  );
}
`,
      filename: 'src/Components/GiftDetails.tsx',
    },
    // WordPress application passwords and Apple app-specific passwords are shown in groups of four (batches BX, BZ).
    {
      code: `import { useState } from 'react';

export function LearnDashImport({ onImport }) {
  const [wpUser, setWpUser] = useState('');
  const [wpPassword, setWpPassword] = useState('');
  return (
    <form onSubmit={(e) => { e.preventDefault(); onImport({ wpUser, wpPassword }); }}>
      <input value={wpUser} onChange={(e) => setWpUser(e.target.value)} placeholder="admin" />
      <input type="password" value={wpPassword} onChange={(e) => setWpPassword(e.target.value)} placeholder="xxxx xxxx xxxx xxxx" />
      <input id="apple-password" placeholder="xxxx-xxxx-xxxx-xxxx" />
      <button type="submit">Import courses</button>
    </form>
  );
}
`,
      filename: 'app/admin/courses/LearnDashImportPanel.jsx',
    },
    // A phone field's digits may pass the Luhn check, and a name field's card wording is an example name (real-world
    // batch 95: a company's WhatsApp number, a payment method's display name)
    {
      code: `import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

export function CompanySettingsForm({ settings, onChange }) {
  return (
    <div className="grid gap-4">
      <Label htmlFor="whatsapp">WhatsApp</Label>
      <Input id="whatsapp" placeholder="5566999211712" value={settings.whatsapp} onChange={(e) => onChange({ ...settings, whatsapp: e.target.value })} />
      <input type="tel" autoComplete="tel" placeholder="5566999211712" />
      <Label htmlFor="method-name">Payment method name</Label>
      <Input id="method-name" name="name" placeholder="Credit Card" />
      <input name="paymentMethodTitle" placeholder="Debit card" />
    </div>
  );
}
`,
      filename: 'src/components/CompanySettingsForm.tsx',
    },
    // A clinic's registration form: a company's tax id and a health card's number with all-zero placeholders (no card
    // number starts with 0), and the member card ("carteirinha") of a health plan (real-world batch DT)
    {
      code: `export function CadastroPaciente({ form, setForm }) {
  return (
    <form>
      <label htmlFor="cnpj">CNPJ da clínica</label>
      <input id="cnpj" name="cnpj" placeholder="00000000000000" value={form.cnpj} onChange={(e) => setForm({ ...form, cnpj: e.target.value })} />
      <label htmlFor="cns">Cartão Nacional de Saúde</label>
      <input id="cns" name="cns" placeholder="000000000000000" value={form.cns} onChange={(e) => setForm({ ...form, cns: e.target.value })} />
      <input name="numeroCarteirinha" placeholder="Numero do cartao" value={form.carteirinha} onChange={(e) => setForm({ ...form, carteirinha: e.target.value })} />
    </form>
  );
}
`,
      filename: 'src/pages/pacientes/CadastroPaciente.jsx',
    },
    // Stripe Terminal's simulator takes Stripe's test cards only: a field labelled for a test card number (real-world
    // batch BJ's Terminal demo)
    {
      code: `import React from 'react';

export function SimulatorSettings({ terminal }) {
  const [testCardNumber, setTestCardNumber] = React.useState('4242424242424242');
  const update = (value) => {
    setTestCardNumber(value);
    terminal.setSimulatorConfiguration({ testCardNumber: value });
  };
  return <input aria-label="Test Card Number" value={testCardNumber} onChange={(e) => update(e.target.value)} />;
}
`,
      filename: 'src/Forms/SimulatorSettings.jsx',
    },
    {
      // ...and the Terminal React Native SDK's example app (real-world batch 197): the field's wording says only "card
      // number", but the state it is bound to is the simulated reader's test card, shown only with a simulated reader.
      code: `import React, { useState } from 'react';
import { TextInput } from 'react-native';
import { useStripeTerminal } from '@stripe/stripe-terminal-react-native';

export default function CollectCardPaymentScreen({ simulated, form }) {
  const [testCardNumber, setTestCardNumber] = useState('4242424242424242');
  const { setSimulatedCard } = useStripeTerminal();
  const collect = async () => {
    if (simulated) await setSimulatedCard(testCardNumber);
  };
  return (
    <>
      {simulated && (
        <TextInput testID="card-number-text-field" keyboardType="numeric" value={testCardNumber} onChangeText={(value) => setTestCardNumber(value)} placeholder="card number" />
      )}
      <TextInput value={form.simulator.testCardNumber} placeholder="Card number" onSubmitEditing={collect} />
      <TextInput placeholder="card number" onChangeText={(value) => setTestCardNumber(value)} />
    </>
  );
}
`,
      filename: 'example-app/src/screens/CollectCardPaymentScreen.tsx',
    },
    {
      // limitation: French, German and Italian card names are not read: as often a loyalty, game, transit or id card's
      // as a payment card's (real-world batch DR)
      code: `export function PaiementForm({ form, set }) {
  return (
    <form>
      <input name="numeroCarte" value={form.numeroCarte} onChange={(e) => set('numeroCarte', e.target.value)} />
      <input name="cryptogramme" maxLength={3} />
      <input name="kartennummer" />
      <input name="numero_carta" />
    </form>
  );
}
`,
      filename: 'src/components/PaiementForm.jsx',
    },
    {
      // limitation: \`card_code\` / \`cardCode\` is a card game's card id as often as Authorize.net's CVV (real-world batch AQ):
      // read as a CVC only beside a card number
      code: `export const DeckSearch = ({ onSearch }) => (
  <form onSubmit={onSearch}>
    <input name="cardCode" placeholder="01DE012" />
    <input name="card_code" />
  </form>
);
`,
      languageOptions: jsx,
    },
    {
      // limitation: a value guarded by another object (\`ok && other.cvc\`) or chosen between two paths is not read as
      // bound to either
      code: `export const Code = ({ ok, other, form, onChange }) => (
  <div>
    <input name="code" value={ok && other.cvc} onChange={onChange} />
    <input name="code2" value={form.cvc || form.otp} onChange={onChange} />
  </div>
);
`,
      languageOptions: jsx,
    },
    // A file that builds elements but names no input, text area or known input component: nothing to check (the
    // file-level check runs while the rule starts, before any element)
    `const badge = document.createElement('span');
badge.textContent = 'Card number saved';
document.body.append(badge);`,
    {
      // bound to the card number of a gift or library card, not a payment card (real-world batch W, probes)
      code: `import { Component } from '@angular/core';

@Component({
  selector: 'app-redeem',
  template: \`
    <input [(ngModel)]="gift.cardNumber" name="gift-card" placeholder="Gift card number">
    <input [(ngModel)]="giftCard.pin" placeholder="PIN">
    <input [(ngModel)]="library.cardNumber">
  \`,
})
export class RedeemComponent {
  gift = { cardNumber: '' };
  giftCard = { pin: '' };
  library = { cardNumber: '' };
}
`,
      filename: 'redeem.component.ts',
    },
    // Controlled values that are not card data, or say nothing: a saved card's last4, a call's result, a static value.
    {
      code: `export function SavedCard({ card, getCard }) {
  return (
    <fieldset>
      <input readOnly value={card.last4} />
      <input readOnly value={getCard().cvc} />
      <input type="text" defaultValue="cvc" />
      <input value={\`\${card.brand}\`} />
      <input value={cardDetails.holder} onChange={setHolder} />
    </fieldset>
  );
}`,
      filename: 'SavedCard.jsx',
    },
    // limitation: HTML strings are read where written or through consts; in a tagged template
    // other than Lit's / htm's html`` (an unresolved `html`), passed to a component's templateUrl, to a jQuery method
    // of something else than a \`$(…)\` result, or given to a sink named by a computed member, they are not seen.
    `el.innerHTML = html\`<input name="cvc">\`;
$pay.append('<input name="card_number">');
el['innerHTML'] = '<input name="cvc">';`,
    // jQuery's factory: cells and options under card words, a hidden token field, the cardholder's name, selectors.
    `import $ from 'jquery';
export function renderSaved(table, cards) {
  for (const card of cards) table.append($('<tr>').append($('<td>', { text: card.brand }), $('<td>', { text: card.last4 })));
  $('<input>', { type: 'hidden', name: 'stripeToken', value: token }).appendTo('#pay');
  $('<option>', { value: 'card', text: 'Card number' }).appendTo('#method');
  $('<input>', { type: 'text', name: 'cardholder_name', placeholder: 'Name on card' }).appendTo('#pay');
  $('input[name="cvc"]').val('');
}`,
    // limitation: jQuery's factory result is followed only along its own call chain, through methods that return the same
    // set: a variable holding it, or a chain through another set (\`.parent()\`), is not read.
    `const $cvc = $('<input>');
$cvc.attr('name', 'cvc');
$('<input>').appendTo(form).parent().attr('name', 'card_number');`,
    // Tagged templates that render no HTML: \`html\` of another package (common-tags' indentation helper), lit's \`css\`.
    `import { html } from 'common-tags';
import { css } from 'lit';
export const doc = html\`<input name="cardNumber">\`;
export const styles = css\`input[name="cvc"] { width: 4em; }\`;`,
    // Not rendered: text content, a stream's write.
    `el.textContent = '<input name="cvc">';
file.write('<input name="card_number">');`,
    // Elements components (current and react-stripe-elements) are Stripe iframes, never raw inputs.
    {
      code: `import { Elements, PaymentElement, CardElement, CardNumberElement, CardCvcElement } from '@stripe/react-stripe-js';
export const Checkout = () => (
  <Elements stripe={stripePromise} options={{ clientSecret }}>
    <form onSubmit={handleSubmit}>
      <PaymentElement options={{ layout: 'tabs' }} />
      <CardElement options={{ hidePostalCode: true }} />
      <CardNumberElement id="card-number" />
      <CardCvcElement />
      <button disabled={!stripe}>Pay</button>
    </form>
  </Elements>
);`,
      languageOptions: jsx,
    },
    // Cardholder name, expiry-only, postal code, email: not PAN / CVC (stripe-facts §7.1).
    {
      code: `export const Billing = () => (
  <fieldset>
    <input name="cardholderName" autoComplete="cc-name" />
    <input name="card_number" autoComplete="cc-name" />
    <input name="exp_month" autoComplete="cc-exp-month" />
    <input placeholder="MM / YY" />
    <input name="postal_code" autoComplete="postal-code" />
    <input type="email" name="email" />
    <select name="exp_year"><option>2030</option></select>
  </fieldset>
);`,
      languageOptions: jsx,
    },
    // Look-alike names (stripe-facts §0.6, §7.4 collisions) and safe derivatives.
    {
      code: `export const Other = () => (
  <>
    <input name="accountNumber" />
    <input name="routing_number" />
    <input name="giftCardNumber" />
    <input name="phoneNumber" autoComplete="tel" />
    <input name="securityCode" autoComplete="one-time-code" />
    <input name="card_number_last4" readOnly />
    <input type="hidden" name="stripeToken" value={token.id} />
    <input type="hidden" name="payment_method" value={paymentMethod.id} />
  </>
);`,
      languageOptions: jsx,
    },
    // limitation: a bare `number` name is not a PAN; the form around an input is not used as card context.
    {
      code: `export const Bare = () => <form id="card-form"><input name="number" /><input name="exp" /></form>;`,
      languageOptions: jsx,
    },
    // Controls that never hold typed card data.
    {
      code: `export const Opts = () => <><input type="checkbox" name="save_card_number" /><input type="submit" name="cvc" value="Pay" /></>;`,
      languageOptions: jsx,
    },
    // limitation: a spread after the evidence may override it (a `register` not proven to be react-hook-form's,
    // Formik's `{...field}`): not proven, not reported.
    {
      code: `export const Hooked = () => <><input name="cardNumber" {...register('cardNumber')} /><input {...field} /></>;`,
      languageOptions: jsx,
    },
    // A spread object literal's properties count in order: a later unknown spread may override them.
    {
      code: `export const Rest = ({ rest }: { rest: object }) => <input {...{ name: 'cvc', ...rest }} />;`,
      languageOptions: jsx,
    },
    // limitation: react-hook-form's `register` handed down as a prop without its library's type is not followed to
    // the parent's useForm(); nor is a prop typed by the component's variable (`FC<Props>`), nor a type of the app's
    // own named like the library's.
    {
      code: `import type { FC } from 'react';
import type { UseFormRegister } from './forms';
export function CvcField({ register }: { register: (name: string) => object }) {
  return <input inputMode="numeric" maxLength={4} {...register('cvc')} />;
}
export const CardField: FC<{ register: UseFormRegister }> = ({ register }) => <input {...register('cardNumber')} />;
export const PanField = ({ register }: { register: UseFormRegister }) => <input {...register('cardNumber')} />;`,
      filename: 'CvcField.tsx',
    },
    // A Controller's input labelled, by its id, from the tree around the Controller as another kind of card (real-world
    // batch FF)
    {
      code: `import { useForm, Controller } from 'react-hook-form';

export function GiftCardForm() {
  const { control } = useForm();
  return (
    <div>
      <label htmlFor="gc">Gift card number</label>
      <Controller control={control} name="cardNumber" render={({ field }) => <input id="gc" {...field} />} />
    </div>
  );
}`,
      filename: 'GiftCardForm.tsx',
    },
    // shadcn/ui's FormLabel labels the FormControl's input in its FormItem (real-world batch FF: a membership card's form)
    {
      code: `import type { UseFormReturn } from 'react-hook-form';
import { Input } from '@/components/ui/input';
import { FormField, FormItem, FormLabel, FormControl } from '@/components/ui/form';

export function MemberCard({ form }: { form: UseFormReturn<{ cardNumber: string }> }) {
  return (
    <FormField control={form.control} name="cardNumber" render={({ field }) => (
      <FormItem>
        <FormLabel>Membership card number</FormLabel>
        <FormControl><Input {...field} /></FormControl>
      </FormItem>
    )} />
  );
}`,
      filename: 'MemberCard.tsx',
    },
    // A form library's field props set the name last: a card name written before them is overridden.
    {
      code: `import { useForm } from 'react-hook-form';
export function Nickname() {
  const { register } = useForm<{ nickname: string }>();
  return <input name="cardNumber" {...register('nickname')} />;
}`,
      filename: 'Nickname.tsx',
    },
    // limitation: attribute values that are not static.
    {
      code: `export const Dynamic = ({ field }: { field: { name: string } }) => <input name={field.name} autoComplete={auto} />;`,
      languageOptions: jsx,
    },
    // limitation: design-system components are only checked when listed in the `inputComponents` option.
    {
      code: `import TextField from '@mui/material/TextField';
export const Mui = () => <TextField name="cardNumber" label="Card number" />;`,
      languageOptions: jsx,
    },
    // A listed component that wraps elements groups a field (Chakra's FormControl around a Stripe Element; batch CB).
    {
      code: `import { FormControl, FormLabel } from '@chakra-ui/react';
import { CardCvcElement, CardNumberElement } from '@stripe/react-stripe-js';

export const CardFields = () => (
  <>
    <FormControl id="card-number" isRequired>
      <FormLabel htmlFor="card-number">Card number</FormLabel>
      <CardNumberElement />
    </FormControl>
    <FormControl id="card-cvc" isRequired>
      <FormLabel>CVC</FormLabel>
      <CardCvcElement />
    </FormControl>
  </>
);`,
      options: [{ inputComponents: ['FormControl', 'Form.Control'] }],
      languageOptions: jsx,
    },
    // A board's "go to card" box: a number field whose max is below any card number (real-world batch DG).
    {
      code: `import { useState } from 'react';

export function JumpToCard({ cards, onJump }) {
  const [cardNumber, setCardNumber] = useState(1);
  return (
    <form onSubmit={(e) => { e.preventDefault(); onJump(cardNumber); }}>
      <label htmlFor="jump">Card number</label>
      <input id="jump" name="cardNumber" type="number" min={1} max="52" value={cardNumber} onChange={(e) => setCardNumber(Number(e.target.value))} />
      <button type="submit">Go</button>
    </form>
  );
}`,
      filename: 'src/board/JumpToCard.jsx',
      languageOptions: jsx,
    },
    // A label written right before an input that names another kind of card settles it, whatever the input's name.
    {
      code: `export const RedeemGiftCard = ({ onRedeem }) => (
  <form onSubmit={onRedeem}>
    <label>Gift card number</label>
    <input name="cardNumber" inputMode="numeric" />
    <label>PIN</label>
    <input name="pin" type="password" />
  </form>
);`,
      filename: 'src/gift-cards/RedeemGiftCard.jsx',
      languageOptions: jsx,
    },
    // A label does not name an input with a spread (the spread may name it: a form library's field props), nor through a
    // label with a spread of its own (it may set \`htmlFor\` to another input).
    {
      code: `import { useField } from 'formik';

export function Field({ name, label, ...props }) {
  const [field] = useField(name);
  return (
    <>
      <label>CVV <input {...field} /></label>
      <label {...props}>Card number <input type="text" /></label>
    </>
  );
}`,
      filename: 'src/components/Field.jsx',
      languageOptions: jsx,
    },
    // limitation: a label is an input's name only where it is tied to that one input or written right before it: one
    // around several inputs, or one with another element between, is not evidence (a listed component's `label` prop is:
    // invalid below).
    {
      code: `import TextField from '@mui/material/TextField';
export const Labelled = () => (
  <>
    <TextField label="Expiry" />
    <label>Card number <input id="f1" maxLength={4} /> <input id="f2" maxLength={4} /></label>
    <label>CVC</label>
    <small>3 digits on the back</small>
    <input id="f3" />
  </>
);`,
      options: [{ inputComponents: ['TextField'] }],
      languageOptions: jsx,
    },
    // limitation: a label's `htmlFor` and an input's `id` are one id only where both are static or read the same binding,
    // never reassigned: two calls (`useId()` each time), a reassigned `let`, a computed member or an operator are not
    // followed, even where they would give one id.
    {
      code: `import { useId } from 'react';
export function CardFields({ names, key }) {
  let prefix = 'pay';
  if (names.legacy) prefix = 'checkout';
  return (
    <fieldset>
      <label htmlFor={useId()}>Card number</label>
      <input id={useId()} inputMode="numeric" />
      <label htmlFor={prefix}>Security code</label>
      <input id={prefix} inputMode="numeric" />
      <label htmlFor={names[key]}>CVC</label>
      <input id={names[key]} />
      <label htmlFor={'cvc-' + key}>CVV</label>
      <input id={'cvc-' + key} />
    </fieldset>
  );
}`,
      languageOptions: jsx,
    },
    // An input group's text and buttons are no inputs, named or through the namespace; an input group's control
    // beside Stripe's Element names nothing of the card.
    {
      code: `import * as Group from '@/components/ui/input-group';
import { InputGroupInput } from '@/components/ui/input-group';
import { CardElement } from '@stripe/react-stripe-js';
export const Pay = () => (
  <Group.InputGroup>
    <Group.InputGroupText>Card number</Group.InputGroupText>
    <CardElement />
    <Group.InputGroupButton aria-label="CVC help">?</Group.InputGroupButton>
    <InputGroupInput placeholder="Name on card" />
  </Group.InputGroup>
);`,
      filename: 'src/components/pay.tsx',
    },
    // A design system's field whose input is Stripe's Element (real-world batch FN: Reaction Commerce's storefront wraps
    // the split Elements in Material UI's TextField).
    {
      code: `import { CardNumberElement, CardCvcElement } from '@stripe/react-stripe-js';
import { TextField } from '@material-ui/core';
import StripeInput from './StripeInput';

export function SplitForm() {
  return (
    <form>
      <TextField
        label="Card Number"
        name="ccnumber"
        InputProps={{ inputComponent: StripeInput, inputProps: { component: CardNumberElement } }}
      />
      <TextField label="CVC" name="cvc" InputProps={{ inputComponent: StripeInput, inputProps: { component: CardCvcElement } }} />
    </form>
  );
}`,
      options: [{ inputComponents: ['TextField'] }],
      languageOptions: jsx,
    },
    // DOM: Element mount points, non-card inputs.
    `const mount = document.createElement('div');
mount.id = 'card-element';
const email = document.createElement('input');
email.name = 'email';
email.setAttribute('autocomplete', 'email');`,
    // limitation: DOM inputs held otherwise than by a never-reassigned variable or a field of the instance set once
    // (reassigned, stored on other objects) are not followed.
    `let input = document.createElement('input');
input = document.querySelector('#number')!;
input.name = 'cardnumber';
const form = { input: document.createElement('input') };
form.input.name = 'cvc';`,
    // limitation: createElement is checked only with an inline object literal of props.
    `React.createElement('input', props); React.createElement('input', { ...props, name });`,
    // A sign-in form whose password field shows a run of asterisks: not a masked card number.
    {
      code: `export class SignInForm extends React.Component {
  render() {
    return (
      <form onSubmit={this.signIn}>
        <input id="username" name="username" type="text" placeholder="Username" onChange={this.onChange} />
        <input id="password" name="password" type="password" placeholder="******************" onChange={this.onChange} />
      </form>
    );
  }
}`,
      languageOptions: jsx,
    },
    // limitation: an ungrouped mask placeholder says nothing on its own, even on a payment form.
    {
      code: `export const PayForm = () => (
  <form className="payment">
    <input inputMode="numeric" placeholder="••••••••••••••••" />
  </form>
);`,
      languageOptions: jsx,
    },
    // A file that never mentions inputs is skipped outright.
    `const cardNumber = form.cardNumber; export default cardNumber;`,
    // Odd shapes must not crash.
    {
      code: `export const Odd = () => (
  <>
    <input name />
    <input name={undefined} autoComplete={null} />
    <input xlink:href="#a" />
    <Foo.input name="cvc" />
    <input {...{ ['name']: 'cvc', get id() { return 'cvc'; } }} />
  </>
);
document.createElement(tag).name = 'cvc';
Object.assign(document.createElement('input'), ...parts);`,
      languageOptions: jsx,
    },
    // An input rendered from a list of fields that names no card field, or only for some of its entries (the callback
    // chooses a Stripe Element for the card entries), or from a list that is not known: nothing.
    {
      code: `import { CardNumberElement, CardCvcElement } from '@stripe/react-stripe-js';

const FIELDS = [
  { name: 'email', label: 'Email' },
  { name: 'cardNumber', label: 'Card number' },
  { name: 'cvc', label: 'CVC' },
];

export function Checkout({ extraFields }) {
  return (
    <form>
      {FIELDS.map((field) =>
        field.name === 'cardNumber' ? <CardNumberElement key={field.name} /> : field.name === 'cvc' ? <CardCvcElement key={field.name} /> : <input key={field.name} name={field.name} />,
      )}
      {FIELDS.map((field) => {
        if (field.name !== 'email') return null;
        return <input key={field.name} name={field.name} type="email" />;
      })}
      {[{ name: 'coupon' }, { name: 'giftCardNumber' }].map((field) => <input key={field.name} name={field.name} />)}
      {extraFields.map((field) => <input key={field.name} name={field.name} />)}
    </form>
  );
}`,
      filename: 'src/Checkout.jsx',
      languageOptions: jsx,
    },
    // limitation: a list is read only where the callback is mapped over it directly: not a filtered or sorted copy, a
    // list nested in an entry, or a list of a component's props or state; Vue's `v-for` and a label's text read off the
    // entry are not read.
    {
      code: `const FIELDS = [{ name: 'cardNumber' }, { name: 'cvc', optional: true }];
export const Filtered = ({ showAll }) => FIELDS.filter((field) => showAll || !field.optional).map((field) => <input key={field.name} name={field.name} />);
export const Labelled = () => FIELDS.map((field) => <label key={field.name}>{field.name}<input /></label>);
const STEPS = [{ title: 'Card', fields: [{ id: 'number' }, { id: 'cvc' }] }];
export const Nested = () => STEPS.map((step) => step.fields.map((field) => <input key={field.id} name={field.id} />));`,
      filename: 'src/Filtered.jsx',
      languageOptions: jsx,
    },
  ],
  invalid: [
    {
      code: FORWARDING_FIELD_FORM,
      filename: 'src/components/DonationForm.tsx',
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'Field', field: PAN, replacement: NUMBER_ELEMENT }, line: 15, column: 39, endLine: 15, endColumn: 63,
          suggestions: [
            {
              messageId: 'replaceWithElement',
              data: { element: 'Field', component: 'CardNumberElement' },
              output: withElementAfterImports(FORWARDING_FIELD_FORM, '<Field label="Card" name="card" autoComplete="cc-number" value={card} onChange={setCard} />', '<CardNumberElement />', 'CardNumberElement'),
            },
          ],
        },
      ],
    },
    {
      // Preact leaves a field written with a static \`value\` editable (it sets the value only when it renders): the
      // card number typed in it is posted with the form
      code: PREACT_STATIC_VALUE_FORM,
      filename: 'src/checkout/PayForm.jsx',
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 8, column: 14, endLine: 8, endColumn: 31,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: withElementAfterImports(PREACT_STATIC_VALUE_FORM, '<input name="cardnumber" value="" placeholder="1234 1234 1234 1234" />', '<CardNumberElement />', 'CardNumberElement') },
          ],
        },
      ],
    },
    {
      // Inputs spread with the one object a helper of the file returns (frequency study 292: \`{...field('cvc')}\` giving
      // \`value\` and \`onChange\`): its keys are all it adds, so the label around them decides; a gift card's number, and
      // an input a helper makes hidden with no value, are no card input
      code: FIELD_HELPER_FORM,
      filename: 'src/Checkout.jsx',
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 11, column: 26, endLine: 11, endColumn: 31,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: withElementAfterImports(FIELD_HELPER_FORM, "<input required inputMode=\"numeric\" {...field('cardNumber')} />", '<CardNumberElement />', 'CardNumberElement') },
            { messageId: 'replaceFormWithPaymentElement', output: FIELD_HELPER_WITH_PAYMENT_ELEMENT },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 12, column: 18, endLine: 12, endColumn: 23,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: withElementAfterImports(FIELD_HELPER_FORM, "<input required {...field('cvc')} />", '<CardCvcElement />', 'CardCvcElement') },
            { messageId: 'replaceFormWithPaymentElement', output: FIELD_HELPER_WITH_PAYMENT_ELEMENT },
          ],
        },
      ],
    },
    {
      // Fields worded only through translation keys (react-i18next's \`t\`, react-intl's \`formatMessage\`), a const's
      // props spread into an input, and MUI's props for its native input (\`inputProps\`, v6's \`slotProps.htmlInput\`)
      // (mutation study 287); a loyalty card's key, a const of other props and an amount's key are no payment card's
      code: LOCALISED_CARD_FORM,
      filename: 'src/checkout/PaymentDetails.jsx',
      options: [{ inputComponents: ['TextField'] }],
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 13, column: 46, endLine: 13, endColumn: 87,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: withElementAfterImports(LOCALISED_CARD_FORM, '<input type="text" inputMode="numeric" placeholder={t(\'stepPayment.cardNumber\')} onChange={onChange} />', '<CardNumberElement />', 'CardNumberElement') }],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 14, column: 26, endLine: 14, endColumn: 120,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: withElementAfterImports(LOCALISED_CARD_FORM, '<input type="text" aria-label={intl.formatMessage({ id: \'checkout.cvc\', defaultMessage: \'Security code (CVC)\' })} onChange={onChange} />', '<CardCvcElement />', 'CardCvcElement') }],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 15, column: 14, endLine: 15, endColumn: 32,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: withElementAfterImports(LOCALISED_CARD_FORM, '<input {...cvcInputProps} onChange={onChange} />', '<CardCvcElement />', 'CardCvcElement') }],
        },
        {
          messageId: 'rawCardInput', data: { element: 'TextField', field: PAN, replacement: NUMBER_ELEMENT }, line: 16, column: 64, endLine: 16, endColumn: 89,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'TextField', component: 'CardNumberElement' }, output: withElementAfterImports(LOCALISED_CARD_FORM, '<TextField name="number" label={cardLabel} inputProps={{ autoComplete: \'cc-number\' }} onChange={onChange} />', '<CardNumberElement />', 'CardNumberElement') }],
        },
        {
          messageId: 'rawCardInput', data: { element: 'TextField', field: CVC, replacement: CVC_ELEMENT }, line: 17, column: 76, endLine: 17, endColumn: 98,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'TextField', component: 'CardCvcElement' }, output: withElementAfterImports(LOCALISED_CARD_FORM, '<TextField name="expiry" label={cardLabel} slotProps={{ htmlInput: { autoComplete: \'cc-csc\' } }} onChange={onChange} />', '<CardCvcElement />', 'CardCvcElement') }],
        },
      ],
    },
    {
      // Formik's `Field` rendering an input component of the options (`as={Form.Control}`, react-bootstrap's) renders an
      // input; another component of the app's (a select) does not.
      code: FORMIK_BOOTSTRAP_FORM,
      filename: 'src/components/CreditCardForm.jsx',
      options: [{ inputComponents: ['Form.Control'] }],
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'Field', field: PAN, replacement: NUMBER_ELEMENT }, line: 8, column: 42, endLine: 8, endColumn: 59,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'Field', component: 'CardNumberElement' }, output: withElementAfterImports(FORMIK_BOOTSTRAP_FORM, '<Field type="text" id="cardNumber" name="cardNumber" as={Form.Control} />', '<CardNumberElement id="cardNumber" />', 'CardNumberElement') }],
        },
        {
          messageId: 'rawCardInput', data: { element: 'Field', field: CVC, replacement: CVC_ELEMENT }, line: 9, column: 35, endLine: 9, endColumn: 45,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'Field', component: 'CardCvcElement' }, output: withElementAfterImports(FORMIK_BOOTSTRAP_FORM, '<Field type="text" id="cvv" name="cvv" as={Form.Control} />', '<CardCvcElement id="cvv" />', 'CardCvcElement') }],
        },
      ],
    },
    {
      // A masked input named only by a mask grouped as a card number's digits; not an expiry's mask, nor a gift code's.
      code: MASKED_FIELDS,
      filename: 'src/CardFields.jsx',
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'InputMask', field: PAN, replacement: NUMBER_ELEMENT }, line: 6, column: 18, endLine: 6, endColumn: 44,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'InputMask', component: 'CardNumberElement' }, output: withElementAfterImports(MASKED_FIELDS, '<InputMask mask="9999 9999 9999 9999" value={values.first} onChange={update(\'first\')} />', '<CardNumberElement />', 'CardNumberElement') }],
        },
      ],
    },
    {
      // Components named by their field group's label (Chakra's FormControl and FormLabel), React Bootstrap's
      // \`controlId\` and Mantine's wrapper's \`label\`; not a gift card's group, nor a group of two inputs, nor a control
      // whose own name says another field, nor one rendered as a select (regression probe 273).
      code: GROUPED_COMPONENTS,
      filename: 'src/PaymentFields.tsx',
      options: [{ inputComponents: ['Input', 'TextInput', 'Form.Control'] }],
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'Input', field: PAN, replacement: NUMBER_ELEMENT }, line: 10, column: 10, endLine: 10, endColumn: 15,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'Input', component: 'CardNumberElement' }, output: withElementAfterImports(GROUPED_COMPONENTS, '<FormLabel>Card number</FormLabel>\n        <Input />', '<FormLabel>Card number</FormLabel>\n        <CardNumberElement />', 'CardNumberElement') }],
        },
        {
          messageId: 'rawCardInput', data: { element: 'Form.Control', field: CVC, replacement: CVC_ELEMENT }, line: 15, column: 10, endLine: 15, endColumn: 22,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'Form.Control', component: 'CardCvcElement' }, output: withElementAfterImports(GROUPED_COMPONENTS, '<Form.Control />', '<CardCvcElement />', 'CardCvcElement') }],
        },
        {
          messageId: 'rawCardInput', data: { element: 'TextInput', field: CVC, replacement: CVC_ELEMENT }, line: 18, column: 10, endLine: 18, endColumn: 19,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'TextInput', component: 'CardCvcElement' }, output: withElementAfterImports(GROUPED_COMPONENTS, '<TextInput />', '<CardCvcElement />', 'CardCvcElement') }],
        },
      ],
    },
    {
      // Input components of the options imported under other names: a namespace's member, an alias, a default import
      // of the component's own module, an aliased namespace's member, and one given to Formik's \`as\`; not another
      // component of the namespace.
      code: ALIASED_COMPONENTS,
      filename: 'src/Checkout.tsx',
      options: [{ inputComponents: ['TextField', 'Form.Control'] }],
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'M.TextField', field: PAN, replacement: NUMBER_ELEMENT }, line: 10, column: 36, endLine: 10, endColumn: 60,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'M.TextField', component: 'CardNumberElement' }, output: withElementAfterImports(ALIASED_COMPONENTS, '<M.TextField id="cardNumber" autoComplete="cc-number" />', '<CardNumberElement id="cardNumber" />', 'CardNumberElement') }],
        },
        {
          messageId: 'rawCardInput', data: { element: 'MuiTextField', field: CVC, replacement: CVC_ELEMENT }, line: 11, column: 21, endLine: 11, endColumn: 31,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'MuiTextField', component: 'CardCvcElement' }, output: withElementAfterImports(ALIASED_COMPONENTS, '<MuiTextField name="cvc" label="CVC" />', '<CardCvcElement />', 'CardCvcElement') }],
        },
        {
          messageId: 'rawCardInput', data: { element: 'CardField', field: PAN, replacement: NUMBER_ELEMENT }, line: 12, column: 18, endLine: 12, endColumn: 36,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'CardField', component: 'CardNumberElement' }, output: withElementAfterImports(ALIASED_COMPONENTS, '<CardField name="card_number" />', '<CardNumberElement />', 'CardNumberElement') }],
        },
        {
          messageId: 'rawCardInput', data: { element: 'BootstrapForm.Control', field: CVC, replacement: CVC_ELEMENT }, line: 13, column: 50, endLine: 13, endColumn: 71,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'BootstrapForm.Control', component: 'CardCvcElement' }, output: withElementAfterImports(ALIASED_COMPONENTS, '<BootstrapForm.Control name="securityCode" autoComplete="cc-csc" />', '<CardCvcElement />', 'CardCvcElement') }],
        },
        {
          messageId: 'rawCardInput', data: { element: 'Field', field: CVC, replacement: CVC_ELEMENT }, line: 14, column: 14, endLine: 14, endColumn: 24,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'Field', component: 'CardCvcElement' }, output: withElementAfterImports(ALIASED_COMPONENTS, '<Field name="cvv" as={MuiTextField} />', '<CardCvcElement />', 'CardCvcElement') }],
        },
      ],
    },
    {
      // Ionic React's \`IonInput\`, known by its import (real-world batch 246), labelled; the name on the card is no card data
      code: `import { IonButton, IonInput, IonItem, IonPage } from '@ionic/react';
import { useState } from 'react';

export default function PayPage() {
  const [card, setCard] = useState({ number: '', cvc: '', name: '' });
  return (
    <IonPage>
      <IonItem>
        <IonInput label="Card number" value={card.number} onIonInput={(e) => setCard({ ...card, number: String(e.detail.value) })} />
      </IonItem>
      <IonItem>
        <IonInput label="CVC" type="password" value={card.cvc} onIonInput={(e) => setCard({ ...card, cvc: String(e.detail.value) })} />
      </IonItem>
      <IonItem>
        <IonInput label="Name on card" value={card.name} onIonInput={(e) => setCard({ ...card, name: String(e.detail.value) })} />
      </IonItem>
      <IonButton>Pay</IonButton>
    </IonPage>
  );
}
`,
      filename: 'src/pages/Pay.tsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'IonInput', field: PAN, replacement: NUMBER_ELEMENT }, line: 9, column: 19, endLine: 9, endColumn: 38,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'IonInput', component: 'CardNumberElement' }, output: `import { IonButton, IonInput, IonItem, IonPage } from '@ionic/react';
import { useState } from 'react';
import { CardNumberElement } from '@stripe/react-stripe-js';

export default function PayPage() {
  const [card, setCard] = useState({ number: '', cvc: '', name: '' });
  return (
    <IonPage>
      <IonItem>
        <CardNumberElement />
      </IonItem>
      <IonItem>
        <IonInput label="CVC" type="password" value={card.cvc} onIonInput={(e) => setCard({ ...card, cvc: String(e.detail.value) })} />
      </IonItem>
      <IonItem>
        <IonInput label="Name on card" value={card.name} onIonInput={(e) => setCard({ ...card, name: String(e.detail.value) })} />
      </IonItem>
      <IonButton>Pay</IonButton>
    </IonPage>
  );
}
` },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'IonInput', field: CVC, replacement: CVC_ELEMENT }, line: 12, column: 19, endLine: 12, endColumn: 30,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'IonInput', component: 'CardCvcElement' }, output: `import { IonButton, IonInput, IonItem, IonPage } from '@ionic/react';
import { useState } from 'react';
import { CardCvcElement } from '@stripe/react-stripe-js';

export default function PayPage() {
  const [card, setCard] = useState({ number: '', cvc: '', name: '' });
  return (
    <IonPage>
      <IonItem>
        <IonInput label="Card number" value={card.number} onIonInput={(e) => setCard({ ...card, number: String(e.detail.value) })} />
      </IonItem>
      <IonItem>
        <CardCvcElement />
      </IonItem>
      <IonItem>
        <IonInput label="Name on card" value={card.name} onIonInput={(e) => setCard({ ...card, name: String(e.detail.value) })} />
      </IonItem>
      <IonButton>Pay</IonButton>
    </IonPage>
  );
}
` },
          ],
        },
      ],
    },
    {
      // A Verve debit card's form (paid with its PIN in Nigeria): the expiry beside the PIN says a payment card
      code: `export function PayWithVerve() {
  return (
    <form>
      <input name="cardNumber" />
      <input name="cardPin" type="password" />
      <input name="expiry" />
    </form>
  );
}
`,
      filename: 'src/checkout/PayWithVerve.jsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 4, column: 14, endLine: 4, endColumn: 31,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: `import { CardNumberElement } from '@stripe/react-stripe-js';
export function PayWithVerve() {
  return (
    <form>
      <CardNumberElement />
      <input name="cardPin" type="password" />
      <input name="expiry" />
    </form>
  );
}
` },
            { messageId: 'replaceFormWithPaymentElement', output: `import { PaymentElement } from '@stripe/react-stripe-js';
export function PayWithVerve() {
  return (
    <form>
      <PaymentElement />
      <input name="cardPin" type="password" />
    </form>
  );
}
` },
          ],
        },
      ],
    },
    {
      // react-hook-form's \`register\` destructured from a const holding \`useForm()\` names its field too.
      code: `import { useForm } from 'react-hook-form';

export function PayForm({ onPay }) {
  const form = useForm({ defaultValues: { holder: '', number: '', cvc: '' } });
  const { handleSubmit, register } = form;
  return (
    <form onSubmit={handleSubmit(onPay)}>
      <input {...register('holder')} placeholder="Name on card" />
      <input {...register('cardNumber')} inputMode="numeric" />
      <input {...register('cvc')} />
    </form>
  );
}
`,
      filename: 'src/PayForm.jsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 9, column: 14, endLine: 9, endColumn: 41,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: `import { useForm } from 'react-hook-form';
import { CardNumberElement } from '@stripe/react-stripe-js';

export function PayForm({ onPay }) {
  const form = useForm({ defaultValues: { holder: '', number: '', cvc: '' } });
  const { handleSubmit, register } = form;
  return (
    <form onSubmit={handleSubmit(onPay)}>
      <input {...register('holder')} placeholder="Name on card" />
      <CardNumberElement />
      <input {...register('cvc')} />
    </form>
  );
}
` },
            { messageId: 'replaceFormWithPaymentElement', output: `import { useForm } from 'react-hook-form';
import { PaymentElement } from '@stripe/react-stripe-js';

export function PayForm({ onPay }) {
  const form = useForm({ defaultValues: { holder: '', number: '', cvc: '' } });
  const { handleSubmit, register } = form;
  return (
    <form onSubmit={handleSubmit(onPay)}>
      <input {...register('holder')} placeholder="Name on card" />
      <PaymentElement />
    </form>
  );
}
` },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 10, column: 14, endLine: 10, endColumn: 34,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: `import { useForm } from 'react-hook-form';
import { CardCvcElement } from '@stripe/react-stripe-js';

export function PayForm({ onPay }) {
  const form = useForm({ defaultValues: { holder: '', number: '', cvc: '' } });
  const { handleSubmit, register } = form;
  return (
    <form onSubmit={handleSubmit(onPay)}>
      <input {...register('holder')} placeholder="Name on card" />
      <input {...register('cardNumber')} inputMode="numeric" />
      <CardCvcElement />
    </form>
  );
}
` },
            { messageId: 'replaceFormWithPaymentElement', output: `import { useForm } from 'react-hook-form';
import { PaymentElement } from '@stripe/react-stripe-js';

export function PayForm({ onPay }) {
  const form = useForm({ defaultValues: { holder: '', number: '', cvc: '' } });
  const { handleSubmit, register } = form;
  return (
    <form onSubmit={handleSubmit(onPay)}>
      <input {...register('holder')} placeholder="Name on card" />
      <PaymentElement />
    </form>
  );
}
` },
          ],
        },
      ],
    },
    {
      // React Native text inputs captioned by the \`<Text>\` written right before each (real-world batch 271: a store
      // app's order screen); not another card's, nor a sentence, nor an app's own \`Text\`; nor an input whose own
      // wording, bound value or keyboard says another field, nor a read-only one; and one alone in a View, by the View's
      // caption (regression probe 273).
      code: `import { useState } from 'react';
import { Text, TextInput, View } from 'react-native';
import { Text as Label } from '../ui/Text';

export function PaymentScreen() {
  const [number, setNumber] = useState('');
  const [code, setCode] = useState('');
  const [gift, setGift] = useState('');
  return (
    <View>
      <Text>CARD NUMBER</Text>
      <TextInput placeholder="1234 5678 1234" value={number} onChangeText={setNumber} keyboardType="number-pad" />
      <Text style={{ fontSize: 12 }}>CVV</Text>
      <TextInput value={code} onChangeText={setCode} secureTextEntry />
      <Text>Gift card number</Text>
      <TextInput value={gift} onChangeText={setGift} />
      <Text>Enter the number printed on the back of your membership card and tap continue.</Text>
      <TextInput value={gift} onChangeText={setGift} />
      <Label>CVV</Label>
      <TextInput value={gift} onChangeText={setGift} />
      <Text>Credit card</Text>
      <TextInput placeholder="Amount" value={gift} onChangeText={setGift} />
      <Text>Card number</Text>
      <TextInput value={memberId} onChangeText={setGift} />
      <Text>Debit card</Text>
      <TextInput editable={false} value={number} />
      <Text>Card number</Text>
      <TextInput keyboardType="phone-pad" value={number} onChangeText={setNumber} />
      <Text>Security code</Text>
      <View style={{ borderWidth: 1 }}>
        <TextInput value={code} onChangeText={setCode} />
      </View>
    </View>
  );
}
`,
      filename: 'src/screens/PaymentScreen.tsx',
      output: null,
      errors: [
        { messageId: 'rawCardInputNative', data: { element: 'TextInput', field: 'card number (PAN)' }, line: 12, column: 8, endLine: 12, endColumn: 17 },
        { messageId: 'rawCardInputNative', data: { element: 'TextInput', field: 'card security code (CVC)' }, line: 14, column: 8, endLine: 14, endColumn: 17 },
        { messageId: 'rawCardInputNative', data: { element: 'TextInput', field: 'card security code (CVC)' }, line: 31, column: 10, endLine: 31, endColumn: 19 },
      ],
    },
    {
      // A placeholder of mask characters says no word: the caption names the field (probe 307: a Spanish card settings
      // screen); an expiry's \`MM/AA\` says another field
      code: `import React from 'react';
import { Text, TextInput, View } from 'react-native';

export default function CardSettings({ card, onChange }) {
  return (
    <View>
      <Text>Código de verificación de la tarjeta</Text>
      <TextInput placeholder="XXX" maxLength={3} keyboardType="numeric" secureTextEntry value={card.code} onChangeText={(code) => onChange({ ...card, code })} />
      <Text>CVV</Text>
      <TextInput placeholder="MM/AA" maxLength={5} value={card.expiry} onChangeText={(expiry) => onChange({ ...card, expiry })} />
    </View>
  );
}
`,
      filename: 'src/components/CardSettings.js',
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      output: null,
      errors: [{ messageId: 'rawCardInputNative', data: { element: 'TextInput', field: 'card security code (CVC)' }, line: 8, column: 8, endLine: 8, endColumn: 17 }],
    },
    {
      // A barcode elsewhere in the file says nothing about a card number collected beside a CVC.
      code: `import React, { useState } from 'react';
import { View, TextInput, Button } from 'react-native';
import { BarcodeScanner } from '@/features/scan/BarcodeScanner';

export function CheckoutScreen({ onPay }: { onPay: (card: { cardNumber: string; cvc: string }) => void }) {
  const [cardNumber, setCardNumber] = useState('');
  const [cvc, setCvc] = useState('');
  return (
    <View>
      <BarcodeScanner onScan={(code: string) => console.log('product', code)} />
      <TextInput placeholder="Card number" value={cardNumber} onChangeText={setCardNumber} keyboardType="number-pad" />
      <TextInput placeholder="CVC" value={cvc} onChangeText={setCvc} secureTextEntry />
      <Button title="Pay" onPress={() => onPay({ cardNumber, cvc })} />
    </View>
  );
}
`,
      filename: 'src/screens/CheckoutScreen.tsx',
      output: null,
      errors: [
        { messageId: 'rawCardInputNative', data: { element: 'TextInput', field: 'card number (PAN)' }, line: 11, column: 18, endLine: 11, endColumn: 43 },
        { messageId: 'rawCardInputNative', data: { element: 'TextInput', field: 'card security code (CVC)' }, line: 12, column: 18, endLine: 12, endColumn: 35 },
      ],
    },
    {
      // A field whose input component is a number mask still collects the number in the page.
      code: `import { TextField } from '@mui/material';
import { NumericFormat } from 'react-number-format';

export function MaskedCardForm() {
  return <TextField label="Card number" name="cardNumber" InputProps={{ inputComponent: NumericFormat }} />;
}
`,
      options: [{ inputComponents: ['TextField'] }],
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'TextField', field: PAN, replacement: NUMBER_ELEMENT }, line: 5, column: 41, endLine: 5, endColumn: 58,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'TextField', component: 'CardNumberElement' }, output: `import { TextField } from '@mui/material';
import { NumericFormat } from 'react-number-format';
import { CardNumberElement } from '@stripe/react-stripe-js';

export function MaskedCardForm() {
  return <CardNumberElement />;
}
` },
          ],
        },
      ],
    },
    {
      // An input made for a field of a custom element, named through \`this\` in another method (real-world batch EW)
      code: `class AppFormCardNumber extends HTMLElement {
  labelElement = document.createElement('label');
  inputElement = document.createElement('input');

  connectedCallback() {
    this.labelElement.textContent = 'Card number';
    this.inputElement.setAttribute('id', 'card-number');
    this.inputElement.setAttribute('name', 'cardNumber');
    this.inputElement.setAttribute('placeholder', 'e.g. 1234 5678 9123 0000');
    this.inputElement.addEventListener('input', this.handleInput);
    this.append(this.labelElement, this.inputElement);
  }

  handleInput = (event) => {
    this.dispatchEvent(new CustomEvent('card-number', { detail: event.target.value }));
  };
}

customElements.define('app-form-card-number', AppFormCardNumber);
`,
      filename: 'src/components/form/app-form-card-number.js',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput',
          data: {
            element: 'input',
            field: 'card number (PAN)',
            replacement: "mount `elements.create('cardNumber')`, or the Payment Element `elements.create('payment')`, in place of the input",
          },
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 57,
        },
      ],
    },
    {
      // The same kept in a private field (\`#input\`, named through \`this.#input\`; real-world batch 282's leftover)
      code: `export class CardNumberField extends HTMLElement {
  #input = document.createElement('input');

  connectedCallback() {
    this.#input.name = 'cardnumber';
    this.#input.autocomplete = 'cc-number';
    this.#input.inputMode = 'numeric';
    this.appendChild(this.#input);
  }
}

customElements.define('card-number-field', CardNumberField);
`,
      filename: 'src/elements/card-number-field.js',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput',
          data: {
            element: 'input',
            field: 'card number (PAN)',
            replacement: "mount `elements.create('cardNumber')`, or the Payment Element `elements.create('payment')`, in place of the input",
          },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 43,
        },
      ],
    },
    {
      // A custom element keeps its form's markup in a field it sets once, then renders it (real-world batch EW)
      code: `class PaymentForm extends HTMLElement {
  constructor() {
    super();
    this.template = \`
      <form action="/confirmation" method="post">
        <label for="name">Name on card</label>
        <input type="text" id="name" name="name">
        <label for="cvv">CVV</label>
        <input type="text" id="cvv" name="cvv" maxlength="4">
        <button type="submit">Pay</button>
      </form>\`;
  }

  connectedCallback() {
    this.innerHTML = this.template;
  }
}

customElements.define('m-payment-form', PaymentForm);
`,
      filename: 'js/components/m-payment-form.js',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput',
          data: {
            element: 'input',
            field: 'card security code (CVC)',
            replacement: "mount `elements.create('cardCvc')`, or the Payment Element `elements.create('payment')`, in place of the input",
          },
          line: 9,
          column: 37,
          endLine: 9,
          endColumn: 47,
        },
      ],
    },
    {
      // \`name="pan"\` in a form that takes a CVC is the card number (real-world batch ED: Cardinity's field)
      code: CARDINITY_FORM,
      filename: 'src/components/CardinityForm.jsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 4, column: 14, endLine: 4, endColumn: 24,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: withElementAfterImports(CARDINITY_FORM, '<input name="pan" maxLength={19} />', '<CardNumberElement />', 'CardNumberElement') },
            { messageId: 'replaceFormWithPaymentElement', output: CARDINITY_WITH_PAYMENT_ELEMENT },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 5, column: 14, endLine: 5, endColumn: 24,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: withElementAfterImports(CARDINITY_FORM, '<input name="cvc" maxLength={4} />', '<CardCvcElement />', 'CardCvcElement') },
            { messageId: 'replaceFormWithPaymentElement', output: CARDINITY_WITH_PAYMENT_ELEMENT },
          ],
        },
      ],
    },
    {
      // Inputs rendered from a const list of field descriptions: each entry is read in turn (real-world batch DV). No
      // suggestion: one Stripe Element in the callback would be rendered once per entry.
      code: MAPPED_CARD_FIELDS,
      filename: 'src/checkout/PaymentDetails.jsx',
      output: null,
      languageOptions: jsx,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 23, column: 68, endLine: 23, endColumn: 101,
          suggestions: [],
        },
      ],
    },
    {
      // An HTML string in a file saved with CR LF line endings: each input at its place (real-world batch DW: espree
      // hands templates' raw text with its line breaks normalised)
      code: 'const row = document.createElement("div");\r\nrow.innerHTML = `<div class="pay">\r\n  <input name="card_number">\r\n  <input name="cvc">\r\n</div>`;\r\nform.append(row);\r\n',
      filename: 'public/js/pay.js',
      output: null,
      languageOptions: { parser: espree },
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: "mount `elements.create('cardNumber')`, or the Payment Element `elements.create('payment')`, in place of the input" }, line: 3, column: 10, endLine: 3, endColumn: 28 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: "mount `elements.create('cardCvc')`, or the Payment Element `elements.create('payment')`, in place of the input" }, line: 4, column: 10, endLine: 4, endColumn: 20 },
      ],
    },
    {
      // Names written as one lower-case word: `securitycode` is the card's code in a form with a card number, `codecvv` on its own
      code: JOINED_NAMES,
      filename: 'src/components/Bank.tsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 10, column: 14, endLine: 10, endColumn: 31,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: withElementAfterImports(JOINED_NAMES, JOINED_NAMES.split('\n')[9]!.trim(), '<CardNumberElement />', 'CardNumberElement') },
            { messageId: 'replaceFormWithPaymentElement', output: JOINED_NAMES_WITH_PAYMENT_ELEMENT },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 11, column: 14, endLine: 11, endColumn: 33,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: withElementAfterImports(JOINED_NAMES, JOINED_NAMES.split('\n')[10]!.trim(), '<CardCvcElement />', 'CardCvcElement') },
            { messageId: 'replaceFormWithPaymentElement', output: JOINED_NAMES_WITH_PAYMENT_ELEMENT },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 17, column: 10, endLine: 17, endColumn: 24,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: withElementAfterImports(JOINED_NAMES, JOINED_NAMES.split('\n')[16]!.trim(), '<CardCvcElement />', 'CardCvcElement') },
          ],
        },
      ],
    },
    {
      // The expiry box (`placeholder="MM/YY"`) is not reported for the class it shares with the CVC box
      code: SHARED_CLASS_FORM,
      filename: 'src/components/CardForm/index.tsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 6, column: 39, endLine: 6, endColumn: 72,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: withElementAfterImports(SHARED_CLASS_FORM, SHARED_CLASS_LINES[5]!.trim(), '<CardNumberElement className="number-input" />', 'CardNumberElement') },
            { messageId: 'replaceFormWithPaymentElement', output: SHARED_CLASS_WITH_PAYMENT_ELEMENT },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 9, column: 43, endLine: 9, endColumn: 60,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: withElementAfterImports(SHARED_CLASS_FORM, SHARED_CLASS_LINES[8]!.trim(), '<CardCvcElement className="date-cvc-input" />', 'CardCvcElement') },
            { messageId: 'replaceFormWithPaymentElement', output: SHARED_CLASS_WITH_PAYMENT_ELEMENT },
          ],
        },
      ],
    },
    {
      // ...and a template built from the entry (real-world batch DY)
      code: `const CARD_FIELDS = [
  { id: 'number', label: 'Card number', size: 19 },
  { id: 'exp_month', label: 'MM', size: 2 },
  { id: 'exp_year', label: 'YY', size: 2 },
  { id: 'cvc', label: 'CVC', size: 4 },
];

// Rails-style nested params: card[number], card[exp_month]…
export function LegacyCardFields() {
  return CARD_FIELDS.map(({ id, label, size }) => (
    <input key={id} name={\`card[\${id}]\`} aria-label={label} maxLength={size} />
  ));
}`,
      filename: 'app/javascript/LegacyCardFields.jsx',
      languageOptions: jsx,
      output: null,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 11, column: 21, endLine: 11, endColumn: 41, suggestions: [] },
      ],
    },
    {
      // ...spread onto the input: reported at the spread
      code: MAPPED_SPREAD_FIELDS,
      filename: 'src/SplitForm.tsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 12, column: 40, endLine: 12, endColumn: 50,
          suggestions: [],
        },
      ],
    },
    {
      // react-payment-inputs' render-prop container hands its function child the hook's getters (real-world batch DL):
      // the card number's and the CVC's props name their inputs; the expiry is not reported
      code: PAYMENT_INPUTS_CONTAINER,
      filename: 'src/components/PaymentInputs.jsx',
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 9, column: 18, endLine: 9, endColumn: 55,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: withElementAfterImports(PAYMENT_INPUTS_CONTAINER, '<input {...getCardNumberProps({ onChange })} />', '<CardNumberElement />', 'CardNumberElement') }],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 11, column: 18, endLine: 11, endColumn: 48,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: withElementAfterImports(PAYMENT_INPUTS_CONTAINER, '<input {...getCVCProps({ onChange })} />', '<CardCvcElement />', 'CardCvcElement') }],
        },
      ],
    },
    {
      // A styled component around an input component known by its import is that input (real-world batch DM:
      // \`styled(NumberFormat)\` in a card form)
      code: STYLED_NUMBER_FORMAT,
      filename: 'src/checkout/Card.jsx',
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'PatternFormat', field: PAN, replacement: NUMBER_ELEMENT }, line: 14, column: 34, endLine: 14, endColumn: 58,
          suggestions: [
            {
              messageId: 'replaceWithElement',
              data: { element: 'CardInput', component: 'CardNumberElement' },
              output: withElementAfterImports(STYLED_NUMBER_FORMAT, '<CardInput name="cardnumber" autoComplete="cc-number" format="#### #### #### ####" />', '<CardNumberElement />', 'CardNumberElement'),
            },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'NumberFormat', field: CVC, replacement: CVC_ELEMENT }, line: 15, column: 15, endLine: 15, endColumn: 25,
          suggestions: [
            {
              messageId: 'replaceWithElement',
              data: { element: 'OldInput', component: 'CardCvcElement' },
              output: withElementAfterImports(STYLED_NUMBER_FORMAT, '<OldInput name="cvc" format="###" />', '<CardCvcElement />', 'CardCvcElement'),
            },
          ],
        },
      ],
    },
    {
      // react-number-format's components render an input (real-world batch DL): a card number by its placeholder, a CVC
      // by its name; a price, and a value shown as text (\`displayType="text"\`), are none
      code: NUMBER_FORMAT_DETAILS,
      filename: 'src/checkout/CardDetails.jsx',
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'PatternFormat', field: PAN, replacement: NUMBER_ELEMENT }, line: 6, column: 51, endLine: 6, endColumn: 84,
          suggestions: [
            {
              messageId: 'replaceWithElement',
              data: { element: 'PatternFormat', component: 'CardNumberElement' },
              output: withElementAfterImports(NUMBER_FORMAT_DETAILS, NUMBER_FORMAT_DETAILS.split('\n')[5]!.trim(), '<CardNumberElement />', 'CardNumberElement'),
            },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'PatternFormat', field: CVC, replacement: CVC_ELEMENT }, line: 8, column: 35, endLine: 8, endColumn: 45,
          suggestions: [
            {
              messageId: 'replaceWithElement',
              data: { element: 'PatternFormat', component: 'CardCvcElement' },
              output: withElementAfterImports(NUMBER_FORMAT_DETAILS, NUMBER_FORMAT_DETAILS.split('\n')[7]!.trim(), '<CardCvcElement />', 'CardCvcElement'),
            },
          ],
        },
      ],
    },
    {
      // \`max\` on a text field is a mistaken \`maxlength\` that browsers ignore: no cap on a number (real-world batch DJ)
      code: TEXT_FIELD_MAX,
      filename: 'src/checkout/CardFields.jsx',
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 4, column: 26, endLine: 4, endColumn: 44,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: withElementImported(TEXT_FIELD_MAX, TEXT_FIELD_MAX.split('\n')[3]!.trim(), 'CardNumberElement') }],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 5, column: 26, endLine: 5, endColumn: 41,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: withElementImported(TEXT_FIELD_MAX, TEXT_FIELD_MAX.split('\n')[4]!.trim(), 'CardCvcElement') }],
        },
      ],
    },
    {
      // A styled input's \`.attrs({ … })\` props count where the element does not set them: an autocomplete token
      // names the field (the outer component's attrs over the inner's), a read-only field collects nothing (real-world
      // batch 94), and the element's own autoComplete is not overridden by a guess between versions
      code: STYLED_ATTRS_ROW,
      filename: 'src/components/CardRow.tsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 17, column: 8, endLine: 17, endColumn: 18,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'CardNumber', component: 'CardNumberElement' }, output: attrsWithElement('<CardNumber placeholder="Card number" />', 'CardNumberElement') }],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 18, column: 8, endLine: 18, endColumn: 11,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'Cvc', component: 'CardCvcElement' }, output: attrsWithElement('<Cvc />', 'CardCvcElement') }],
        },
      ],
    },
    {
      // styled-components and emotion wrap a native input: the styled component collects what the input does
      // (real-world batch 93: a payment form of styled inputs); styled(TextField) wraps a configured input component
      code: STYLED_CARD_FORM,
      filename: 'src/checkout/StyledCardForm.tsx',
      options: [{ inputComponents: ['TextField'] }],
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 21, column: 20, endLine: 21, endColumn: 44,
          suggestions: [
            {
              messageId: 'replaceWithElement',
              data: { element: 'NumberInput', component: 'CardNumberElement' },
              output: styledWithElement('<NumberInput autoComplete="cc-number" placeholder="1234 1234 1234 1234" />', 'CardNumberElement'),
            },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 22, column: 17, endLine: 22, endColumn: 27,
          suggestions: [
            {
              messageId: 'replaceWithElement',
              data: { element: 'CvcInput', component: 'CardCvcElement' },
              output: styledWithElement('<CvcInput name="cvc" maxLength={4} />', 'CardCvcElement'),
            },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'TextField', field: CVC, replacement: CVC_ELEMENT }, line: 23, column: 18, endLine: 23, endColumn: 50,
          suggestions: [
            {
              messageId: 'replaceWithElement',
              data: { element: 'BackupCvc', component: 'CardCvcElement' },
              output: styledWithElement('<BackupCvc label="Card security code (CVC)" />', 'CardCvcElement'),
            },
          ],
        },
      ],
    },
    {
      // \`readOnly={false}\` is an editable field, and one bound to a value may be: both still collect
      code: 'export const Cvc = ({ locked }) => <><input name="cvc" readOnly={false} /><input name="cvv" readOnly={locked} /></>;\n',
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 1, column: 45, endLine: 1, endColumn: 55,
          suggestions: [
            {
              messageId: 'replaceWithElement',
              data: { element: 'input', component: 'CardCvcElement' },
              output: withElementImported('export const Cvc = ({ locked }) => <><input name="cvc" readOnly={false} /><input name="cvv" readOnly={locked} /></>;\n', '<input name="cvc" readOnly={false} />', 'CardCvcElement'),
            },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 1, column: 82, endLine: 1, endColumn: 92,
          suggestions: [
            {
              messageId: 'replaceWithElement',
              data: { element: 'input', component: 'CardCvcElement' },
              output: withElementImported('export const Cvc = ({ locked }) => <><input name="cvc" readOnly={false} /><input name="cvv" readOnly={locked} /></>;\n', '<input name="cvv" readOnly={locked} />', 'CardCvcElement'),
            },
          ],
        },
      ],
    },
    {
      // A form that takes a card and a backup card: one Payment Element cannot stand for both, so only the per-input
      // suggestions are offered
      code: BACKUP_CARD_FORM,
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 4, column: 32, endLine: 4, endColumn: 56,
          suggestions: [
            {
              messageId: 'replaceWithElement',
              data: { element: 'input', component: 'CardNumberElement' },
              output: withElementImported(BACKUP_CARD_FORM, '<input name="cardNumber" autoComplete="cc-number" />', 'CardNumberElement'),
            },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 5, column: 14, endLine: 5, endColumn: 37,
          suggestions: [
            {
              messageId: 'replaceWithElement',
              data: { element: 'input', component: 'CardNumberElement' },
              output: withElementImported(BACKUP_CARD_FORM, '<input name="backupCardNumber" />', 'CardNumberElement'),
            },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 6, column: 25, endLine: 6, endColumn: 46,
          suggestions: [
            {
              messageId: 'replaceWithElement',
              data: { element: 'input', component: 'CardCvcElement' },
              output: withElementImported(BACKUP_CARD_FORM, '<input name="cvc" autoComplete="cc-csc" />', 'CardCvcElement'),
            },
          ],
        },
      ],
    },
    {
      // A card number typed in four boxes of four digits (names indexed with one digit, as real forms do): each box
      // collects part of the PAN. One Card Number Element in place of one box would leave the other three, so the
      // boxes get no replacement; the CVC input does
      code: SPLIT_CARD_NUMBER_FORM,
      filename: 'src/checkout/SplitCardNumber.tsx',
      languageOptions: jsx,
      output: null,
      errors: [
        ...[8, 9, 10, 11].map((line) => ({
          messageId: 'rawCardInput' as const, data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line, column: 14, endLine: line, endColumn: 32, suggestions: [],
        })),
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 12, column: 14, endLine: 12, endColumn: 25,
          suggestions: [
            {
              messageId: 'replaceWithElement',
              data: { element: 'input', component: 'CardCvcElement' },
              // The same file with the CVC input replaced and the import added
              output: SPLIT_CARD_NUMBER_FORM.replace('<input name="cvc1" maxLength={4} onChange={update} />', '<CardCvcElement />').replace(
                "import { useState } from 'react';\n",
                "import { useState } from 'react';\nimport { CardCvcElement } from '@stripe/react-stripe-js';\n",
              ),
            },
          ],
        },
      ],
    },
    {
      // Two security codes beside one number (a card and a second card's code, or a code asked twice): not one card's
      // fields, so no whole-form Payment Element suggestion; each input keeps its own.
      code: ['export const PayForm = () => (', '  <form>', '    <input name="cardNumber" />', '    <input name="cvc" />', '    <input name="cvc2" />', '  </form>', ');', ''].join('\n'),
      languageOptions: jsx,
      output: null,
      errors: [
        { line: 3, field: PAN, replacement: NUMBER_ELEMENT, column: 12, endColumn: 29, component: 'CardNumberElement', input: '<input name="cardNumber" />' },
        { line: 4, field: CVC, replacement: CVC_ELEMENT, column: 12, endColumn: 22, component: 'CardCvcElement', input: '<input name="cvc" />' },
        { line: 5, field: CVC, replacement: CVC_ELEMENT, column: 12, endColumn: 23, component: 'CardCvcElement', input: '<input name="cvc2" />' },
      ].map(({ line, field, replacement, column, endColumn, component, input }) => ({
        messageId: 'rawCardInput' as const,
        data: { element: 'input', field, replacement },
        line,
        column,
        endLine: line,
        endColumn,
        suggestions: [
          {
            messageId: 'replaceWithElement' as const,
            data: { element: 'input', component },
            output: `import { ${component} } from '@stripe/react-stripe-js';\n${['export const PayForm = () => (', '  <form>', '    <input name="cardNumber" />', '    <input name="cvc" />', '    <input name="cvc2" />', '  </form>', ');', ''].join('\n').replace(input, `<${component} />`)}`,
          },
        ],
      })),
    },
    {
      // A component saved with Windows line breaks: the whole-form suggestion removes the CVC input's line, \`\\r\\n\`
      // included, and the new import takes the file's line break
      code: ['export const PayForm = () => (', '  <form>', '    <input name="cardNumber" autoComplete="cc-number" />', '    <input name="cvc" />', '    <button>Pay</button>', '  </form>', ');', ''].join('\r\n'),
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 3, column: 30, endLine: 3, endColumn: 54,
          suggestions: [
            {
              messageId: 'replaceWithElement',
              data: { element: 'input', component: 'CardNumberElement' },
              output: ["import { CardNumberElement } from '@stripe/react-stripe-js';", 'export const PayForm = () => (', '  <form>', '    <CardNumberElement />', '    <input name="cvc" />', '    <button>Pay</button>', '  </form>', ');', ''].join('\r\n'),
            },
            {
              messageId: 'replaceFormWithPaymentElement',
              output: ["import { PaymentElement } from '@stripe/react-stripe-js';", 'export const PayForm = () => (', '  <form>', '    <PaymentElement />', '    <button>Pay</button>', '  </form>', ');', ''].join('\r\n'),
            },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 4, column: 12, endLine: 4, endColumn: 22,
          suggestions: [
            {
              messageId: 'replaceWithElement',
              data: { element: 'input', component: 'CardCvcElement' },
              output: ["import { CardCvcElement } from '@stripe/react-stripe-js';", 'export const PayForm = () => (', '  <form>', '    <input name="cardNumber" autoComplete="cc-number" />', '    <CardCvcElement />', '    <button>Pay</button>', '  </form>', ');', ''].join('\r\n'),
            },
            {
              messageId: 'replaceFormWithPaymentElement',
              output: ["import { PaymentElement } from '@stripe/react-stripe-js';", 'export const PayForm = () => (', '  <form>', '    <PaymentElement />', '    <button>Pay</button>', '  </form>', ');', ''].join('\r\n'),
            },
          ],
        },
      ],
    },
    {
      // A form written on one line: the inputs the whole-form suggestion drops go, their neighbours stay
      code: `export const Inline = () => <form><input name="cardNumber" /> <input name="cvc" /><button>Pay</button></form>;`,
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 1, column: 42, endLine: 1, endColumn: 59,
          suggestions: [
            {
              messageId: 'replaceWithElement',
              data: { element: 'input', component: 'CardNumberElement' },
              output: `import { CardNumberElement } from '@stripe/react-stripe-js';\nexport const Inline = () => <form><CardNumberElement /> <input name="cvc" /><button>Pay</button></form>;`,
            },
            {
              messageId: 'replaceFormWithPaymentElement',
              output: `import { PaymentElement } from '@stripe/react-stripe-js';\nexport const Inline = () => <form><PaymentElement /> <button>Pay</button></form>;`,
            },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 1, column: 70, endLine: 1, endColumn: 80,
          suggestions: [
            {
              messageId: 'replaceWithElement',
              data: { element: 'input', component: 'CardCvcElement' },
              output: `import { CardCvcElement } from '@stripe/react-stripe-js';\nexport const Inline = () => <form><input name="cardNumber" /> <CardCvcElement /><button>Pay</button></form>;`,
            },
            {
              messageId: 'replaceFormWithPaymentElement',
              output: `import { PaymentElement } from '@stripe/react-stripe-js';\nexport const Inline = () => <form><PaymentElement /> <button>Pay</button></form>;`,
            },
          ],
        },
      ],
    },
    {
      // react-native-credit-card-input's card forms (real-world batch AO), also renamed; its CardView only displays a card
      code: `import React, { useState } from 'react';
import { View } from 'react-native';
import { CardView, CreditCardInput as FullCardForm, LiteCreditCardInput } from 'react-native-credit-card-input';

export function PaymentScreen({ full, onPay }) {
  const [card, setCard] = useState(null);
  return (
    <View>
      {full ? <FullCardForm requiresName onChange={setCard} /> : <LiteCreditCardInput onChange={setCard} />}
      <CardView number={card?.values.number} brand={card?.values.type} />
    </View>
  );
}
`,
      filename: 'src/screens/PaymentScreen.js',
      languageOptions: jsx,
      output: null,
      errors: [
        { messageId: 'rawCardInputNative', data: { element: 'CreditCardInput', field: `${PAN} and ${CVC}` }, line: 9, column: 16, endLine: 9, endColumn: 28 },
        { messageId: 'rawCardInputNative', data: { element: 'LiteCreditCardInput', field: `${PAN} and ${CVC}` }, line: 9, column: 67, endLine: 9, endColumn: 86 },
      ],
    },
    {
      // rn-credit-card's form (real-world batch 189's miss), its fields kept in the app's react-hook-form, and
      // react-native-credit-cards' controlled form; rn-credit-card's \`Button\` is a button
      code: `import React from 'react';
import { Alert, SafeAreaView } from 'react-native';
import { FormProvider, useForm } from 'react-hook-form';
import LottieView from 'lottie-react-native';
import CardForm, { Button, FormModel } from 'rn-credit-card';
import { CreditCardForm } from 'react-native-credit-cards';

export function AddCardScreen({ values, handleChange }: { values: never; handleChange: never }) {
  const formMethods = useForm<FormModel>({ mode: 'onBlur', defaultValues: { holderName: '', cardNumber: '', expiration: '', cvv: '' } });
  const onSubmit = (model: FormModel) => Alert.alert('Success: ' + JSON.stringify(model, null, 2));
  return (
    <FormProvider {...formMethods}>
      <SafeAreaView>
        <CardForm LottieView={LottieView} horizontalStart />
        <CreditCardForm values={values} handleChange={handleChange} />
        <Button title="Confirm" onPress={formMethods.handleSubmit(onSubmit)} />
      </SafeAreaView>
    </FormProvider>
  );
}
`,
      filename: 'src/screens/AddCardScreen.tsx',
      output: null,
      errors: [
        { messageId: 'rawCardInputNative', data: { element: 'CardForm', field: `${PAN} and ${CVC}` }, line: 14, column: 10, endLine: 14, endColumn: 18 },
        { messageId: 'rawCardInputNative', data: { element: 'CreditCardForm', field: `${PAN} and ${CVC}` }, line: 15, column: 10, endLine: 15, endColumn: 24 },
      ],
    },
    {
      // The strict preset's components (real-world batch DG): PrimeReact's \`InputMask\`, Semantic UI's \`Form.Input\`; a
      // Bootstrap \`InputGroup\` around an amount's control is a group, not an input
      code: PRIME_CHECKOUT,
      filename: 'src/checkout/PrimeCheckout.tsx',
      options: rule.meta.docs!.strictOptions as [{ inputComponents: string[] }],
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'InputMask', field: 'card number (PAN)', replacement: '`<CardNumberElement />` from @stripe/react-stripe-js, or `<PaymentElement />` for the whole card form' }, line: 8, column: 45, endLine: 8, endColumn: 70,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'InputMask', component: 'CardNumberElement' }, output: withElementAfterImports(PRIME_CHECKOUT, '<InputMask mask="9999 9999 9999 9999" placeholder="Card number" value={card.number} onChange={(e) => setCard({ ...card, number: e.value })} />', '<CardNumberElement />', 'CardNumberElement') },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'Form.Input', field: 'card security code (CVC)', replacement: '`<CardCvcElement />` from @stripe/react-stripe-js, or `<PaymentElement />` for the whole card form' }, line: 9, column: 31, endLine: 9, endColumn: 41,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'Form.Input', component: 'CardCvcElement' }, output: withElementAfterImports(PRIME_CHECKOUT, '<Form.Input label="CVC" name="cvc" width={4} />', '<CardCvcElement />', 'CardCvcElement') },
          ],
        },
      ],
    },
    {
      // Mantine's form binds each input to a field with \`getInputProps\` (real-world batch DG)
      code: MANTINE_MEMBERSHIP,
      filename: 'src/payments/MembershipPayment.tsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: 'card number (PAN)', replacement: '`<CardNumberElement />` from @stripe/react-stripe-js, or `<PaymentElement />` for the whole card form' }, line: 8, column: 34, endLine: 8, endColumn: 71,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: withElementAfterImports(MANTINE_MEMBERSHIP, MANTINE_NUMBER_INPUT, '<CardNumberElement />', 'CardNumberElement') },
            { messageId: 'replaceFormWithPaymentElement', output: MANTINE_WITH_PAYMENT_ELEMENT },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: 'card security code (CVC)', replacement: '`<CardCvcElement />` from @stripe/react-stripe-js, or `<PaymentElement />` for the whole card form' }, line: 9, column: 34, endLine: 9, endColumn: 64,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: withElementAfterImports(MANTINE_MEMBERSHIP, MANTINE_CVC_INPUT, '<CardCvcElement />', 'CardCvcElement') },
            { messageId: 'replaceFormWithPaymentElement', output: MANTINE_WITH_PAYMENT_ELEMENT },
          ],
        },
      ],
    },
    {
      // Base Web (real-world batch DG): its payment-card input collects a card number whatever its props say, and its
      // \`MaskedInput\` renders an \`<input>\` read like one; a coupon box is not card data
      code: BASEWEB_CHECKOUT,
      filename: 'src/checkout/Checkout.tsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'PaymentCard', field: 'card number (PAN)', replacement: '`<CardNumberElement />` from @stripe/react-stripe-js, or `<PaymentElement />` for the whole card form' }, line: 12, column: 10, endLine: 12, endColumn: 21,
          suggestions: [],
        },
        {
          messageId: 'rawCardInput', data: { element: 'MaskedInput', field: 'card security code (CVC)', replacement: '`<CardCvcElement />` from @stripe/react-stripe-js, or `<PaymentElement />` for the whole card form' }, line: 15, column: 82, endLine: 15, endColumn: 99,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'MaskedInput', component: 'CardCvcElement' }, output: withElementAfterImports(BASEWEB_CHECKOUT, '<MaskedInput value={cvc} onChange={(e) => setCvc(e.currentTarget.value)} placeholder="CVC" mask="999" />', '<CardCvcElement />', 'CardCvcElement') },
          ],
        },
      ],
    },
    {
      // Inputs named only by the label written right before each, tied by neither \`htmlFor\` nor wrapping (real-world
      // batches DD and DE): put there for it. Not a label after an input (a checkbox's), nor one \`htmlFor\` another id.
      code: BUS_PAYMENT,
      filename: 'src/components/BusPayment.tsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: 'card number (PAN)', replacement: '`<CardNumberElement />` from @stripe/react-stripe-js, or `<PaymentElement />` for the whole card form' }, line: 11, column: 10, endLine: 11, endColumn: 15,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: withElementAfterImports(BUS_PAYMENT, LABELLED_INPUT, '<CardNumberElement className="form-input" />', 'CardNumberElement') },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: 'card security code (CVC)', replacement: '`<CardCvcElement />` from @stripe/react-stripe-js, or `<PaymentElement />` for the whole card form' }, line: 15, column: 10, endLine: 15, endColumn: 15,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: withElementAfterImports(BUS_PAYMENT, `CVV</label>\n        ${LABELLED_INPUT}`, 'CVV</label>\n        <CardCvcElement className="form-input" />', 'CardCvcElement') },
          ],
        },
      ],
    },
    {
      // A label written before the layout wrapper its input is the only field of (a Bootstrap-style virtual terminal,
      // real-world batch 328); the cardholder's name so labelled is no card field
      code: `export function VirtualTerminalForm({ onSubmit }: { onSubmit: () => void }) {
  return (
    <form id="payment_form" onSubmit={onSubmit}>
      <label>Card Number</label>
      <div className="form_input">
        <input id="input_number" type="text" pattern="[0-9]*" />
      </div>
      <label>Card holder</label>
      <div className="form_input">
        <input id="input_name" type="text" />
      </div>
    </form>
  );
}
`,
      filename: 'src/pos/TerminalForm.tsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput',
          data: { element: 'input', field: 'card number (PAN)', replacement: '`<CardNumberElement />` from @stripe/react-stripe-js, or `<PaymentElement />` for the whole card form' },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 15,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: `import { CardNumberElement } from '@stripe/react-stripe-js';
export function VirtualTerminalForm({ onSubmit }: { onSubmit: () => void }) {
  return (
    <form id="payment_form" onSubmit={onSubmit}>
      <label>Card Number</label>
      <div className="form_input">
        <CardNumberElement id="input_number" />
      </div>
      <label>Card holder</label>
      <div className="form_input">
        <input id="input_name" type="text" />
      </div>
    </form>
  );
}
` }],
        },
      ],
    },
    {
      // A label \`htmlFor\` nothing (\`htmlFor=""\`, real-world batch EH) labels the input written after it
      code: `export function NewCard({ onSave }: { onSave: () => void }) {
  return (
    <form onSubmit={onSave}>
      <label htmlFor="">Credit Card Number</label>
      <input type="text" name="number" size={50} />
    </form>
  );
}
`,
      filename: 'src/components/NewCard.tsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: 'card number (PAN)', replacement: '`<CardNumberElement />` from @stripe/react-stripe-js, or `<PaymentElement />` for the whole card form' }, line: 5, column: 8, endLine: 5, endColumn: 13,
          suggestions: [
            {
              messageId: 'replaceWithElement',
              data: { element: 'input', component: 'CardNumberElement' },
              output: `import { CardNumberElement } from '@stripe/react-stripe-js';
export function NewCard({ onSave }: { onSave: () => void }) {
  return (
    <form onSubmit={onSave}>
      <label htmlFor="">Credit Card Number</label>
      <CardNumberElement />
    </form>
  );
}
`,
            },
          ],
        },
      ],
    },
    {
      // ...and so does one \`htmlFor\` an id that no element of the tree has (a booking app's payment form, real-world
      // batch EI), but not one for an id that an element has
      code: `import { useState } from 'react';

export default function Addpay() {
  const [number, setNumber] = useState('');
  return (
    <div>
      <label htmlFor="cardnumber">Card Number: </label>
      <input type="text" onChange={(event) => { setNumber(event.target.value); }} />
      <label htmlFor="notes">Card number</label>
      <input type="text" name="memo" />
      <p id="notes">Shown on the receipt.</p>
    </div>
  );
}
`,
      filename: 'src/components/Addpay.jsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: 'card number (PAN)', replacement: '`<CardNumberElement />` from @stripe/react-stripe-js, or `<PaymentElement />` for the whole card form' }, line: 8, column: 8, endLine: 8, endColumn: 13,
          suggestions: [
            {
              messageId: 'replaceWithElement',
              data: { element: 'input', component: 'CardNumberElement' },
              output: `import { useState } from 'react';
import { CardNumberElement } from '@stripe/react-stripe-js';

export default function Addpay() {
  const [number, setNumber] = useState('');
  return (
    <div>
      <label htmlFor="cardnumber">Card Number: </label>
      <CardNumberElement />
      <label htmlFor="notes">Card number</label>
      <input type="text" name="memo" />
      <p id="notes">Shown on the receipt.</p>
    </div>
  );
}
`,
            },
          ],
        },
      ],
    },
    {
      // Labels that point at ids built from \`useId()\`: the label's \`htmlFor\` and the input's \`id\` read the same
      // never-reassigned binding, so they are one id in every render
      code: USE_ID_CARD_FORM,
      filename: 'src/components/CardDetails.jsx',
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: 'card number (PAN)', replacement: '`<CardNumberElement />` from @stripe/react-stripe-js, or `<PaymentElement />` for the whole card form' }, line: 8, column: 8, endLine: 8, endColumn: 13,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: withElementAfterImports(USE_ID_CARD_FORM, USE_ID_NUMBER_INPUT, '<CardNumberElement id={`${id}-number`} />', 'CardNumberElement') },
            { messageId: 'replaceFormWithPaymentElement', output: USE_ID_WITH_PAYMENT_ELEMENT },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: 'card security code (CVC)', replacement: '`<CardCvcElement />` from @stripe/react-stripe-js, or `<PaymentElement />` for the whole card form' }, line: 10, column: 8, endLine: 10, endColumn: 13,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: withElementAfterImports(USE_ID_CARD_FORM, USE_ID_CVC_INPUT, '<CardCvcElement id={`${id}-cvc`} />', 'CardCvcElement') },
            { messageId: 'replaceFormWithPaymentElement', output: USE_ID_WITH_PAYMENT_ELEMENT },
          ],
        },
      ],
    },
    {
      // Inputs named by nothing but their own label, one around each or one \`htmlFor\` its id (real-world batch DE's gym
      // sign-up): the label names it as an \`aria-label\` would, and the finding is on the tag's name; a label that
      // names a gift card settles its input, and the email input's type says it
      code: GYM_CHECKOUT,
      filename: 'src/components/GymCheckout.jsx',
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: 'card number (PAN)', replacement: '`<CardNumberElement />` from @stripe/react-stripe-js, or `<PaymentElement />` for the whole card form' }, line: 15, column: 10, endLine: 15, endColumn: 15,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: withElementAfterImports(GYM_CHECKOUT, LABELLED_INPUT, '<CardNumberElement className="form-input" />', 'CardNumberElement') },
            { messageId: 'replaceFormWithPaymentElement', output: GYM_WITH_PAYMENT_ELEMENT },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: 'card security code (CVC)', replacement: '`<CardCvcElement />` from @stripe/react-stripe-js, or `<PaymentElement />` for the whole card form' }, line: 18, column: 8, endLine: 18, endColumn: 13,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: withElementAfterImports(GYM_CHECKOUT, GYM_CVC_INPUT, '<CardCvcElement id="checkout-f2" className="form-input" />', 'CardCvcElement') },
            { messageId: 'replaceFormWithPaymentElement', output: GYM_WITH_PAYMENT_ELEMENT },
          ],
        },
      ],
    },
    {
      // A change handler that sets a field of an object nested in the state (real-world batch DE's hotel booking): the
      // CVC input has no other evidence; the cardholder's name is no card data
      code: BOOKING_PAYMENT,
      filename: 'src/components/BookingPayment.jsx',
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: 'card number (PAN)', replacement: '`<CardNumberElement />` from @stripe/react-stripe-js, or `<PaymentElement />` for the whole card form' }, line: 15, column: 9, endLine: 15, endColumn: 42,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: withElementAfterImports(BOOKING_PAYMENT, BOOKING_NUMBER_INPUT, '<CardNumberElement />', 'CardNumberElement') },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: 'card security code (CVC)', replacement: '`<CardCvcElement />` from @stripe/react-stripe-js, or `<PaymentElement />` for the whole card form' }, line: 24, column: 9, endLine: 24, endColumn: 101,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: withElementAfterImports(BOOKING_PAYMENT, BOOKING_CVC_INPUT, '<CardCvcElement />', 'CardCvcElement') },
          ],
        },
      ],
    },
    {
      // Uncontrolled inputs known by the state their change handler sets (real-world batch AU's cinema booking page);
      // a search box's state says nothing
      code: `import React, { useState } from 'react';
import axios from 'axios';

export default function Addpay({ user }) {
  const [cardNumber, setCardNumber] = useState('');
  const [ccv, setCCV] = useState('');
  const [card, setCard] = useState({ holder: '', expiry: '' });
  const [search, setSearch] = useState('');

  const submit = () => axios.post('/api/payment', { number: cardNumber, ccv, userId: user.id });
  return (
    <div>
      <input type="text" onChange={(e) => setCardNumber(e.target.value.replace(/\\s/g, ''))} />
      <input type="password" maxLength={4} onChange={(e) => setCCV(e.target.value)} />
      <input onChange={(e) => setCard({ ...card, expiry: e.target.value })} />
      <input onChange={(e) => setSearch(e.target.value)} />
      <button onClick={submit}>Pay</button>
    </div>
  );
}
`,
      filename: 'src/components/Addpay.jsx',
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 13, column: 26, endLine: 13, endColumn: 92,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: `import React, { useState } from 'react';
import axios from 'axios';
import { CardNumberElement } from '@stripe/react-stripe-js';

export default function Addpay({ user }) {
  const [cardNumber, setCardNumber] = useState('');
  const [ccv, setCCV] = useState('');
  const [card, setCard] = useState({ holder: '', expiry: '' });
  const [search, setSearch] = useState('');

  const submit = () => axios.post('/api/payment', { number: cardNumber, ccv, userId: user.id });
  return (
    <div>
      <CardNumberElement />
      <input type="password" maxLength={4} onChange={(e) => setCCV(e.target.value)} />
      <input onChange={(e) => setCard({ ...card, expiry: e.target.value })} />
      <input onChange={(e) => setSearch(e.target.value)} />
      <button onClick={submit}>Pay</button>
    </div>
  );
}
` }],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 14, column: 44, endLine: 14, endColumn: 84,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: `import React, { useState } from 'react';
import axios from 'axios';
import { CardCvcElement } from '@stripe/react-stripe-js';

export default function Addpay({ user }) {
  const [cardNumber, setCardNumber] = useState('');
  const [ccv, setCCV] = useState('');
  const [card, setCard] = useState({ holder: '', expiry: '' });
  const [search, setSearch] = useState('');

  const submit = () => axios.post('/api/payment', { number: cardNumber, ccv, userId: user.id });
  return (
    <div>
      <input type="text" onChange={(e) => setCardNumber(e.target.value.replace(/\\s/g, ''))} />
      <CardCvcElement />
      <input onChange={(e) => setCard({ ...card, expiry: e.target.value })} />
      <input onChange={(e) => setSearch(e.target.value)} />
      <button onClick={submit}>Pay</button>
    </div>
  );
}
` }],
        },
      ],
    },
    {
      // react-payment-inputs' prop getters set each input's name and autocomplete (real-world batch AY's travel site)
      code: `import React from 'react';
import { PaymentInputsWrapper, usePaymentInputs } from 'react-payment-inputs';
import images from 'react-payment-inputs/images';

export default function PaymentForm({ onChange, onBlur }) {
  const { wrapperProps, getCardImageProps, getCardNumberProps, getExpiryDateProps, getCVCProps } = usePaymentInputs();
  const payment = usePaymentInputs();
  return (
    <PaymentInputsWrapper {...wrapperProps}>
      <svg {...getCardImageProps({ images })} />
      <input {...getCardNumberProps({ onChange, onBlur })} />
      <input {...getExpiryDateProps()} />
      <input {...getCVCProps()} />
      <input {...payment.getZIPProps()} />
    </PaymentInputsWrapper>
  );
}
`,
      filename: 'src/components/PaymentForm.jsx',
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 11, column: 14, endLine: 11, endColumn: 59,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: `import React from 'react';
import { PaymentInputsWrapper, usePaymentInputs } from 'react-payment-inputs';
import images from 'react-payment-inputs/images';
import { CardNumberElement } from '@stripe/react-stripe-js';

export default function PaymentForm({ onChange, onBlur }) {
  const { wrapperProps, getCardImageProps, getCardNumberProps, getExpiryDateProps, getCVCProps } = usePaymentInputs();
  const payment = usePaymentInputs();
  return (
    <PaymentInputsWrapper {...wrapperProps}>
      <svg {...getCardImageProps({ images })} />
      <CardNumberElement />
      <input {...getExpiryDateProps()} />
      <input {...getCVCProps()} />
      <input {...payment.getZIPProps()} />
    </PaymentInputsWrapper>
  );
}
` }],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 13, column: 14, endLine: 13, endColumn: 32,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: `import React from 'react';
import { PaymentInputsWrapper, usePaymentInputs } from 'react-payment-inputs';
import images from 'react-payment-inputs/images';
import { CardCvcElement } from '@stripe/react-stripe-js';

export default function PaymentForm({ onChange, onBlur }) {
  const { wrapperProps, getCardImageProps, getCardNumberProps, getExpiryDateProps, getCVCProps } = usePaymentInputs();
  const payment = usePaymentInputs();
  return (
    <PaymentInputsWrapper {...wrapperProps}>
      <svg {...getCardImageProps({ images })} />
      <input {...getCardNumberProps({ onChange, onBlur })} />
      <input {...getExpiryDateProps()} />
      <CardCvcElement />
      <input {...payment.getZIPProps()} />
    </PaymentInputsWrapper>
  );
}
` }],
        },
      ],
    },
    {
      // Cleave.js's React input (real-world batch HC) renders a native input with its props, and its card-number mask
      // names the field (also held in a const); a Laravel Breeze page's \`TextInput\` (batch HD) is the app's own input;
      // other masks and an email field are not card fields
      code: `import Cleave from 'cleave.js/react';
import TextInput from '@/Components/TextInput';

const phoneOptions = { phone: true, phoneRegionCode: 'US' };
const cardOptions = { creditCard: true, onCreditCardTypeChanged: (type) => console.log(type) };

export default function CardPayment({ data, setData }) {
  return (
    <div>
      <Cleave className='form-control' placeholder='2133 3244 4567 8921' options={cardOptions} onChange={(e) => setData('card', e.target.rawValue)} />
      <Cleave className='form-control' options={{ creditCard: false, blocks: [4, 4] }} name='voucher' />
      <Cleave className='form-control' options={phoneOptions} name='phone' />
      <TextInput id='cvv' value={data.cvv} onChange={(e) => setData('cvv', e.target.value)} />
      <TextInput id='email' type='email' value={data.email} />
    </div>
  );
}
`,
      filename: 'resources/js/Components/CardPayment.jsx',
      languageOptions: jsx,
      output: null,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'Cleave', field: PAN, replacement: NUMBER_ELEMENT }, line: 10, column: 74, endLine: 10, endColumn: 95, suggestions: [{ messageId: 'replaceWithElement', data: {"element":"Cleave","component":"CardNumberElement"}, output: `import Cleave from 'cleave.js/react';
import TextInput from '@/Components/TextInput';
import { CardNumberElement } from '@stripe/react-stripe-js';

const phoneOptions = { phone: true, phoneRegionCode: 'US' };
const cardOptions = { creditCard: true, onCreditCardTypeChanged: (type) => console.log(type) };

export default function CardPayment({ data, setData }) {
  return (
    <div>
      <CardNumberElement className='form-control' />
      <Cleave className='form-control' options={{ creditCard: false, blocks: [4, 4] }} name='voucher' />
      <Cleave className='form-control' options={phoneOptions} name='phone' />
      <TextInput id='cvv' value={data.cvv} onChange={(e) => setData('cvv', e.target.value)} />
      <TextInput id='email' type='email' value={data.email} />
    </div>
  );
}
` }] },
        { messageId: 'rawCardInput', data: { element: 'TextInput', field: CVC, replacement: CVC_ELEMENT }, line: 13, column: 18, endLine: 13, endColumn: 26, suggestions: [{ messageId: 'replaceWithElement', data: {"element":"TextInput","component":"CardCvcElement"}, output: `import Cleave from 'cleave.js/react';
import TextInput from '@/Components/TextInput';
import { CardCvcElement } from '@stripe/react-stripe-js';

const phoneOptions = { phone: true, phoneRegionCode: 'US' };
const cardOptions = { creditCard: true, onCreditCardTypeChanged: (type) => console.log(type) };

export default function CardPayment({ data, setData }) {
  return (
    <div>
      <Cleave className='form-control' placeholder='2133 3244 4567 8921' options={cardOptions} onChange={(e) => setData('card', e.target.rawValue)} />
      <Cleave className='form-control' options={{ creditCard: false, blocks: [4, 4] }} name='voucher' />
      <Cleave className='form-control' options={phoneOptions} name='phone' />
      <CardCvcElement id='cvv' />
      <TextInput id='email' type='email' value={data.email} />
    </div>
  );
}
` }] },
      ],
    },
    {
      // Input-mask components render a native input with their props (real-world batch AY); a phone mask is no card field
      code: `import React from 'react';
import InputMask from 'react-input-mask';
import MaskedInput from 'react-text-mask';
import { IMaskInput } from 'react-imask';

type Props = { value: string; onChange: (value: string) => void };

export function CardNumberMask({ value, onChange }: Props) {
  return <InputMask name="cardNumber" mask="9999 9999 9999 9999" value={value} onChange={(e) => onChange(e.target.value)} />;
}

export function CvcMask({ value, onChange }: Props) {
  return <MaskedInput mask={[/\\d/, /\\d/, /\\d/]} placeholder="CVC" value={value} onChange={(e) => onChange(e.target.value)} />;
}

export function PhoneMask({ value, onChange }: Props) {
  return <IMaskInput mask="+{1} (000) 000-0000" name="phone" value={value} onAccept={(v: string) => onChange(v)} />;
}
`,
      filename: 'src/components/CardNumberMask/index.tsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'InputMask', field: PAN, replacement: NUMBER_ELEMENT }, line: 9, column: 21, endLine: 9, endColumn: 38,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'InputMask', component: 'CardNumberElement' }, output: `import React from 'react';
import InputMask from 'react-input-mask';
import MaskedInput from 'react-text-mask';
import { IMaskInput } from 'react-imask';
import { CardNumberElement } from '@stripe/react-stripe-js';

type Props = { value: string; onChange: (value: string) => void };

export function CardNumberMask({ value, onChange }: Props) {
  return <CardNumberElement />;
}

export function CvcMask({ value, onChange }: Props) {
  return <MaskedInput mask={[/\\d/, /\\d/, /\\d/]} placeholder="CVC" value={value} onChange={(e) => onChange(e.target.value)} />;
}

export function PhoneMask({ value, onChange }: Props) {
  return <IMaskInput mask="+{1} (000) 000-0000" name="phone" value={value} onAccept={(v: string) => onChange(v)} />;
}
` }],
        },
        {
          messageId: 'rawCardInput', data: { element: 'MaskedInput', field: CVC, replacement: CVC_ELEMENT }, line: 13, column: 49, endLine: 13, endColumn: 66,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'MaskedInput', component: 'CardCvcElement' }, output: `import React from 'react';
import InputMask from 'react-input-mask';
import MaskedInput from 'react-text-mask';
import { IMaskInput } from 'react-imask';
import { CardCvcElement } from '@stripe/react-stripe-js';

type Props = { value: string; onChange: (value: string) => void };

export function CardNumberMask({ value, onChange }: Props) {
  return <InputMask name="cardNumber" mask="9999 9999 9999 9999" value={value} onChange={(e) => onChange(e.target.value)} />;
}

export function CvcMask({ value, onChange }: Props) {
  return <CardCvcElement />;
}

export function PhoneMask({ value, onChange }: Props) {
  return <IMaskInput mask="+{1} (000) 000-0000" name="phone" value={value} onAccept={(v: string) => onChange(v)} />;
}
` }],
        },
      ],
    },
    {
      // Ant Design's Form.Item names the one input inside it (real-world batch AY), with the input components of
      // \`strict\`: a name or a name path; a coupon field says nothing
      code: `import React from 'react';
import { Form, Input, Button } from 'antd';

export default function CreditCardInputFields({ onFinish }) {
  return (
    <Form layout="vertical" onFinish={onFinish}>
      <Form.Item name="cardHolder" label="Name on card">
        <Input />
      </Form.Item>
      <Form.Item name="cvv" label="CVV" rules={[{ required: true }]}>
        <Input maxLength={4} />
      </Form.Item>
      <Form.Item name={['card', 'number']} label="Card number">
        <Input />
      </Form.Item>
      <Form.Item name="coupon">
        <Input placeholder="Coupon" />
      </Form.Item>
      <Button htmlType="submit">Pay</Button>
    </Form>
  );
}
`,
      filename: 'src/components/CreditCardInputFields.jsx',
      languageOptions: jsx,
      options: [{ inputComponents: ['Input'] }],
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'Input', field: CVC, replacement: CVC_ELEMENT }, line: 11, column: 10, endLine: 11, endColumn: 15,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'Input', component: 'CardCvcElement' }, output: `import React from 'react';
import { Form, Input, Button } from 'antd';
import { CardCvcElement } from '@stripe/react-stripe-js';

export default function CreditCardInputFields({ onFinish }) {
  return (
    <Form layout="vertical" onFinish={onFinish}>
      <Form.Item name="cardHolder" label="Name on card">
        <Input />
      </Form.Item>
      <Form.Item name="cvv" label="CVV" rules={[{ required: true }]}>
        <CardCvcElement />
      </Form.Item>
      <Form.Item name={['card', 'number']} label="Card number">
        <Input />
      </Form.Item>
      <Form.Item name="coupon">
        <Input placeholder="Coupon" />
      </Form.Item>
      <Button htmlType="submit">Pay</Button>
    </Form>
  );
}
` }],
        },
        {
          messageId: 'rawCardInput', data: { element: 'Input', field: PAN, replacement: NUMBER_ELEMENT }, line: 14, column: 10, endLine: 14, endColumn: 15,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'Input', component: 'CardNumberElement' }, output: `import React from 'react';
import { Form, Input, Button } from 'antd';
import { CardNumberElement } from '@stripe/react-stripe-js';

export default function CreditCardInputFields({ onFinish }) {
  return (
    <Form layout="vertical" onFinish={onFinish}>
      <Form.Item name="cardHolder" label="Name on card">
        <Input />
      </Form.Item>
      <Form.Item name="cvv" label="CVV" rules={[{ required: true }]}>
        <Input maxLength={4} />
      </Form.Item>
      <Form.Item name={['card', 'number']} label="Card number">
        <CardNumberElement />
      </Form.Item>
      <Form.Item name="coupon">
        <Input placeholder="Coupon" />
      </Form.Item>
      <Button htmlType="submit">Pay</Button>
    </Form>
  );
}
` }],
        },
      ],
    },
    {
      // react-credit-card-input, the web package: its default export renders the card inputs (real-world batch AU); a
      // component of the same name from the app's own module is not known
      code: `import React, { useState } from 'react';
import CreditCardInput from 'react-credit-card-input';
import { CreditCardInput as OwnCardSummary } from './components/CreditCardInput';

export default function Payment({ onPay }) {
  const [card, setCard] = useState({ number: '', expiry: '', cvc: '' });
  return (
    <form onSubmit={() => onPay(card)}>
      <CreditCardInput
        cardNumberInputProps={{ value: card.number, onChange: (e) => setCard({ ...card, number: e.target.value }) }}
        cardExpiryInputProps={{ value: card.expiry, onChange: (e) => setCard({ ...card, expiry: e.target.value }) }}
        cardCVCInputProps={{ value: card.cvc, onChange: (e) => setCard({ ...card, cvc: e.target.value }) }}
        fieldClassName="input"
      />
      <OwnCardSummary card={card} />
    </form>
  );
}
`,
      filename: 'components/checkout/Payment.jsx',
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput',
          data: {
            element: 'CreditCardInput',
            field: `${PAN} and ${CVC}`,
            replacement: 'render `<PaymentElement />` (or `<CardElement />`) from @stripe/react-stripe-js inside `<Elements>` in its place',
          },
          line: 9,
          column: 8,
          endLine: 9,
          endColumn: 23,
        },
      ],
    },
    {
      // react-native-masked-text's TextInputMask masked as a card number (real-world batch AM); other masks are not
      code: `import React from 'react';
import { TextInputMask } from 'react-native-masked-text';

export function CreditCardNumber({ value, onChange }) {
  return (
    <>
      <TextInputMask type="credit-card" options={{ obfuscated: false }} value={value} onChangeText={onChange} />
      <TextInputMask type="cel-phone" value={value} onChangeText={onChange} />
    </>
  );
}
`,
      filename: 'src/components/CreditCardNumber.js',
      languageOptions: jsx,
      output: null,
      errors: [{ messageId: 'rawCardInputNative', data: { element: 'TextInputMask', field: PAN }, line: 7, column: 22, endLine: 7, endColumn: 40 }],
    },
    {
      // Formik's Field / FastField render an <input> (real-world batch AM); one told to render a select, a component or
      // a render function, and another module's Field, are not judged
      code: `import { Formik, Form, Field, FastField } from 'formik';
import { Field as OwnField } from './fields';

export const SaveCard = ({ onSave }) => (
  <Formik initialValues={{ cardNumber: '', cvv: '', brand: '' }} onSubmit={onSave}>
    <Form>
      <Field name="cardNumber" placeholder="Card number" />
      <FastField name="cvv" />
      <Field name="brand" as="select" />
      <Field name="cvv" component={MaskedCvc} />
      <Field name="cardNumber">{({ field }) => <MaskedNumber {...field} />}</Field>
      <OwnField name="cvv" />
    </Form>
  </Formik>
);
`,
      filename: 'src/SaveCard.jsx',
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'Field', field: PAN, replacement: NUMBER_ELEMENT }, line: 7, column: 14, endLine: 7, endColumn: 31,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'Field', component: 'CardNumberElement' }, output: `import { Formik, Form, Field, FastField } from 'formik';
import { Field as OwnField } from './fields';
import { CardNumberElement } from '@stripe/react-stripe-js';

export const SaveCard = ({ onSave }) => (
  <Formik initialValues={{ cardNumber: '', cvv: '', brand: '' }} onSubmit={onSave}>
    <Form>
      <CardNumberElement />
      <FastField name="cvv" />
      <Field name="brand" as="select" />
      <Field name="cvv" component={MaskedCvc} />
      <Field name="cardNumber">{({ field }) => <MaskedNumber {...field} />}</Field>
      <OwnField name="cvv" />
    </Form>
  </Formik>
);
` },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'FastField', field: CVC, replacement: CVC_ELEMENT }, line: 8, column: 18, endLine: 8, endColumn: 28,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'FastField', component: 'CardCvcElement' }, output: `import { Formik, Form, Field, FastField } from 'formik';
import { Field as OwnField } from './fields';
import { CardCvcElement } from '@stripe/react-stripe-js';

export const SaveCard = ({ onSave }) => (
  <Formik initialValues={{ cardNumber: '', cvv: '', brand: '' }} onSubmit={onSave}>
    <Form>
      <Field name="cardNumber" placeholder="Card number" />
      <CardCvcElement />
      <Field name="brand" as="select" />
      <Field name="cvv" component={MaskedCvc} />
      <Field name="cardNumber">{({ field }) => <MaskedNumber {...field} />}</Field>
      <OwnField name="cvv" />
    </Form>
  </Formik>
);
` },
          ],
        },
      ],
    },
    {
      // redux-form's Field renders what its \`component\` names: an <input> for component="input" (real-world batch 82). One
      // that renders a component of the app's (\`renderField\`: limitation, the component is not followed) or names no
      // component (redux-form renders nothing without one) is not judged.
      code: REDUX_CARD_FORM,
      filename: 'src/components/CardForm.jsx',
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'Field', field: PAN, replacement: NUMBER_ELEMENT }, line: 6, column: 12, endLine: 6, endColumn: 29,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'Field', component: 'CardNumberElement' }, output: withElementAfterImports(REDUX_CARD_FORM, '<Field name="cardNumber" type="tel" component="input" placeholder="Card number" />', '<CardNumberElement />', 'CardNumberElement') },
          ],
        },
      ],
    },
    {
      // React Final Form's Field with component="input" (its \`render\` prop renders something else: not judged).
      code: FINAL_FORM_CVC_STEP,
      filename: 'src/checkout/CvcStep.jsx',
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'Field', field: CVC, replacement: CVC_ELEMENT }, line: 8, column: 16, endLine: 8, endColumn: 26,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'Field', component: 'CardCvcElement' }, output: withElementAfterImports(FINAL_FORM_CVC_STEP, '<Field name="cvc" component="input" maxLength={4} />', '<CardCvcElement />', 'CardCvcElement') },
          ],
        },
      ],
    },
    {
      // A CVC known by its card form (real-world batch 82): \`id="securityCode"\` names no card field alone, but beside an
      // input named a card number it is the card's security code. Nothing else is taken from the form: the \`number\`
      // beside it (a street number) and a promo code are not judged, nor a security code in a form without a card number.
      code: ADD_CARD_PAGE,
      filename: 'src/app/add-card/page.jsx',
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 13, column: 26, endLine: 13, endColumn: 41,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: withElementAfterImports(ADD_CARD_PAGE, ADD_CARD_NUMBER, '<CardNumberElement id="cardNumber" />', 'CardNumberElement') },
            { messageId: 'replaceFormWithPaymentElement', output: ADD_CARD_PAGE_WITH_PAYMENT_ELEMENT },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 14, column: 26, endLine: 14, endColumn: 43,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: withElementAfterImports(ADD_CARD_PAGE, ADD_CARD_CVC, '<CardCvcElement id="securityCode" />', 'CardCvcElement') },
            { messageId: 'replaceFormWithPaymentElement', output: ADD_CARD_PAGE_WITH_PAYMENT_ELEMENT },
          ],
        },
      ],
    },
    {
      // Codes that sit in card forms without being the card's (precision probe of the card-form reading): an SMS
      // verification code and a captcha are not read as CVCs beside a card number.
      code: BIND_CARD_FORM,
      filename: 'src/BindCard.jsx',
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 4, column: 14, endLine: 4, endColumn: 31,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: withElementImported(BIND_CARD_FORM, '<input name="cardNumber" autoComplete="off" />', 'CardNumberElement') }],
        },
      ],
    },
    {
      // A form component is a card form too: Formik's <Form> holding a card number makes \`securityCode\` its CVC.
      code: FORMIK_CARD_DETAILS,
      filename: 'src/CardDetails.jsx',
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'Field', field: PAN, replacement: NUMBER_ELEMENT }, line: 6, column: 14, endLine: 6, endColumn: 31,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'Field', component: 'CardNumberElement' }, output: withElementAfterImports(FORMIK_CARD_DETAILS, '<Field name="cardNumber" placeholder="Card number" />', '<CardNumberElement />', 'CardNumberElement') }],
        },
        {
          messageId: 'rawCardInput', data: { element: 'Field', field: CVC, replacement: CVC_ELEMENT }, line: 7, column: 14, endLine: 7, endColumn: 33,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'Field', component: 'CardCvcElement' }, output: withElementAfterImports(FORMIK_CARD_DETAILS, '<Field name="securityCode" maxLength={4} />', '<CardCvcElement />', 'CardCvcElement') }],
        },
      ],
    },
    {
      // React Native's own TextInput, by its import (also aliased): a card number and CVC typed into the app's fields
      // (real-world batch AK); the name field, another package's TextInput and a local one are not judged here, and a
      // field whose placeholder names another kind of card is that card's (precision batch AL)
      code: `import React, { useState } from 'react';
import { TextInput, View } from 'react-native';
import { TextInput as NativeField } from 'react-native';
import { TextInput as PaperInput } from 'react-native-paper';
import TextInputLocal from './TextInput';

export function SaveCardScreen({ onSave }) {
  const [cardNumber, setCardNumber] = useState('');
  const [cvv, setCvv] = useState('');
  const [name, setName] = useState('');
  return (
    <View>
      <TextInput value={cardNumber} onChangeText={setCardNumber} keyboardType="number-pad" />
      <NativeField placeholder="CVV" value={cvv} onChangeText={setCvv} secureTextEntry />
      <TextInput value={name} onChangeText={setName} placeholder="Name" />
      <PaperInput value={cardNumber} onChangeText={setCardNumber} />
      <TextInputLocal value={cvv} onChangeText={setCvv} />
      <TextInput placeholder="Gift card number" value={cardNumber} onChangeText={setCardNumber} />
    </View>
  );
}
`,
      filename: 'src/screens/SaveCardScreen.jsx',
      output: null,
      errors: [
        { messageId: 'rawCardInputNative', data: { element: 'TextInput', field: PAN }, line: 13, column: 18, endLine: 13, endColumn: 36 },
        { messageId: 'rawCardInputNative', data: { element: 'TextInput', field: CVC }, line: 14, column: 20, endLine: 14, endColumn: 37 },
      ],
    },
    {
      // A web component of the app named TextInput, configured as an input component: the web advice, not React
      // Native's (real-world batch BJ's Terminal demo)
      code: `import TextInput from '../components/TextInput/TextInput';

export function PayForm({ value, onChange }) {
  return <TextInput aria-label="Card number" value={value} onChange={onChange} />;
}
`,
      filename: 'src/Forms/PayForm.jsx',
      options: [{ inputComponents: ['TextInput'] }],
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'TextInput', field: PAN, replacement: NUMBER_ELEMENT }, line: 4, column: 21, endLine: 4, endColumn: 45,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'TextInput', component: 'CardNumberElement' }, output: `import TextInput from '../components/TextInput/TextInput';
import { CardNumberElement } from '@stripe/react-stripe-js';

export function PayForm({ value, onChange }) {
  return <CardNumberElement />;
}
` },
          ],
        },
      ],
    },
    {
      // Stripe React Native's CardField / CardForm told to hand the full card to JavaScript (stripe-facts §1.6; real-world
      // batch N), also under an alias and through a const; \`={false}\` and another module's CardField are not
      code: RN_PAYMENT_SCREEN,
      filename: 'src/screens/PaymentScreen.tsx',
      output: null,
      errors: [
        {
          messageId: 'fullCardDetails',
          data: { component: 'CardField' },
          line: 12,
          column: 44,
          endLine: 12,
          endColumn: 73,
          suggestions: [{ messageId: 'removeFullCardDetails', output: RN_PAYMENT_SCREEN.replace('<CardField postalCodeEnabled={false} dangerouslyGetFullCardDetails onCardChange', '<CardField postalCodeEnabled={false} onCardChange') }],
        },
        {
          messageId: 'fullCardDetails',
          data: { component: 'CardForm' },
          line: 13,
          column: 17,
          endLine: 13,
          endColumn: 53,
          suggestions: [{ messageId: 'removeFullCardDetails', output: RN_PAYMENT_SCREEN.replace('<CardForm dangerouslyGetFullCardDetails={full} onFormComplete', '<CardForm onFormComplete') }],
        },
        {
          messageId: 'fullCardDetails',
          data: { component: 'CardField' },
          line: 16,
          column: 24,
          endLine: 16,
          endColumn: 60,
          suggestions: [{ messageId: 'removeFullCardDetails', output: RN_PAYMENT_SCREEN.replace('<StripeCardField dangerouslyGetFullCardDetails={true} />', '<StripeCardField />') }],
        },
      ],
    },
    {
      // A class component whose inputs are bound to \`this.state\` / \`this.props.state\` (real-world batch N): the path's
      // last name decides, the holders before it (\`state\`) say nothing; \`cardState\` is a status
      code: PAYMENT_FORM,
      filename: 'src/components/PaymentForm.jsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 9, column: 27, endLine: 9, endColumn: 56,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: withElementImport(PAYMENT_FORM, 'CardNumberElement', '<input type="tel" value={this.state.cardNumber} onChange={(e) => this.setState({ cardNumber: e.target.value })} />') }],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 10, column: 27, endLine: 10, endColumn: 60,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: withElementImport(PAYMENT_FORM, 'CardCvcElement', '<input type="tel" value={this.props.state.card.cvv} onChange={this.props.onCvv} />') }],
        },
      ],
    },
    {
      // An input named only by its class, as hand-written Stripe.js v2 forms do; a cardholder class says nothing
      code: `export function LegacyCardForm({ onSubmit }) {
  return (
    <form onSubmit={onSubmit}>
      <input type="text" className="form-control card-number" size={20} />
      <input type="text" className="form-control card-holder" />
    </form>
  );
}
`,
      filename: 'src/components/LegacyCardForm.jsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 4, column: 26, endLine: 4, endColumn: 62,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: `import { CardNumberElement } from '@stripe/react-stripe-js';
export function LegacyCardForm({ onSubmit }) {
  return (
    <form onSubmit={onSubmit}>
      <CardNumberElement className="form-control card-number" />
      <input type="text" className="form-control card-holder" />
    </form>
  );
}
` }],
        },
      ],
    },
    {
      // A Lit template is one form: its card number gives the security code beside it its card (real-world batches DO,
      // DQ: a Vaadin checkout view); a promo code and a zip code are no card's
      code: `import { html, LitElement } from 'lit';
import '@vaadin/text-field';

export class PaymentView extends LitElement {
  render() {
    return html\`
      <h3>Payment</h3>
      <vaadin-text-field label="Card number"></vaadin-text-field>
      <vaadin-text-field label="Security code"></vaadin-text-field>
      <vaadin-text-field label="Promo code"></vaadin-text-field>
      <vaadin-text-field label="Zip code"></vaadin-text-field>
    \`;
  }
}
`,
      filename: 'src/views/payment-view.ts',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput',
          data: { element: 'vaadin-text-field', field: PAN, replacement: "mount \`elements.create('cardNumber')\`, or the Payment Element \`elements.create('payment')\`, in place of the input" },
          line: 8,
          column: 26,
          endLine: 8,
          endColumn: 45,
          suggestions: [],
        },
        {
          messageId: 'rawCardInput',
          data: { element: 'vaadin-text-field', field: CVC, replacement: "mount \`elements.create('cardCvc')\`, or the Payment Element \`elements.create('payment')\`, in place of the input" },
          line: 9,
          column: 26,
          endLine: 9,
          endColumn: 47,
          suggestions: [],
        },
      ],
    },
    {
      // A Lit template's fields after an escape (\`pattern="[\\d ]*"\`) are reported where they are written, an
      // escaped character at its escape (real-world batch DQ: a Vaadin checkout view)
      code: `import { html, LitElement } from 'lit';

export class CheckoutFormView extends LitElement {
  render() {
    return html\`
      <vaadin-text-field label="Name" pattern="[\\\\p{L} ]+"></vaadin-text-field>
      <vaadin-text-field
        label="Card number"
        pattern="[\\\\d ]*"
      ></vaadin-text-field>
      <input name="cvc" placeholder="\\u0043VC">
    \`;
  }
}
`,
      filename: 'src/views/checkout-form-view.ts',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput',
          data: { element: 'vaadin-text-field', field: PAN, replacement: "mount \`elements.create('cardNumber')\`, or the Payment Element \`elements.create('payment')\`, in place of the input" },
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 28,
          suggestions: [],
        },
        {
          messageId: 'rawCardInput',
          data: { element: 'input', field: CVC, replacement: "mount \`elements.create('cardCvc')\`, or the Payment Element \`elements.create('payment')\`, in place of the input" },
          line: 11,
          column: 14,
          endLine: 11,
          endColumn: 24,
          suggestions: [],
        },
      ],
    },
    {
      // Web components' text fields wrap a native input and show a \`label\` (real-world batch DJ: a Vaadin card view);
      // the cardholder's name and a search box are not card data
      code: `import { html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import '@vaadin/text-field';

@customElement('credit-card-view')
export class CreditCardView extends LitElement {
  @state() private holder = '';

  render() {
    return html\`
      <vaadin-text-field label="Credit card number" .value=\${this.holder}></vaadin-text-field>
      <vaadin-text-field label="Cardholder name"></vaadin-text-field>
      <vaadin-password-field label="CSC"></vaadin-password-field>
      <sl-input label="Search" type="search"></sl-input>
    \`;
  }
}
`,
      filename: 'src/views/credit-card-view.ts',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput',
          data: { element: 'vaadin-text-field', field: PAN, replacement: "mount \`elements.create('cardNumber')\`, or the Payment Element \`elements.create('payment')\`, in place of the input" },
          line: 11,
          column: 26,
          endLine: 11,
          endColumn: 52,
          suggestions: [],
        },
        {
          messageId: 'rawCardInput',
          data: { element: 'vaadin-password-field', field: CVC, replacement: "mount \`elements.create('cardCvc')\`, or the Payment Element \`elements.create('payment')\`, in place of the input" },
          line: 13,
          column: 30,
          endLine: 13,
          endColumn: 41,
          suggestions: [],
        },
      ],
    },
    {
      // A Lit web component with its own card inputs: \`html\` from lit renders its template as HTML (a name written by
      // a hole is unknown, the placeholder still says CVC); the email input is not card data
      code: `import { LitElement, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';

@customElement('card-form')
export class CardForm extends LitElement {
  @state() private cvc = '';
  @state() private number = '';
  render() {
    return html\`
      <form @submit=\${this.pay}>
        <input name="cardNumber" inputmode="numeric" .value=\${this.number} @input=\${this.onNumber} />
        <input name="\${this.fieldName}" placeholder="CVC" @input=\${(e: Event) => (this.cvc = (e.target as HTMLInputElement).value)} />
        <input name="email" type="email" />
      </form>\`;
  }
}
`,
      filename: 'src/components/card-form.ts',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput',
          data: {
            element: 'input',
            field: 'card number (PAN)',
            replacement: "mount \`elements.create('cardNumber')\`, or the Payment Element \`elements.create('payment')\`, in place of the input",
          },
          line: 11,
          column: 16,
          endLine: 11,
          endColumn: 33,
          suggestions: [],
        },
        {
          messageId: 'rawCardInput',
          data: {
            element: 'input',
            field: 'card security code (CVC)',
            replacement: "mount \`elements.create('cardCvc')\`, or the Payment Element \`elements.create('payment')\`, in place of the input",
          },
          line: 12,
          column: 41,
          endLine: 12,
          endColumn: 58,
          suggestions: [],
        },
      ],
    },
    {
      // Ionic Angular component with an inline template: \`<ion-input>\` bound to the card's CVC (real-world batch J)
      code: `import { Component } from '@angular/core';
@Component({
  selector: 'app-pay',
  template: \`<ion-item><ion-input type="tel" [(ngModel)]="card.cvc"></ion-input></ion-item>\`,
})
export class PayPage { card = { cvc: '' }; }
`,
      filename: 'src/app/pay/pay.page.ts',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput',
          data: {
            element: 'ion-input',
            field: 'card security code (CVC)',
            replacement: "mount \`elements.create('cardCvc')\`, or the Payment Element \`elements.create('payment')\`, in place of the input",
          },
          line: 4,
          column: 46,
          endLine: 4,
          endColumn: 68,
          suggestions: [],
        },
      ],
    },
    {
      // Controlled inputs whose value is guarded or given a fallback (\`info && info.cardnumber\`, \`form.cvc || ''\`)
      // show the same field (real-world batch AN)
      code: `export function PaymentInfo({ info, form, onChange }) {
  return (
    <div className="payment-info">
      <input name="number" value={info && info.cardnumber} onChange={onChange} />
      <input name="code" value={form.cvc || ''} onChange={onChange} />
    </div>
  );
}
`,
      filename: 'src/components/PaymentInfo.jsx',
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 4, column: 28, endLine: 4, endColumn: 59,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: `import { CardNumberElement } from '@stripe/react-stripe-js';
export function PaymentInfo({ info, form, onChange }) {
  return (
    <div className="payment-info">
      <CardNumberElement />
      <input name="code" value={form.cvc || ''} onChange={onChange} />
    </div>
  );
}
` }],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 5, column: 26, endLine: 5, endColumn: 48,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: `import { CardCvcElement } from '@stripe/react-stripe-js';
export function PaymentInfo({ info, form, onChange }) {
  return (
    <div className="payment-info">
      <input name="number" value={info && info.cardnumber} onChange={onChange} />
      <CardCvcElement />
    </div>
  );
}
` }],
        },
      ],
    },
    {
      // A React controlled input bound to the card's CVV (`value={cardDetails.cvv}`), as `v-model` binds one: the
      // field's own attributes say only `password` and `123` (real-world batch H)
      code: `import { useState } from 'react';

export default function AddCard({ onSave }) {
  const [cardDetails, setCardDetails] = useState({ holder: '', expiry: '', cvv: '' });
  return (
    <form onSubmit={() => onSave(cardDetails)}>
      <label className="form-label">CVV</label>
      <input
        type="password"
        className="form-control"
        maxLength="3"
        placeholder="123"
        value={cardDetails.cvv}
        onChange={(e) => setCardDetails({ ...cardDetails, cvv: e.target.value })}
      />
      <input type="text" className="form-control" value={cardDetails.holder} onChange={(e) => setCardDetails({ ...cardDetails, holder: e.target.value })} />
    </form>
  );
}
`,
      filename: 'src/pages/Wallet.jsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 13, column: 9, endLine: 13, endColumn: 32,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: `import { useState } from 'react';
import { CardCvcElement } from '@stripe/react-stripe-js';

export default function AddCard({ onSave }) {
  const [cardDetails, setCardDetails] = useState({ holder: '', expiry: '', cvv: '' });
  return (
    <form onSubmit={() => onSave(cardDetails)}>
      <label className="form-label">CVV</label>
      <CardCvcElement className="form-control" />
      <input type="text" className="form-control" value={cardDetails.holder} onChange={(e) => setCardDetails({ ...cardDetails, holder: e.target.value })} />
    </form>
  );
}
` }],
        },
      ],
    },
    {
      // HTML strings the page renders: a Stripe.js v2 era form built with innerHTML (the commented-out input is skipped;
      // the CVC input's hole comes after its name, which the browser keeps; the expiry's name is a hole)
      code: `// Builds the card form of the old checkout page (Stripe.js v2 era).
function renderCardForm(container, fields) {
  container.innerHTML = \`
    <form id="payment-form" action="/charge" method="POST">
      <!-- <input name="card_number_old"> -->
      <label>Card number <input type="text" size="20" data-stripe="number"></label>
      <label>CVC <input type="text" size="4" name="cvc" \${fields.cvcAttrs}></label>
      <label>Expiry <input type="text" name="\${fields.expiry}" placeholder="MM / YY"></label>
      <button type="submit">Pay</button>
    </form>\`;
  document.body.insertAdjacentHTML('beforeend', '<input type="hidden" name="stripeToken">');
}
`,
      filename: 'checkout.js',
      output: null,
      errors: [
        { messageId: 'cardInputReadInPage', data: { element: 'input', field: PAN, library: 'Stripe.js v2', replacement: MOUNT_NUMBER }, line: 6, column: 55, endLine: 6, endColumn: 75 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: MOUNT_CVC }, line: 7, column: 46, endLine: 7, endColumn: 56 },
      ],
    },
    {
      // The labels of an HTML string, as a page's (probe 302): one for another kind of card (by \`for\`, or around the input)
      // settles it; one whose \`for\` is a hole names no input; a card number's label gives an unnamed input its wording
      code: `function showGiftCard(v) {
  $('#gift').append('<label for="gc_num">Gift card number</label>' +
    '<input type="text" id="gc_num" name="card_number" value="' + v + '">');
  $('#lib').html('<label>Library card <input type="text" name="card_number"></label>');
  $('#pay').html('<label for="pan">Card number</label><input type="text" id="pan" name="pan">' + '<label for="' + id + '">Gift card</label><input id="cc" name="card_number">');
  el.innerHTML = '<label for="num">Card number</label><input type="text" id="num">';
}
`,
      filename: 'js/gift.js',
      output: null,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: MOUNT_NUMBER }, line: 5, column: 55, endLine: 5, endColumn: 61 },
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: MOUNT_NUMBER }, line: 5, column: 155, endLine: 5, endColumn: 173 },
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: MOUNT_NUMBER }, line: 6, column: 55, endLine: 6, endColumn: 61 },
      ],
    },
    {
      // A demo card form written with innerHTML, each input after a label without \`for\` (real-world batch 330), as in a page
      code: `export function showCardForm(planType, price) {
  const cardForm = document.createElement('div');
  cardForm.className = 'card-form-overlay';
  cardForm.innerHTML = \`
    <form id="demo-card-form">
      <div class="form-group">
        <label>Card Number</label>
        <input type="text" maxlength="19">
      </div>
      <div class="form-group">
        <label>CVC</label>
        <input type="text" maxlength="4">
      </div>
      <button type="button" onclick="paymentDemo.completePayment('\${planType}', \${price})">Pay</button>
    </form>\`;
  document.body.appendChild(cardForm);
}
`,
      filename: 'js/payment-demo.js',
      output: null,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: MOUNT_NUMBER }, line: 8, column: 9, endLine: 8, endColumn: 15 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: MOUNT_CVC }, line: 12, column: 9, endLine: 12, endColumn: 15 },
      ],
    },
    {
      // AngularJS's inline templates (real-world batch 297): a directive's definition, its template concatenated, and a
      // component's (a gift card's number is no payment card's)
      code: `angular.module('checkout').directive('cardFields', function () {
  return {
    restrict: 'E',
    scope: { card: '=' },
    template:
      '<div class="card-fields">' +
      '<input type="text" name="cardNumber" ng-model="card.number" placeholder="Card number">' +
      '<input type="text" name="cvc" ng-model="card.cvc" maxlength="4">' +
      '</div>',
  };
});

angular.module('checkout').component('giftCardFields', {
  template: '<input type="text" name="giftCardNumber" ng-model="\$ctrl.code">',
});
`,
      filename: 'js/directives/card-fields.js',
      output: null,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: MOUNT_NUMBER }, line: 7, column: 27, endLine: 7, endColumn: 44 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: MOUNT_CVC }, line: 8, column: 27, endLine: 8, endColumn: 37 },
      ],
    },
    {
      // HTML built by concatenation (real-world batch 297: jQuery-era shops and AngularJS directives): each operand that
      // is no string is a hole, as a template's is (the security code's name is one: its label, written right before it,
      // names it; real-world batch 330)
      code: `// The old checkout's card step, built by string concatenation (jQuery 1.x era)
function renderCardStep($container, order) {
  var html = '<div class="card-step">' +
    '<label for="cc-number">Card number</label>' +
    '<input type="text" id="cc-number" name="card_number" maxlength="19">' +
    '<label>Security code</label><input type="text" name="' + order.cvcField + '" size="4">' +
    '<input type="hidden" name="amount" value="' + order.total + '">' +
    '</div>';
  $('#payment').html(html);
  document.getElementById('extra').innerHTML = '<input type="text" name="cc_' + 'cvv' + '" size="4">';
}
`,
      filename: 'js/checkout.js',
      output: null,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: MOUNT_NUMBER }, line: 5, column: 40, endLine: 5, endColumn: 58 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: MOUNT_CVC }, line: 6, column: 34, endLine: 6, endColumn: 40 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: MOUNT_CVC }, line: 10, column: 68, endLine: 10, endColumn: 91 },
      ],
    },
    {
      // HTML strings that jQuery inserts (\`.html()\`, \`.append()\`…) and \`document.write\` writes (real-world batch HG: a
      // payment page that renders its card fields when the card is chosen); a list item, and a FormData entry, are no form
      code: `$(document).ready(function () {
  $('input[name="metodo"]').on('change', function () {
    if (this.value === 'cartao') {
      $('.metodoPagamento').html('<label>Número do cartão</label><input id="numero" placeholder="XXXX XXXX XXXX XXXX"><label>Código</label><input id="codigo" placeholder="CVV">');
      $('#numero').mask('0000 0000 0000 0000');
    } else {
      $('.metodoPagamento').html('<p>Pague com PIX</p>');
    }
  });
  $('#cards').append('<li>' + card.brand + ' •••• ' + card.last4 + '</li>');
  const data = new FormData();
  data.append('cvc', '<input name="cvc">');
  document.write('<input type="text" name="card_number">');
});
`,
      filename: 'js/pagamento.js',
      output: null,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: MOUNT_NUMBER }, line: 4, column: 85, endLine: 4, endColumn: 118 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: MOUNT_CVC }, line: 4, column: 159, endLine: 4, endColumn: 176 },
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: MOUNT_NUMBER }, line: 13, column: 38, endLine: 13, endColumn: 56 },
      ],
    },
    {
      // Elements jQuery's factory makes from markup (mutation study 287: a legacy checkout building its card fields when the
      // card method is chosen): the markup read as an HTML string's; attributes given as an object to a single tag, or
      // set by \`.attr()\` chained on the result, read as a DOM-built input's (the expiry is no card secret)
      code: `jQuery(function ($) {
  $('#method-card').on('change', function () {
    const $fields = $('<div class="card-fields"></div>');
    $fields.append($('<input type="text" name="cardnumber" placeholder="1234 1234 1234 1234">'));
    $fields.append($('<input>', { type: 'text', name: 'cvc', maxlength: 4 }));
    $fields.append($('<input/>').addClass('form-control').attr({ name: 'exp_date', placeholder: 'MM / YY' }));
    $fields.append($('<input type="tel" class="form-control">').attr('name', 'card_number'));
    $('#card-section').html($fields);
  });
});
`,
      filename: 'js/checkout.js',
      output: null,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: MOUNT_NUMBER }, line: 4, column: 42, endLine: 4, endColumn: 59 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: MOUNT_CVC }, line: 5, column: 49, endLine: 5, endColumn: 60 },
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: MOUNT_NUMBER }, line: 7, column: 78, endLine: 7, endColumn: 91 },
      ],
    },
    {
      // an Angular component's inline template (`Component` from @angular/core): bindings name the fields
      code: `import { Component } from '@angular/core';

@Component({
  selector: 'app-pay',
  template: \`
    <form (ngSubmit)="pay()">
      <input [(ngModel)]="card.number" name="number" placeholder="Card number">
      <input formControlName="cvc">
      <input *ngIf="showZip" name="zip">
    </form>
  \`,
})
export class PayComponent {
  card = { number: '', cvc: '' };
}
`,
      filename: 'pay.component.ts',
      output: null,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: MOUNT_NUMBER }, line: 7, column: 54, endLine: 7, endColumn: 79 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: MOUNT_CVC }, line: 8, column: 14, endLine: 8, endColumn: 35 },
      ],
    },
    {
      // A component that posts its fields from a click handler renders no \`<form>\`: the tree's fields outside every
      // form stand for one, so the security code beside the card number is its CVC (real-world batch 205, the same in
      // markup); the sign-in code in a form of its own is not.
      code: `export function QuickPay({ onPay }) {
  return (
    <div className="pay">
      <input id="card_id" placeholder="Card Number" />
      <input id="card_security" placeholder="Security Code" />
      <button onClick={onPay}>Pay</button>
      <form><input id="otp" placeholder="Security code" /></form>
    </div>
  );
}
`,
      filename: 'src/QuickPay.jsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 4, column: 27, endLine: 4, endColumn: 52,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: `import { CardNumberElement } from '@stripe/react-stripe-js';
export function QuickPay({ onPay }) {
  return (
    <div className="pay">
      <CardNumberElement id="card_id" />
      <input id="card_security" placeholder="Security Code" />
      <button onClick={onPay}>Pay</button>
      <form><input id="otp" placeholder="Security code" /></form>
    </div>
  );
}
` },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 5, column: 33, endLine: 5, endColumn: 60,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: `import { CardCvcElement } from '@stripe/react-stripe-js';
export function QuickPay({ onPay }) {
  return (
    <div className="pay">
      <input id="card_id" placeholder="Card Number" />
      <CardCvcElement id="card_security" />
      <button onClick={onPay}>Pay</button>
      <form><input id="otp" placeholder="Security code" /></form>
    </div>
  );
}
` },
          ],
        },
      ],
    },
    {
      // A React Native UI kit's field (native-base's \`Input\`, real-world batch 206, an Expo store's order screen): the
      // native advice, not the web's.
      code: `import { useState } from 'react';
import { Input, VStack, Text } from 'native-base';

export default function Details() {
  const [cvc, setCvc] = useState('');
  return (
    <VStack>
      <Text>CVC</Text>
      <Input value={cvc} onChangeText={setCvc} placeholder="CVC" keyboardType="numeric" />
    </VStack>
  );
}
`,
      filename: 'screens/Details.js',
      options: [{ inputComponents: ['Input'] }],
      output: null,
      errors: [{ messageId: 'rawCardInputNative', data: { element: 'Input', field: CVC }, line: 9, column: 48, endLine: 9, endColumn: 65 }],
    },
    {
      // ...named by the caption written right before it, a \`Text\` of react-native or of native-base, as React Native's
      // own \`TextInput\` is (probe 307: an Expo store's order screen); not a phone's field
      code: `import React, { useState } from 'react';
import { StyleSheet, Text, View } from 'react-native';
import { Input, Text as NbText } from 'native-base';

export default function Details() {
  const [number, setNumber] = useState('');
  const [code, setCode] = useState('');
  const [phone, setPhone] = useState('');
  return (
    <View>
      <View>
        <Text style={styles.inputText}>CARD NUMBER</Text>
        <Input variant="underlined" placeholder="1234 5678 1234" value={number} onChangeText={setNumber} />
      </View>
      <NbText>CVV</NbText>
      <Input variant="underlined" placeholder="XXX" value={code} onChangeText={setCode} />
      <Text>Phone number</Text>
      <Input variant="underlined" value={phone} onChangeText={setPhone} />
    </View>
  );
}

const styles = StyleSheet.create({ inputText: { fontSize: 12 } });
`,
      filename: 'assets/Order/Details.js',
      options: [{ inputComponents: ['Input'] }],
      output: null,
      errors: [
        { messageId: 'rawCardInputNative', data: { element: 'Input', field: PAN }, line: 13, column: 10, endLine: 13, endColumn: 15 },
        { messageId: 'rawCardInputNative', data: { element: 'Input', field: CVC }, line: 16, column: 8, endLine: 16, endColumn: 13 },
      ],
    },
    {
      // Inputs captioned by the text right before them (a text-only \`<p>\` or \`<span>\`), with no name, id or binding
      // of their own: handlers passed by name say nothing (real-world batch 202, the same shape in HTML).
      code: `export default function PaymentSection({ onNumber, onCvv, onZip }) {
  return (
    <section>
      <p>Card number</p>
      <input type="text" onChange={onNumber} />
      <span>CVV</span> <input type="password" onChange={onCvv} />
      <p>Postal code</p>
      <input type="text" onChange={onZip} />
    </section>
  );
}
`,
      filename: 'src/components/PaymentSection.jsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 5, column: 8, endLine: 5, endColumn: 13,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: `import { CardNumberElement } from '@stripe/react-stripe-js';
export default function PaymentSection({ onNumber, onCvv, onZip }) {
  return (
    <section>
      <p>Card number</p>
      <CardNumberElement />
      <span>CVV</span> <input type="password" onChange={onCvv} />
      <p>Postal code</p>
      <input type="text" onChange={onZip} />
    </section>
  );
}
` },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 6, column: 25, endLine: 6, endColumn: 30,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: `import { CardCvcElement } from '@stripe/react-stripe-js';
export default function PaymentSection({ onNumber, onCvv, onZip }) {
  return (
    <section>
      <p>Card number</p>
      <input type="text" onChange={onNumber} />
      <span>CVV</span> <CardCvcElement />
      <p>Postal code</p>
      <input type="text" onChange={onZip} />
    </section>
  );
}
` },
          ],
        },
      ],
    },
    {
      // A sign-up form's "Payment Info" (seen in a search of public code): \`placeholder="Credit Card Data"\` asks for the
      // card as a whole on one field, named \`creditCard\`; a field its label calls a card's nickname is no card data.
      code: `export default function SignUpForm(props) {
  return (
    <form onSubmit={props.handleSubmit}>
      <label> Account</label>
      <input className="form-control" type="text" name="username" placeholder="Username" value={props.username} onChange={props.handleChange}></input>
      <label> Payment Info</label>
      <input className="form-control" type="text" name="creditCard" placeholder="Credit Card Data" value={props.creditCard} onChange={props.handleChange}></input>
      <label htmlFor="nickname">Card nickname</label>
      <input id="nickname" name="creditCard2" />
      <button type="submit">Sign up</button>
    </form>
  );
}
`,
      filename: 'src/components/SignUpForm.jsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 7, column: 69, endLine: 7, endColumn: 99,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: `import { CardNumberElement } from '@stripe/react-stripe-js';
export default function SignUpForm(props) {
  return (
    <form onSubmit={props.handleSubmit}>
      <label> Account</label>
      <input className="form-control" type="text" name="username" placeholder="Username" value={props.username} onChange={props.handleChange}></input>
      <label> Payment Info</label>
      <CardNumberElement className="form-control" />
      <label htmlFor="nickname">Card nickname</label>
      <input id="nickname" name="creditCard2" />
      <button type="submit">Sign up</button>
    </form>
  );
}
` },
          ],
        },
      ],
    },
    {
      // Wording that names a payment card and nothing more: `placeholder="Credit Card"` takes the card number (a mock
      // card form that still asks for the real data; "Name on card" says which part, and is not card data)
      code: `import { useState } from 'react';

export default function AddCard({ onSave }) {
  const [card, setCard] = useState('');
  const [cvc, setCvc] = useState('');
  return (
    <form onSubmit={(e) => { e.preventDefault(); onSave({ token: 'tok_visa' }); }}>
      <input placeholder="Credit Card" value={card} onChange={(e) => setCard(e.target.value)} />
      <input placeholder="CVC" value={cvc} onChange={(e) => setCvc(e.target.value)} />
      <input placeholder="Name on card" />
      <button type="submit">Save card</button>
    </form>
  );
}
`,
      filename: 'AddCard.jsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 8, column: 14, endLine: 8, endColumn: 39,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: `import { useState } from 'react';
import { CardNumberElement } from '@stripe/react-stripe-js';

export default function AddCard({ onSave }) {
  const [card, setCard] = useState('');
  const [cvc, setCvc] = useState('');
  return (
    <form onSubmit={(e) => { e.preventDefault(); onSave({ token: 'tok_visa' }); }}>
      <CardNumberElement />
      <input placeholder="CVC" value={cvc} onChange={(e) => setCvc(e.target.value)} />
      <input placeholder="Name on card" />
      <button type="submit">Save card</button>
    </form>
  );
}
` },
            { messageId: 'replaceFormWithPaymentElement', output: ADD_CARD_WITH_PAYMENT_ELEMENT },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 9, column: 14, endLine: 9, endColumn: 31,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: `import { useState } from 'react';
import { CardCvcElement } from '@stripe/react-stripe-js';

export default function AddCard({ onSave }) {
  const [card, setCard] = useState('');
  const [cvc, setCvc] = useState('');
  return (
    <form onSubmit={(e) => { e.preventDefault(); onSave({ token: 'tok_visa' }); }}>
      <input placeholder="Credit Card" value={card} onChange={(e) => setCard(e.target.value)} />
      <CardCvcElement />
      <input placeholder="Name on card" />
      <button type="submit">Save card</button>
    </form>
  );
}
` },
            { messageId: 'replaceFormWithPaymentElement', output: ADD_CARD_WITH_PAYMENT_ELEMENT },
          ],
        },
      ],
    },
    {
      // a spread object literal: its properties are attributes (`register` and `maxLength` say nothing)
      code: `export const Wallet = ({ register }: Props) => (
  <div className="wallet">
    <Input {...{ register, name: 'cardNumber', placeholder: '0000 0000 0000 0000', maxLength: 19 }} />
    <input {...{ name: 'cvc' }} />
  </div>
);
`,
      filename: 'Wallet.tsx',
      options: [{ inputComponents: ['Input'] }],
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'Input', field: PAN, replacement: NUMBER_ELEMENT }, line: 3, column: 28, endLine: 3, endColumn: 46,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'Input', component: 'CardNumberElement' }, output: `import { CardNumberElement } from '@stripe/react-stripe-js';
export const Wallet = ({ register }: Props) => (
  <div className="wallet">
    <CardNumberElement />
    <input {...{ name: 'cvc' }} />
  </div>
);
` },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 4, column: 18, endLine: 4, endColumn: 29,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: `import { CardCvcElement } from '@stripe/react-stripe-js';
export const Wallet = ({ register }: Props) => (
  <div className="wallet">
    <Input {...{ register, name: 'cardNumber', placeholder: '0000 0000 0000 0000', maxLength: 19 }} />
    <CardCvcElement />
  </div>
);
` },
          ],
        },
      ],
    },
    {
      // shadcn/ui's right-to-left registry writes its Input to ui-rtl/input (real-world batch 98)
      code: `import { Input } from '@/components/ui-rtl/input';

export const CardNumberRtl = () => <Input id="card-number" dir="rtl" placeholder="1234 5678 9012 3456" />;
`,
      filename: 'app/rtl/card-number.tsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'Input', field: PAN, replacement: NUMBER_ELEMENT }, line: 3, column: 43, endLine: 3, endColumn: 59,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'Input', component: 'CardNumberElement' }, output: `import { Input } from '@/components/ui-rtl/input';
import { CardNumberElement } from '@stripe/react-stripe-js';

export const CardNumberRtl = () => <CardNumberElement id="card-number" />;
` }],
        },
      ],
    },
    {
      // shadcn/ui's input group control renders its Input with its props: checked as an input, imported by name or
      // used through a namespace import of the app's module (real-world batch 221: originui's and shadcn's card fields)
      code: INPUT_GROUP_CHECKOUT,
      filename: 'src/components/checkout/card-fields.tsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'InputGroupInput', field: PAN, replacement: NUMBER_ELEMENT }, line: 10, column: 26, endLine: 10, endColumn: 51,
          suggestions: [
            {
              messageId: 'replaceWithElement',
              data: { element: 'InputGroupInput', component: 'CardNumberElement' },
              output: withElementAfterImports(INPUT_GROUP_CHECKOUT, '<InputGroupInput placeholder="Card number" inputMode="numeric" />', '<CardNumberElement />', 'CardNumberElement'),
            },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'Group.InputGroupInput', field: CVC, replacement: CVC_ELEMENT }, line: 13, column: 32, endLine: 13, endColumn: 49,
          suggestions: [
            {
              messageId: 'replaceWithElement',
              data: { element: 'Group.InputGroupInput', component: 'CardCvcElement' },
              output: withElementAfterImports(INPUT_GROUP_CHECKOUT, '<Group.InputGroupInput placeholder="CVC" maxLength={4} />', '<CardCvcElement />', 'CardCvcElement'),
            },
          ],
        },
      ],
    },
    {
      // shadcn/ui's Input and Textarea render a native <input> / <textarea> with their props: checked as those, with no
      // option (real-world batch 95: booking and checkout pages of apps made with AI app builders)
      code: `import { useState } from 'react';
import { supabase } from '@/integrations/supabase/client';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';

export default function PaymentStep({ bookingId }: { bookingId: string }) {
  const [cardNumber, setCardNumber] = useState('');
  const [expiry, setExpiry] = useState('');
  const [cvv, setCvv] = useState('');
  const [notes, setNotes] = useState('');

  return (
    <div className="space-y-4">
      <Label htmlFor="card">Card number</Label>
      <Input id="card" placeholder="1234 5678 9012 3456" value={cardNumber} onChange={(e) => setCardNumber(e.target.value)} />
      <div className="grid grid-cols-2 gap-4">
        <Input placeholder="MM/YY" value={expiry} onChange={(e) => setExpiry(e.target.value)} />
        <Input placeholder="CVV" type="password" maxLength={4} value={cvv} onChange={(e) => setCvv(e.target.value)} />
      </div>
      <Textarea placeholder="Notes for the host" value={notes} onChange={(e) => setNotes(e.target.value)} />
      <Button onClick={() => supabase.from('bookings').update({ status: 'paid' }).eq('id', bookingId)}>Pay now</Button>
    </div>
  );
}
`,
      filename: 'src/components/booking/PaymentStep.tsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'Input', field: PAN, replacement: NUMBER_ELEMENT }, line: 17, column: 24, endLine: 17, endColumn: 57,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'Input', component: 'CardNumberElement' }, output: `import { useState } from 'react';
import { supabase } from '@/integrations/supabase/client';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { CardNumberElement } from '@stripe/react-stripe-js';

export default function PaymentStep({ bookingId }: { bookingId: string }) {
  const [cardNumber, setCardNumber] = useState('');
  const [expiry, setExpiry] = useState('');
  const [cvv, setCvv] = useState('');
  const [notes, setNotes] = useState('');

  return (
    <div className="space-y-4">
      <Label htmlFor="card">Card number</Label>
      <CardNumberElement id="card" />
      <div className="grid grid-cols-2 gap-4">
        <Input placeholder="MM/YY" value={expiry} onChange={(e) => setExpiry(e.target.value)} />
        <Input placeholder="CVV" type="password" maxLength={4} value={cvv} onChange={(e) => setCvv(e.target.value)} />
      </div>
      <Textarea placeholder="Notes for the host" value={notes} onChange={(e) => setNotes(e.target.value)} />
      <Button onClick={() => supabase.from('bookings').update({ status: 'paid' }).eq('id', bookingId)}>Pay now</Button>
    </div>
  );
}
` }],
        },
        {
          messageId: 'rawCardInput', data: { element: 'Input', field: CVC, replacement: CVC_ELEMENT }, line: 20, column: 16, endLine: 20, endColumn: 33,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'Input', component: 'CardCvcElement' }, output: `import { useState } from 'react';
import { supabase } from '@/integrations/supabase/client';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { CardCvcElement } from '@stripe/react-stripe-js';

export default function PaymentStep({ bookingId }: { bookingId: string }) {
  const [cardNumber, setCardNumber] = useState('');
  const [expiry, setExpiry] = useState('');
  const [cvv, setCvv] = useState('');
  const [notes, setNotes] = useState('');

  return (
    <div className="space-y-4">
      <Label htmlFor="card">Card number</Label>
      <Input id="card" placeholder="1234 5678 9012 3456" value={cardNumber} onChange={(e) => setCardNumber(e.target.value)} />
      <div className="grid grid-cols-2 gap-4">
        <Input placeholder="MM/YY" value={expiry} onChange={(e) => setExpiry(e.target.value)} />
        <CardCvcElement />
      </div>
      <Textarea placeholder="Notes for the host" value={notes} onChange={(e) => setNotes(e.target.value)} />
      <Button onClick={() => supabase.from('bookings').update({ status: 'paid' }).eq('id', bookingId)}>Pay now</Button>
    </div>
  );
}
` }],
        },
      ],
    },
    {
      // shadcn/ui's FormField hands its props to Controller: the field it renders names the input (shadcn/ui's `Input`,
      // also listed in inputComponents here)
      code: `'use client';

import { useForm } from 'react-hook-form';
import { Form, FormControl, FormField, FormItem, FormLabel } from '@/components/ui/form';
import { Input } from '@/components/ui/input';

export function CardInfoForm({ onSubmit }: { onSubmit: (values: CardInfo) => void }) {
  const form = useForm<CardInfo>({ defaultValues: { cardholder: '', cardNumber: '' } });
  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit(onSubmit)}>
        <FormField
          control={form.control}
          name="cardNumber"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Card number</FormLabel>
              <FormControl>
                <Input inputMode="numeric" {...field} />
              </FormControl>
            </FormItem>
          )}
        />
      </form>
    </Form>
  );
}
`,
      filename: 'components/card-info-form.tsx',
      options: [{ inputComponents: ['Input'] }],
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'Input', field: PAN, replacement: NUMBER_ELEMENT }, line: 19, column: 44, endLine: 19, endColumn: 54,
          suggestions: [{ messageId: 'replaceWithElement', data: { element: 'Input', component: 'CardNumberElement' }, output: `'use client';

import { useForm } from 'react-hook-form';
import { Form, FormControl, FormField, FormItem, FormLabel } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { CardNumberElement } from '@stripe/react-stripe-js';

export function CardInfoForm({ onSubmit }: { onSubmit: (values: CardInfo) => void }) {
  const form = useForm<CardInfo>({ defaultValues: { cardholder: '', cardNumber: '' } });
  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit(onSubmit)}>
        <FormField
          control={form.control}
          name="cardNumber"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Card number</FormLabel>
              <FormControl>
                <CardNumberElement />
              </FormControl>
            </FormItem>
          )}
        />
      </form>
    </Form>
  );
}
` }],
        },
      ],
    },
    {
      // react-hook-form's Controller: the field props its render function receives name the input (the Controller's
      // name; the rest are handlers, value and ref): real-world batch 88
      code: `import { Controller, useForm } from 'react-hook-form';

export function CardForm({ onSave }: { onSave: (values: CardValues) => void }) {
  const { control, handleSubmit } = useForm<CardValues>({ defaultValues: { cardNumber: '', name: '' } });
  return (
    <form onSubmit={handleSubmit(onSave)}>
      <Controller control={control} name="name" render={({ field }) => <input placeholder="Name on card" {...field} />} />
      <Controller
        control={control}
        name="cardNumber"
        rules={{ required: true }}
        render={({ field, fieldState }) => <input inputMode="numeric" {...field} aria-invalid={fieldState.invalid} />}
      />
      <button type="submit">Save card</button>
    </form>
  );
}
`,
      filename: 'CardForm.tsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 12, column: 71, endLine: 12, endColumn: 81,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: `import { Controller, useForm } from 'react-hook-form';
import { CardNumberElement } from '@stripe/react-stripe-js';

export function CardForm({ onSave }: { onSave: (values: CardValues) => void }) {
  const { control, handleSubmit } = useForm<CardValues>({ defaultValues: { cardNumber: '', name: '' } });
  return (
    <form onSubmit={handleSubmit(onSave)}>
      <Controller control={control} name="name" render={({ field }) => <input placeholder="Name on card" {...field} />} />
      <Controller
        control={control}
        name="cardNumber"
        rules={{ required: true }}
        render={({ field, fieldState }) => <CardNumberElement />}
      />
      <button type="submit">Save card</button>
    </form>
  );
}
` },
          ],
        },
      ],
    },
    {
      // react-hook-form: `register('cardNumber')` names the input through a spread (the library sets `name`, handlers
      // and `ref`, nothing else that says what the input collects)
      code: `import { useForm } from 'react-hook-form';

export function CardDetails({ onSave }: { onSave: (values: CardValues) => void }) {
  const { register, handleSubmit } = useForm<CardValues>();
  return (
    <form onSubmit={handleSubmit(onSave)}>
      <input placeholder="Name on card" {...register('cardholder')} />
      <input type="text" inputMode="numeric" {...register('cardNumber', { required: true, minLength: 16 })} />
      <input placeholder="MM / YY" {...register('expiry')} />
      <button type="submit">Save card</button>
    </form>
  );
}
`,
      filename: 'CardDetails.tsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 8, column: 46, endLine: 8, endColumn: 108,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: `import { useForm } from 'react-hook-form';
import { CardNumberElement } from '@stripe/react-stripe-js';

export function CardDetails({ onSave }: { onSave: (values: CardValues) => void }) {
  const { register, handleSubmit } = useForm<CardValues>();
  return (
    <form onSubmit={handleSubmit(onSave)}>
      <input placeholder="Name on card" {...register('cardholder')} />
      <CardNumberElement />
      <input placeholder="MM / YY" {...register('expiry')} />
      <button type="submit">Save card</button>
    </form>
  );
}
` },
            { messageId: 'replaceFormWithPaymentElement', output: `import { useForm } from 'react-hook-form';
import { PaymentElement } from '@stripe/react-stripe-js';

export function CardDetails({ onSave }: { onSave: (values: CardValues) => void }) {
  const { register, handleSubmit } = useForm<CardValues>();
  return (
    <form onSubmit={handleSubmit(onSave)}>
      <input placeholder="Name on card" {...register('cardholder')} />
      <PaymentElement />
      <button type="submit">Save card</button>
    </form>
  );
}
` },
          ],
        },
      ],
    },
    {
      // react-hook-form's `register` handed down as a prop, typed with the library's `UseFormRegister` (its
      // `useForm()` is in the parent component)
      code: `import type { UseFormRegister } from 'react-hook-form';

export function CvcField({ register }: { register: UseFormRegister<CardValues> }) {
  return <input inputMode="numeric" maxLength={4} {...register('cvc', { required: true })} />;
}
`,
      filename: 'CvcField.tsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 4, column: 51, endLine: 4, endColumn: 91,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: `import type { UseFormRegister } from 'react-hook-form';
import { CardCvcElement } from '@stripe/react-stripe-js';

export function CvcField({ register }: { register: UseFormRegister<CardValues> }) {
  return <CardCvcElement />;
}
` },
          ],
        },
      ],
    },
    {
      // ...and the hook's whole result as a prop, typed through a namespace import (`RHF.UseFormReturn`), read off
      // the props object; Formik's `FormikProps` the same way
      code: `import * as RHF from 'react-hook-form';
import type { FormikProps } from 'formik';

interface CardStepProps {
  form: RHF.UseFormReturn<CheckoutValues>;
  title: string;
}

export function CardStep(props: CardStepProps) {
  return (
    <fieldset>
      <legend>{props.title}</legend>
      <input autoComplete="off" {...props.form.register('cardNumber')} />
    </fieldset>
  );
}

export const CvvStep = ({ formik }: { formik: FormikProps<CheckoutValues> }) => <input {...formik.getFieldProps('cardCvv')} />;
`,
      filename: 'CardStep.tsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 13, column: 33, endLine: 13, endColumn: 71,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: `import * as RHF from 'react-hook-form';
import type { FormikProps } from 'formik';
import { CardNumberElement } from '@stripe/react-stripe-js';

interface CardStepProps {
  form: RHF.UseFormReturn<CheckoutValues>;
  title: string;
}

export function CardStep(props: CardStepProps) {
  return (
    <fieldset>
      <legend>{props.title}</legend>
      <CardNumberElement />
    </fieldset>
  );
}

export const CvvStep = ({ formik }: { formik: FormikProps<CheckoutValues> }) => <input {...formik.getFieldProps('cardCvv')} />;
` },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 18, column: 88, endLine: 18, endColumn: 124,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: `import * as RHF from 'react-hook-form';
import type { FormikProps } from 'formik';
import { CardCvcElement } from '@stripe/react-stripe-js';

interface CardStepProps {
  form: RHF.UseFormReturn<CheckoutValues>;
  title: string;
}

export function CardStep(props: CardStepProps) {
  return (
    <fieldset>
      <legend>{props.title}</legend>
      <input autoComplete="off" {...props.form.register('cardNumber')} />
    </fieldset>
  );
}

export const CvvStep = ({ formik }: { formik: FormikProps<CheckoutValues> }) => <CardCvcElement />;
` },
          ],
        },
      ],
    },
    {
      // react-admin's inputs edit the record field their \`source\` names (real-world batch FE: a gym's back office, the
      // admin UIs Amplication generates); its display fields and other sources are not inputs of card data
      code: `import { Edit, SimpleForm, TextInput, TextField } from 'react-admin';

export const PaymentOptionEdit = () => (
  <Edit>
    <SimpleForm>
      <TextInput source="holderName" />
      <TextInput source="last4" />
      <TextField source="cardNumber" />
      <TextInput source="cardNumber" />
    </SimpleForm>
  </Edit>
);
`,
      filename: 'admin-ui/src/paymentOption/PaymentOptionEdit.jsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'TextInput', field: PAN, replacement: NUMBER_ELEMENT }, line: 9, column: 18, endLine: 9, endColumn: 37,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'TextInput', component: 'CardNumberElement' }, output: `import { Edit, SimpleForm, TextInput, TextField } from 'react-admin';
import { CardNumberElement } from '@stripe/react-stripe-js';

export const PaymentOptionEdit = () => (
  <Edit>
    <SimpleForm>
      <TextInput source="holderName" />
      <TextInput source="last4" />
      <TextField source="cardNumber" />
      <CardNumberElement />
    </SimpleForm>
  </Edit>
);
` },
          ],
        },
      ],
    },
    {
      // Formik: `formik.getFieldProps('cvc')` on the result of useFormik, in a design-system component
      code: `import { useFormik } from 'formik';
import { TextField } from '@mui/material';

export function CvcStep() {
  const formik = useFormik({ initialValues: { cvc: '' }, onSubmit: confirmCard });
  return <TextField label="Security code" {...formik.getFieldProps('cvc')} />;
}
`,
      filename: 'CvcStep.tsx',
      options: [{ inputComponents: ['TextField'] }],
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'TextField', field: CVC, replacement: CVC_ELEMENT }, line: 6, column: 43, endLine: 6, endColumn: 75,
          suggestions: [
            { messageId: 'replaceWithElement', data: { element: 'TextField', component: 'CardCvcElement' }, output: `import { useFormik } from 'formik';
import { TextField } from '@mui/material';
import { CardCvcElement } from '@stripe/react-stripe-js';

export function CvcStep() {
  const formik = useFormik({ initialValues: { cvc: '' }, onSubmit: confirmCard });
  return <CardCvcElement />;
}
` },
          ],
        },
      ],
    },
    {
      // a React checkout form with its own card fields: per-field Elements, or one Payment Element for the form
      code: `import { useState } from 'react';
import { Elements } from '@stripe/react-stripe-js';

export function CheckoutForm({ onPay }: { onPay: (card: CardFields) => void }) {
  const [card, setCard] = useState<CardFields>({ number: '', exp: '', cvc: '' });
  return (
    <form onSubmit={() => onPay(card)}>
      <label>
        Card number
        <input name="cardNumber" autoComplete="cc-number" inputMode="numeric" value={card.number} onChange={(e) => setCard({ ...card, number: e.target.value })} />
      </label>
      <input name="exp" autoComplete="cc-exp" placeholder="MM / YY" />
      <input id="cvc" className="field field--short" autoComplete="cc-csc" />
      <input name="cardholder" autoComplete="cc-name" />
      <button type="submit">Pay</button>
    </form>
  );
}
`,
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 10, column: 34, endLine: 10, endColumn: 58,
          suggestions: [
          { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: `import { useState } from 'react';
import { Elements, CardNumberElement } from '@stripe/react-stripe-js';

export function CheckoutForm({ onPay }: { onPay: (card: CardFields) => void }) {
  const [card, setCard] = useState<CardFields>({ number: '', exp: '', cvc: '' });
  return (
    <form onSubmit={() => onPay(card)}>
      <label>
        Card number
        <CardNumberElement />
      </label>
      <input name="exp" autoComplete="cc-exp" placeholder="MM / YY" />
      <input id="cvc" className="field field--short" autoComplete="cc-csc" />
      <input name="cardholder" autoComplete="cc-name" />
      <button type="submit">Pay</button>
    </form>
  );
}
` },
          { messageId: 'replaceFormWithPaymentElement', output: `import { useState } from 'react';
import { Elements, PaymentElement } from '@stripe/react-stripe-js';

export function CheckoutForm({ onPay }: { onPay: (card: CardFields) => void }) {
  const [card, setCard] = useState<CardFields>({ number: '', exp: '', cvc: '' });
  return (
    <form onSubmit={() => onPay(card)}>
      <label>
        Card number
        <PaymentElement />
      </label>
      <input name="cardholder" autoComplete="cc-name" />
      <button type="submit">Pay</button>
    </form>
  );
}
` },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 13, column: 54, endLine: 13, endColumn: 75,
          suggestions: [
          { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: `import { useState } from 'react';
import { Elements, CardCvcElement } from '@stripe/react-stripe-js';

export function CheckoutForm({ onPay }: { onPay: (card: CardFields) => void }) {
  const [card, setCard] = useState<CardFields>({ number: '', exp: '', cvc: '' });
  return (
    <form onSubmit={() => onPay(card)}>
      <label>
        Card number
        <input name="cardNumber" autoComplete="cc-number" inputMode="numeric" value={card.number} onChange={(e) => setCard({ ...card, number: e.target.value })} />
      </label>
      <input name="exp" autoComplete="cc-exp" placeholder="MM / YY" />
      <CardCvcElement id="cvc" className="field field--short" />
      <input name="cardholder" autoComplete="cc-name" />
      <button type="submit">Pay</button>
    </form>
  );
}
` },
          { messageId: 'replaceFormWithPaymentElement', output: `import { useState } from 'react';
import { Elements, PaymentElement } from '@stripe/react-stripe-js';

export function CheckoutForm({ onPay }: { onPay: (card: CardFields) => void }) {
  const [card, setCard] = useState<CardFields>({ number: '', exp: '', cvc: '' });
  return (
    <form onSubmit={() => onPay(card)}>
      <label>
        Card number
        <PaymentElement />
      </label>
      <input name="cardholder" autoComplete="cc-name" />
      <button type="submit">Pay</button>
    </form>
  );
}
` },
          ],
        },
      ],
    },
    {
      // name / id / placeholder / aria-label / data-stripe without autocomplete; textarea
      code: `export const LegacyFields = () => (
  <div className="card-fields">
    <input type="text" size={20} data-stripe="number" />
    <input type="password" name="card[cvc]" />
    <input id="credit_card_number" />
    <input placeholder="1234 1234 1234 1234" />
    <input aria-label="Security code (CVV)" />
    <textarea name="cc_number"></textarea>
  </div>
);
`,
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'cardInputReadInPage', data: { element: 'input', field: PAN, library: 'Stripe.js v2', replacement: NUMBER_ELEMENT }, line: 3, column: 34, endLine: 3, endColumn: 54,
          suggestions: [
          { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: `import { CardNumberElement } from '@stripe/react-stripe-js';
export const LegacyFields = () => (
  <div className="card-fields">
    <CardNumberElement />
    <input type="password" name="card[cvc]" />
    <input id="credit_card_number" />
    <input placeholder="1234 1234 1234 1234" />
    <input aria-label="Security code (CVV)" />
    <textarea name="cc_number"></textarea>
  </div>
);
` },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 4, column: 28, endLine: 4, endColumn: 44,
          suggestions: [
          { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: `import { CardCvcElement } from '@stripe/react-stripe-js';
export const LegacyFields = () => (
  <div className="card-fields">
    <input type="text" size={20} data-stripe="number" />
    <CardCvcElement />
    <input id="credit_card_number" />
    <input placeholder="1234 1234 1234 1234" />
    <input aria-label="Security code (CVV)" />
    <textarea name="cc_number"></textarea>
  </div>
);
` },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 5, column: 12, endLine: 5, endColumn: 35,
          suggestions: [
          { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: `import { CardNumberElement } from '@stripe/react-stripe-js';
export const LegacyFields = () => (
  <div className="card-fields">
    <input type="text" size={20} data-stripe="number" />
    <input type="password" name="card[cvc]" />
    <CardNumberElement id="credit_card_number" />
    <input placeholder="1234 1234 1234 1234" />
    <input aria-label="Security code (CVV)" />
    <textarea name="cc_number"></textarea>
  </div>
);
` },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 6, column: 12, endLine: 6, endColumn: 45,
          suggestions: [
          { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: `import { CardNumberElement } from '@stripe/react-stripe-js';
export const LegacyFields = () => (
  <div className="card-fields">
    <input type="text" size={20} data-stripe="number" />
    <input type="password" name="card[cvc]" />
    <input id="credit_card_number" />
    <CardNumberElement />
    <input aria-label="Security code (CVV)" />
    <textarea name="cc_number"></textarea>
  </div>
);
` },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 7, column: 12, endLine: 7, endColumn: 44,
          suggestions: [
          { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: `import { CardCvcElement } from '@stripe/react-stripe-js';
export const LegacyFields = () => (
  <div className="card-fields">
    <input type="text" size={20} data-stripe="number" />
    <input type="password" name="card[cvc]" />
    <input id="credit_card_number" />
    <input placeholder="1234 1234 1234 1234" />
    <CardCvcElement />
    <textarea name="cc_number"></textarea>
  </div>
);
` },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'textarea', field: PAN, replacement: NUMBER_ELEMENT }, line: 8, column: 15, endLine: 8, endColumn: 31,
          suggestions: [
          { messageId: 'replaceWithElement', data: { element: 'textarea', component: 'CardNumberElement' }, output: `import { CardNumberElement } from '@stripe/react-stripe-js';
export const LegacyFields = () => (
  <div className="card-fields">
    <input type="text" size={20} data-stripe="number" />
    <input type="password" name="card[cvc]" />
    <input id="credit_card_number" />
    <input placeholder="1234 1234 1234 1234" />
    <input aria-label="Security code (CVV)" />
    <CardNumberElement />
  </div>
);
` },
          ],
        },
      ],
    },
    {
      // existing @stripe/react-stripe-js import: the component is added to it, never imported twice
      code: `import { Elements, CardExpiryElement } from '@stripe/react-stripe-js';

export const Fields = () => (
  <Elements stripe={stripePromise}>
    <CardExpiryElement />
    {needsCvc ? <input name="cvv" maxLength={4} /> : null}
  </Elements>
);
`,
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 6, column: 24, endLine: 6, endColumn: 34,
          suggestions: [
          { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: `import { Elements, CardExpiryElement, CardCvcElement } from '@stripe/react-stripe-js';

export const Fields = () => (
  <Elements stripe={stripePromise}>
    <CardExpiryElement />
    {needsCvc ? <CardCvcElement /> : null}
  </Elements>
);
` },
          ],
        },
      ],
    },
    {
      // already imported under another name: reused as is
      code: `import * as ReactStripe from '@stripe/react-stripe-js';
import { CardCvcElement as Cvc } from '@stripe/react-stripe-js';

export const A = () => <input name="cardNumber" />;
export const B = () => <input name="cvc" />;
`,
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 4, column: 31, endLine: 4, endColumn: 48,
          suggestions: [
          { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: `import * as ReactStripe from '@stripe/react-stripe-js';
import { CardCvcElement as Cvc } from '@stripe/react-stripe-js';

export const A = () => <ReactStripe.CardNumberElement />;
export const B = () => <input name="cvc" />;
` },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 5, column: 31, endLine: 5, endColumn: 41,
          suggestions: [
          { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: `import * as ReactStripe from '@stripe/react-stripe-js';
import { CardCvcElement as Cvc } from '@stripe/react-stripe-js';

export const A = () => <input name="cardNumber" />;
export const B = () => <Cvc />;
` },
          ],
        },
      ],
    },
    {
      // the name is taken by react-stripe-elements: aliased import
      code: `'use client';
import { CardNumberElement } from 'react-stripe-elements';

export const Old = () => <CardNumberElement />;
export const Raw = () => <input autoComplete="cc-number" />;
`,
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 5, column: 33, endLine: 5, endColumn: 57,
          suggestions: [
          { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: `'use client';
import { CardNumberElement } from 'react-stripe-elements';
import { CardNumberElement as StripeCardNumberElement } from '@stripe/react-stripe-js';

export const Old = () => <CardNumberElement />;
export const Raw = () => <StripeCardNumberElement />;
` },
          ],
        },
      ],
    },
    {
      // static values through consts, templates and TS wrappers; hidden inputs still hold the PAN
      code: `const PAN_FIELD = 'card_number' as const;
export const Hidden = ({ pan }: { pan: string }) => (
  <>
    <input type="hidden" name={PAN_FIELD} value={pan} />
    <input name={\`cc-\${'csc'}\`} />
  </>
);
`,
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 4, column: 26, endLine: 4, endColumn: 42,
          suggestions: [
          { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: `import { CardNumberElement } from '@stripe/react-stripe-js';
const PAN_FIELD = 'card_number' as const;
export const Hidden = ({ pan }: { pan: string }) => (
  <>
    <CardNumberElement />
    <input name={\`cc-\${'csc'}\`} />
  </>
);
` },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: CVC_ELEMENT }, line: 5, column: 12, endLine: 5, endColumn: 32,
          suggestions: [
          { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardCvcElement' }, output: `import { CardCvcElement } from '@stripe/react-stripe-js';
const PAN_FIELD = 'card_number' as const;
export const Hidden = ({ pan }: { pan: string }) => (
  <>
    <input type="hidden" name={PAN_FIELD} value={pan} />
    <CardCvcElement />
  </>
);
` },
          ],
        },
      ],
    },
    {
      // espree, JSX in a .jsx file
      code: `export default function Card() {
  return <input name="creditCardNumber" onChange={update} />;
}
`,
      languageOptions: { parser: espree, parserOptions: { ecmaFeatures: { jsx: true } } },
      filename: 'checkout.jsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 2, column: 17, endLine: 2, endColumn: 40,
          suggestions: [
          { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: `import { CardNumberElement } from '@stripe/react-stripe-js';
export default function Card() {
  return <CardNumberElement />;
}
` },
          ],
        },
      ],
    },
    {
      // DOM-built inputs: property writes, setAttribute, dataset, Object.assign
      code: `export function buildCardForm(form: HTMLFormElement): void {
  const number = document.createElement('input');
  number.type = 'tel';
  number.name = 'cardnumber';
  form.appendChild(number);

  const cvc = document.createElement('input');
  cvc.setAttribute('autocomplete', 'cc-csc');
  form.appendChild(cvc);

  const v2 = document.createElement('input');
  v2.dataset.stripe = 'number';

  form.append(Object.assign(document.createElement('input'), { placeholder: 'CVC', required: true }));
}
`,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: "mount `elements.create('cardNumber')`, or the Payment Element `elements.create('payment')`, in place of the input" }, line: 4, column: 3, endLine: 4, endColumn: 29,
          suggestions: [],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: "mount `elements.create('cardCvc')`, or the Payment Element `elements.create('payment')`, in place of the input" }, line: 8, column: 3, endLine: 8, endColumn: 45,
          suggestions: [],
        },
        {
          messageId: 'cardInputReadInPage', data: { element: 'input', field: PAN, library: 'Stripe.js v2', replacement: "mount `elements.create('cardNumber')`, or the Payment Element `elements.create('payment')`, in place of the input" }, line: 12, column: 3, endLine: 12, endColumn: 31,
          suggestions: [],
        },
        {
          messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: "mount `elements.create('cardCvc')`, or the Payment Element `elements.create('payment')`, in place of the input" }, line: 14, column: 64, endLine: 14, endColumn: 82,
          suggestions: [],
        },
      ],
    },
    {
      // React.createElement form
      code: `const field = React.createElement('input', { name: 'card_number', type: 'tel' });
`,
      languageOptions: { parser: espree },
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: "`createElement(CardNumberElement)` with `CardNumberElement` from @stripe/react-stripe-js, or the Payment Element" }, line: 1, column: 46, endLine: 1, endColumn: 65,
          suggestions: [],
        },
      ],
    },
    {
      // inputComponents option: design-system inputs
      code: `import TextField from '@mui/material/TextField';
import Form from 'react-bootstrap/Form';

export const Mui = () => <TextField name="cardNumber" label="Card number" fullWidth />;
export const Bootstrap = () => <Form.Control placeholder="CVC" />;
`,
      languageOptions: jsx,
      options: [{'inputComponents':['TextField','Form.Control']}],
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'TextField', field: PAN, replacement: NUMBER_ELEMENT }, line: 4, column: 37, endLine: 4, endColumn: 54,
          suggestions: [
          { messageId: 'replaceWithElement', data: { element: 'TextField', component: 'CardNumberElement' }, output: `import TextField from '@mui/material/TextField';
import Form from 'react-bootstrap/Form';
import { CardNumberElement } from '@stripe/react-stripe-js';

export const Mui = () => <CardNumberElement />;
export const Bootstrap = () => <Form.Control placeholder="CVC" />;
` },
          ],
        },
        {
          messageId: 'rawCardInput', data: { element: 'Form.Control', field: CVC, replacement: CVC_ELEMENT }, line: 5, column: 46, endLine: 5, endColumn: 63,
          suggestions: [
          { messageId: 'replaceWithElement', data: { element: 'Form.Control', component: 'CardCvcElement' }, output: `import TextField from '@mui/material/TextField';
import Form from 'react-bootstrap/Form';
import { CardCvcElement } from '@stripe/react-stripe-js';

export const Mui = () => <TextField name="cardNumber" label="Card number" fullWidth />;
export const Bootstrap = () => <CardCvcElement />;
` },
          ],
        },
      ],
    },
    {
      // inputComponents: a design-system field named only by its \`label\` (MUI's TextField renders it as the input's
      // label); a native input's \`label\` is no attribute and says nothing
      code: `import TextField from '@mui/material/TextField';

export const CardFields = () => (
  <>
    <TextField label="Card number" fullWidth />
    <TextField label="Name on card" fullWidth />
    <input label="CVC" name="nickname" />
  </>
);
`,
      languageOptions: jsx,
      options: [{ inputComponents: ['TextField'] }],
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'TextField', field: PAN, replacement: NUMBER_ELEMENT }, line: 5, column: 16, endLine: 5, endColumn: 35,
          suggestions: [
          { messageId: 'replaceWithElement', data: { element: 'TextField', component: 'CardNumberElement' }, output: `import TextField from '@mui/material/TextField';
import { CardNumberElement } from '@stripe/react-stripe-js';

export const CardFields = () => (
  <>
    <CardNumberElement />
    <TextField label="Name on card" fullWidth />
    <input label="CVC" name="nickname" />
  </>
);
` },
          ],
        },
      ],
    },
    {
      // inputComponents: the file is looked at for the components' last name segments (`Control`), in a file that
      // writes no `input`: the names that contain another (`FormControl`) or spell `input` (`TextInput`) add nothing
      code: `import Form from 'react-bootstrap/Form';

export const Pay = () => <Form.Group><Form.Control name="cc-number" /></Form.Group>;
`,
      languageOptions: jsx,
      options: [{ inputComponents: ['TextInput', 'FormControl', 'Form.Control'] }],
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'Form.Control', field: PAN, replacement: NUMBER_ELEMENT }, line: 3, column: 52, endLine: 3, endColumn: 68,
          suggestions: [
          { messageId: 'replaceWithElement', data: { element: 'Form.Control', component: 'CardNumberElement' }, output: `import Form from 'react-bootstrap/Form';
import { CardNumberElement } from '@stripe/react-stripe-js';

export const Pay = () => <Form.Group><CardNumberElement /></Form.Group>;
` },
          ],
        },
      ],
    },
    {
      // TS satisfies and const objects of field names
      code: `const FIELDS = { number: 'cardNumber', cvc: 'cardCvc' } as const;
export const Fields = () => <input name={FIELDS.number satisfies string} />;
`,
      languageOptions: jsx,
      output: null,
      errors: [
        {
          messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: NUMBER_ELEMENT }, line: 2, column: 36, endLine: 2, endColumn: 73,
          suggestions: [
          { messageId: 'replaceWithElement', data: { element: 'input', component: 'CardNumberElement' }, output: `import { CardNumberElement } from '@stripe/react-stripe-js';
const FIELDS = { number: 'cardNumber', cvc: 'cardCvc' } as const;
export const Fields = () => <CardNumberElement />;
` },
          ],
        },
      ],
    },

  ],
});
