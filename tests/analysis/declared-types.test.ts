import { describe, expect, it } from 'vitest';
import { declaredMembers, declaredTypeOf } from '../../src/analysis/declared-types.js';
import { probeArguments } from './helpers.js';

/** The member names of each `probe(x)` argument's declared type, or null. */
const membersOf = (code: string): (string[] | null)[] =>
  probeArguments(code, (node, sourceCode) => declaredMembers(declaredTypeOf(node, sourceCode), sourceCode)?.map((m) => m.name) ?? null, { filename: 'file.ts' });

const TYPES = `
export class CardDto { @IsString() number: string; cvc: string; static example = 1; exp_month?: number; }
interface ChargeInput { card: CardDto; 'amount': number; [key: string]: unknown; describe(): string }
type Refund = { charge: string; reason?: string };
type Alias = Refund;
declare const x: unknown;
`;

describe('declaredTypeOf / declaredMembers', () => {
  it("reads a parameter's class, interface, type alias and type literal declared in the file", () => {
    expect(
      membersOf(`${TYPES}
function a(card: CardDto, input: ChargeInput, refund: Refund, alias: Alias, inline: { number: string; cvc: string }) {
  probe(card); probe(input); probe(refund); probe(alias); probe(inline);
}`),
    ).toEqual([['number', 'cvc', 'exp_month'], ['card', 'amount'], ['charge', 'reason'], ['charge', 'reason'], ['number', 'cvc']]);
  });

  it('follows destructuring, defaults, member paths and non-null assertions to a member type', () => {
    expect(
      membersOf(`${TYPES}
class Service {
  pay({ card }: ChargeInput, { card: { number } = {} as CardDto }: ChargeInput = {} as ChargeInput, dto: ChargeInput) {
    probe(card); probe(dto.card); probe(dto!.card); probe(dto.amount);
  }
}
const arrow = ({ card: renamed }: ChargeInput) => probe(renamed);`),
    ).toEqual([['number', 'cvc', 'exp_month'], ['number', 'cvc', 'exp_month'], ['number', 'cvc', 'exp_month'], null, ['number', 'cvc', 'exp_month']]);
  });

  it("reads an annotated variable's type (also destructured) and a type assertion's", () => {
    expect(
      membersOf(`${TYPES}
export function handler(req: { body: unknown }) {
  const local: CardDto = req.body as never;
  let later: Refund;
  const { card }: ChargeInput = req.body as ChargeInput;
  probe(local); probe(later); probe(card); probe(req.body as CardDto); probe(<Refund>req.body); probe(req.body satisfies unknown);
}`),
    ).toEqual([['number', 'cvc', 'exp_month'], ['charge', 'reason'], ['number', 'cvc', 'exp_month'], ['number', 'cvc', 'exp_month'], ['charge', 'reason'], null]);
  });

  it('says nothing for what the file does not declare or does not pin down', () => {
    expect(
      membersOf(`import type { ImportedDto } from './dto';
import Stripe from 'stripe';
${TYPES}
interface Merged { a: string } interface Merged { b: string }
class Generic<T> { value: T }
type Box<T> = { value: T };
function f(imported: ImportedDto, stripeCard: Stripe.Card, partial: Partial<CardDto>, either: CardDto | Refund, merged: Merged,
  generic: Generic<string>, box: Box<string>, untyped, text: string) {
  const inferred = make();
  probe(imported); probe(stripeCard); probe(partial); probe(either); probe(merged); probe(generic); probe(box); probe(untyped); probe(text);
  probe(inferred); probe(imported.card); probe(this); probe(x as Stripe.Card);
}`),
    ).toEqual([null, null, null, null, null, null, null, null, null, null, null, null, null]);
  });
});
