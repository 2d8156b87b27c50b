import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { spreadFieldName } from '../../src/analysis/form-libraries.js';
import { runWithRule } from './helpers.js';

/** `spreadFieldName` of every JSX spread attribute in `code`, in source order. */
function spreads(code: string): Array<string | null> {
  const out: Array<string | null> = [];
  runWithRule(code, (context) => ({
    JSXSpreadAttribute(node: TSESTree.JSXSpreadAttribute) {
      out.push(spreadFieldName(node.argument, context.sourceCode));
    },
  }));
  return out;
}

describe('spreadFieldName', () => {
  it("reads react-hook-form's register, destructured, renamed or as a member of the hook's result", () => {
    expect(
      spreads(`import { useForm, useFormContext } from 'react-hook-form';
import * as RHF from 'react-hook-form';
const CARD_FIELD = 'cardNumber';
export function PayForm() {
  const { register, handleSubmit, formState: { errors } } = useForm<CardValues>();
  const { register: field } = useFormContext();
  const methods = RHF.useForm();
  return (
    <form onSubmit={handleSubmit(pay)}>
      <input type="text" {...register('cardNumber', { required: true, minLength: 16 })} />
      <input {...register(CARD_FIELD)} />
      <input {...field(\`cvc\`)} />
      <input {...methods.register('expiry')} />
      <input {...(register as Register)('cvv')} />
    </form>
  );
}`),
    ).toEqual(['cardNumber', 'cardNumber', 'cvc', 'expiry', 'cvv']);
  });

  it("reads a register or hook result handed down as a prop, by the library's type in the file's annotations", () => {
    expect(
      spreads(`import type { UseFormRegister, UseFormReturn } from 'react-hook-form';
import * as RHF from 'react-hook-form';
import type { FormikProps } from 'formik';
import type { UseFormReturnType } from '@mantine/form';
import type { UseFormRegister as OwnRegister } from './forms';
interface StepProps { form: UseFormReturn<Values>; register: RHF.UseFormRegister<Values> }
type Loose = { register: (name: string) => object };
export const A = ({ register }: { register: UseFormRegister<Values> }) => <input {...register('cardNumber')} />;
export const B = (props: StepProps) => <><input {...props.form.register('cvc')} /><input {...props.register('expiry')} /></>;
export const C = ({ form }: StepProps) => <input {...form.register('cvv')} />;
export const D = ({ formik, mantine }: { formik: FormikProps<Values>; mantine: UseFormReturnType<Values> }) => (
  <><input {...formik.getFieldProps('pan')} /><input {...mantine.getInputProps('cvc')} /></>
);
export const E = ({ register }: Loose) => <input {...register('cardNumber')} />;
export const F = ({ register }: { register: OwnRegister }) => <input {...register('cardNumber')} />;
export const G = ({ form }: { form: FormikProps<Values> }) => <input {...form.register('cvc')} />;
export const H = ({ register }) => <input {...register('cardNumber')} />;`),
    ).toEqual(['cardNumber', 'cvc', 'expiry', 'cvv', 'pan', 'cvc', null, null, null, null]);
  });

  it("reads the field props a react-hook-form Controller's render function receives, by the Controller's static name", () => {
    expect(
      spreads(`import { Controller, useForm } from 'react-hook-form';
import { Controller as Other } from './controller';
export function CardFields() {
  const { control } = useForm();
  const dynamic = pick();
  return (
    <>
      <Controller control={control} name="cardNumber" render={({ field }) => <input placeholder="Card number" {...field} />} />
      <Controller control={control} name={'cvc'} render={({ field: cvc, fieldState }) => <input {...cvc} aria-invalid={fieldState.invalid} />} />
      <Controller control={control} name="expiry" render={(props) => <input {...props.field} />} />
      <Controller control={control} name={dynamic} render={({ field }) => <input {...field} />} />
      <Controller {...shared} name="zip" render={({ field }) => <input {...field} />} />
      <Other name="cvc" render={({ field }) => <input {...field} />} />
      <Controller control={control} name="cvc" render={({ fieldState }) => <input {...fieldState} />} />
      <Controller control={control} name="cvc" render={(props) => <input {...props} />} />
    </>
  );
}`),
    ).toEqual(['cardNumber', 'cvc', 'expiry', null, null, null, null, null, null]);
  });

  it("reads shadcn/ui's FormField (its generated ui/form module hands its props to Controller), not another FormField", () => {
    expect(
      spreads(`import { FormField as Field } from '@/components/ui/form';
import { FormField } from '../../../ui/form';
import { FormField as Other } from './form-field';
import { FormField as Lib } from 'some-form-lib';
export function CardFields({ form }) {
  return (
    <>
      <Field control={form.control} name="cardNumber" render={({ field }) => <input {...field} />} />
      <FormField control={form.control} name="cvc" render={({ field }) => <input placeholder="CVC" {...field} />} />
      <Other control={form.control} name="cvc" render={({ field }) => <input {...field} />} />
      <Lib name="cvc" render={({ field }) => <input {...field} />} />
    </>
  );
}`),
    ).toEqual(['cardNumber', 'cvc', null, null]);
  });

  it("reads react-payment-inputs' prop getters by the name each sets, unless their argument may set another", () => {
    expect(
      spreads(`import { usePaymentInputs } from 'react-payment-inputs';
import { usePaymentInputs as other } from './payment-inputs';
export function Card({ onChange, props }) {
  const { getCardNumberProps, getCVCProps, getExpiryDateProps, getCardImageProps } = usePaymentInputs();
  const inputs = usePaymentInputs();
  const { getCVCProps: ownCvc } = other();
  return (
    <>
      <input {...getCardNumberProps({ onChange })} />
      <input {...getCVCProps()} />
      <input {...getExpiryDateProps()} />
      <input {...inputs.getCVCProps({ 'aria-label': 'CVC' })} />
      <svg {...getCardImageProps()} />
      <input {...getCVCProps({ name: 'promo' })} />
      <input {...getCardNumberProps(props)} />
      <input {...ownCvc()} />
    </>
  );
}`),
    ).toEqual(['cardNumber', 'cvc', 'expiryDate', 'cvc', null, null, null, null]);
  });

  it("reads the getters react-payment-inputs' container hands its function child, and no other component's", () => {
    expect(
      spreads(`import { PaymentInputsContainer } from 'react-payment-inputs';
import { PaymentInputsContainer as Own } from './payment-inputs';
export const Card = ({ onChange }) => (
  <>
    <PaymentInputsContainer>
      {({ getCardNumberProps, getCVCProps: cvcProps }) => (
        <div>
          <input {...getCardNumberProps({ onChange })} />
          <input {...cvcProps()} />
        </div>
      )}
    </PaymentInputsContainer>
    <PaymentInputsContainer>{function ({ getExpiryDateProps }) { return <input {...getExpiryDateProps()} />; }}</PaymentInputsContainer>
    <Own>{({ getCVCProps }) => <input {...getCVCProps()} />}</Own>
    <PaymentInputsContainer>{(props, { getCVCProps }) => <input {...getCVCProps()} />}</PaymentInputsContainer>
    <PaymentInputsContainer>{(inputs) => <input {...inputs.getCardNumberProps({ onChange })} />}</PaymentInputsContainer>
    <Own>{(inputs) => <input {...inputs.getCVCProps()} />}</Own>
  </>
);`),
    ).toEqual(['cardNumber', 'cvc', 'expiryDate', null, null, 'cardNumber', null]);
  });

  it("reads Formik's getFieldProps on the result of useFormik / useFormikContext", () => {
    expect(
      spreads(`import { useFormik, useFormikContext } from 'formik';
export function PayForm() {
  const formik = useFormik({ initialValues: { cardNumber: '', cvc: '' }, onSubmit: pay });
  const { getFieldProps } = useFormikContext();
  return <form><input {...formik.getFieldProps('cardNumber')} /><input {...getFieldProps('cvc')} /></form>;
}`),
    ).toEqual(['cardNumber', 'cvc']);
  });

  it("reads Mantine's getInputProps on the result of its useForm (real-world batch DG)", () => {
    expect(
      spreads(`import { useForm } from '@mantine/form';
import { TextInput } from '@mantine/core';
export function PayForm() {
  const form = useForm({ initialValues: { cardNumber: '', cvc: '' } });
  return <form><TextInput {...form.getInputProps('cardNumber')} /><input {...form.getInputProps('cvc')} /></form>;
}`),
    ).toEqual(['cardNumber', 'cvc']);
  });

  it('leaves every other spread unknown', () => {
    expect(
      spreads(`import { useForm } from 'react-hook-form';
import { useForm as useOtherForm } from './forms';
import { useFormik } from 'formik';
export function Fields({ register: fromProps, field, name }: Props) {
  const { register: local } = useOtherForm();
  let { register } = useForm();
  register = wrap(register);
  const formik = useFormik({ initialValues: {}, onSubmit });
  const { getFieldProps } = useForm();
  return (
    <>
      <input {...fromProps('cardNumber')} />
      <input {...local('cardNumber')} />
      <input {...register('cardNumber')} />
      <input {...formik.register('cardNumber')} />
      <input {...getFieldProps('cvc')} />
      <input {...formik.getFieldProps({ name: 'cvc', type: 'text' })} />
      <input {...formik.getFieldProps(name)} />
      <input {...formik.getFieldProps(...names)} />
      <input {...field} />
      <input {...globalRegister('cardNumber')} />
    </>
  );
}`),
    ).toEqual([null, null, null, null, null, null, null, null, null, null]);
  });
});
