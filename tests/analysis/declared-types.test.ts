import { describe, expect, it } from 'vitest';
import { declaredMembers, declaredTypeOf, hasTypeInformation, valueMembers } from '../../src/analysis/declared-types.js';
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

  it('reads the type a variable\'s initial value asserts, also destructured, and nothing for `as const`', () => {
    expect(
      membersOf(`${TYPES}
export async function handler(raw: string, req: { body: unknown }) {
  const dto = JSON.parse(raw) as ChargeInput;
  let refund = <Refund>req.body;
  const { card } = req.body as unknown as ChargeInput;
  const { card: { number } } = req.body as { card: { number: CardDto } };
  const fixed = { number: '4242' } as const;
  probe(dto); probe(refund); probe(card); probe(number); probe(dto.card); probe(fixed);
}`),
    ).toEqual([['card', 'amount'], ['charge', 'reason'], ['number', 'cvc', 'exp_month'], ['number', 'cvc', 'exp_month'], ['number', 'cvc', 'exp_month'], null]);
  });

  it("reads a list's element type: T[], readonly T[], Array<T>, ReadonlyArray<T> (not a local Array type)", () => {
    expect(
      membersOf(`${TYPES}
export function save(cards: CardDto[], frozen: readonly Refund[], listed: Array<CardDto>, kept: ReadonlyArray<Alias>, nested: CardDto[][], words: string[]) {
  let vault: CardDto[] = [];
  probe(cards); probe(frozen); probe(listed); probe(kept); probe(nested); probe(vault); probe(words);
}`),
    ).toEqual([['number', 'cvc', 'exp_month'], ['charge', 'reason'], ['number', 'cvc', 'exp_month'], ['charge', 'reason'], ['number', 'cvc', 'exp_month'], ['number', 'cvc', 'exp_month'], null]);
    expect(
      membersOf(`${TYPES}
type Array<T> = { first: T };
function f(list: Array<CardDto>, map: Map<string, CardDto>) { probe(list); probe(map); }`),
    ).toEqual([null, null]); // the file's own generic `Array` is not the global list, and a generic says nothing
  });

  it("Partial<T>, Required<T>, Readonly<T> and NonNullable<T> have T's members (not a local Partial type)", () => {
    expect(
      membersOf(`${TYPES}
export function update(partial: Partial<CardDto>, required: Required<Refund>, frozen: Readonly<CardDto>[], set: NonNullable<Alias>) {
  probe(partial); probe(required); probe(frozen); probe(set);
}`),
    ).toEqual([['number', 'cvc', 'exp_month'], ['charge', 'reason'], ['number', 'cvc', 'exp_month'], ['charge', 'reason']]);
    expect(
      membersOf(`${TYPES}
type Partial<T> = { only: T };
function f(card: Partial<CardDto>) { probe(card); }`),
    ).toEqual([null]);
  });

  it("reads Omit<T, K> and Pick<T, K> as T's members but for, or only, the keys K writes (real-world batch 98)", () => {
    expect(
      membersOf(`${TYPES}
function f(created: Omit<CardDto, 'exp_month'>, picked: Pick<CardDto, 'number' | 'cvc'>, nothing: Omit<CardDto, 'number' | 'cvc' | 'exp_month'>) {
  probe(created); probe(picked); probe(nothing);
}`),
    ).toEqual([['number', 'cvc'], ['number', 'cvc'], []]);
    expect(
      membersOf(`${TYPES}
type Omit<T, K> = { only: T };
function f(card: Omit<CardDto, 'cvc'>) { probe(card); }`),
    ).toEqual([null]);
  });

  it("reads z.infer<typeof S> (and z.input, z.output, z.TypeOf) as the keys of a zod object schema; not another module's z", () => {
    expect(
      membersOf(`
import { z } from 'zod';
import * as zm from 'zod/v4';
import { y } from './not-zod';
const Card = z.object({ number: z.string(), cvc: z.string(), ['computed']: z.string() }).strict();
const Other = zm.object({ pan: zm.string() });
const NotObject = z.string();
type A = z.infer<typeof Card>;
function f(a: A, b: z.input<typeof Card>, c: zm.output<typeof Other>, d: y.infer<typeof Card>, e: z.infer<typeof NotObject>, g: z.ZodType<typeof Card>) {
  probe(a); probe(b); probe(c); probe(d); probe(e); probe(g);
}`),
    ).toEqual([['number', 'cvc'], ['number', 'cvc'], ['pan'], null, null, null]);
  });

  it('says nothing for what the file does not declare or does not pin down', () => {
    expect(
      membersOf(`import type { ImportedDto } from './dto';
import Stripe from 'stripe';
${TYPES}
interface Merged { a: string } interface Merged { b: string }
class Generic<T> { value: T }
type Box<T> = { value: T };
function f(imported: ImportedDto, stripeCard: Stripe.Card, picked: Pick<CardDto, keyof Refund>, either: CardDto | Refund, merged: Merged,
  generic: Generic<string>, box: Box<string>, untyped, text: string) {
  const inferred = make();
  probe(imported); probe(stripeCard); probe(picked); probe(either); probe(merged); probe(generic); probe(box); probe(untyped); probe(text);
  probe(inferred); probe(imported.card); probe(this); probe(x as Stripe.Card);
}`),
    ).toEqual([null, null, null, null, null, null, null, null, null, null, null, null, null]);
  });

  it("reads a parsed response a function returns as it is by the function's declared return type (real-world batch FJ)", () => {
    expect(
      membersOf(`${TYPES}
async function load(id: string): Promise<CardDto> {
  const res = await fetch('/cards/' + id);
  const data = await res.json();
  probe(data);
  return data;
}
function parse(text: string): Refund {
  const refund = JSON.parse(text);
  probe(refund);
  return refund;
}
async function other(id: string): Promise<CardDto> {
  const data = await (await fetch('/cards/' + id)).json();
  probe(data);
  return { ...data };
}
async function untyped(id: string) {
  const data = await (await fetch('/cards/' + id)).json();
  probe(data);
  return data;
}
async function made(id: string): Promise<CardDto> {
  const data = await build(id);
  probe(data);
  return data;
}
async function nested(id: string): Promise<CardDto> {
  const data = await (await fetch('/cards/' + id)).json();
  probe(data);
  return [1].map(() => data)[0]!;
}`),
    ).toEqual([['number', 'cvc', 'exp_month'], ['charge', 'reason'], null, null, null, null]);
  });

  it("reads a const holding a call of a function of the file by that function's declared result (real-world batch FM)", () => {
    expect(
      membersOf(`${TYPES}
async function load(id: string): Promise<CardDto> { return (await fetch('/cards/' + id)).json(); }
function refundOf(text: string): Refund { return JSON.parse(text); }
const arrow = async (id: string): Promise<Refund> => (await fetch('/r/' + id)).json();
async function untyped(id: string) { return (await fetch('/x/' + id)).json(); }
async function show(id: string) {
  const card = await load(id);
  const refund = refundOf('{}');
  const viaArrow = await arrow(id);
  const plain = await untyped(id);
  let later = await load(id);
  const imported = await fetchCard(id);
  probe(card); probe(refund); probe(viaArrow); probe(plain); probe(later); probe(imported);
}`),
    ).toEqual([['number', 'cvc', 'exp_month'], ['charge', 'reason'], ['charge', 'reason'], null, null, null]);
  });
});

describe('valueMembers with a type checker', () => {
  // A stand-in for typescript-eslint's parser services: only the calls valueMembers makes.
  const node = { type: 'ThisExpression' } as never;
  const symbol = (name: string, flags: number, inner: () => unknown) => ({ name, flags, getName: () => name, inner });
  const project = { getSourceFile: () => ({ isDeclarationFile: false }) };
  const library = { getSourceFile: () => ({ isDeclarationFile: true }) };
  const type = (declaration: unknown, properties: ReturnType<typeof symbol>[]) => ({
    getSymbol: () => (declaration ? { declarations: [declaration] } : undefined),
    getProperties: () => properties,
  });
  const withChecker = (root: unknown) =>
    ({
      parserServices: {
        program: {
          getTypeChecker: () => ({
            getTypeAtLocation: () => root,
            getTypeOfSymbolAtLocation: (s: { inner: () => unknown }) => s.inner(),
            getNonNullableType: (t: unknown) => t,
          }),
        },
        esTreeNodeToTSNodeMap: { get: () => ({}) },
      },
    }) as never;

  it("lists a project type's properties (not its methods), nested ones on demand, and nothing for a package's type", () => {
    const card = type(project, [symbol('number', 4, () => type(undefined, [])), symbol('cvc', 4, () => type(undefined, [])), symbol('format', 8192, () => null)]);
    const dto = type(project, [symbol('card', 4, () => card), symbol('amount', 4, () => type(undefined, []))]);
    const members = valueMembers(node, withChecker(dto));
    expect(members?.map((m) => m.name)).toEqual(['card', 'amount']);
    expect(members?.[0]?.members()?.map((m) => m.name)).toEqual(['number', 'cvc']);
    expect(members?.[1]?.members()).toBeNull();
    expect(valueMembers(node, withChecker(type(library, [symbol('number', 4, () => null)])))).toBeNull();
    expect(hasTypeInformation(withChecker(dto))).toBe(true);
    expect(hasTypeInformation({ parserServices: {} } as never)).toBe(false);
  });

  it('says nothing, and never throws, when the checker throws, at once or for a nested member', () => {
    const throwing = { getSymbol: () => { throw new Error('checker'); }, getProperties: () => [] };
    expect(valueMembers(node, withChecker(throwing))).toBeNull();
    const dto = type(project, [symbol('card', 4, () => { throw new Error('nested'); })]);
    expect(valueMembers(node, withChecker(dto))?.[0]?.members()).toBeNull();
  });
});

describe("valueMembers from a parameter's default", () => {
  /** Each `probe(x)` argument's members as `name` (`name:numeric`), nested ones after `.`, or null. */
  const shapeOf = (code: string, filename = 'file.js'): (string[] | null)[] =>
    probeArguments(
      code,
      (node, sourceCode) => {
        const list = (members: ReturnType<typeof valueMembers>, prefix: string): string[] =>
          (members ?? []).flatMap((m) => [`${prefix}${m.name}${m.numeric ? ':numeric' : ''}${m.setting ? ':setting' : ''}`, ...list(m.members(), `${prefix}${m.name}.`)]);
        const members = valueMembers(node, sourceCode);
        return members && list(members, '');
      },
      { filename },
    );

  it("reads the default's keys, nested ones, a const it names, and marks numbers", () => {
    expect(
      shapeOf(`
const initialState = { cardNumber: '', cvv: '', count: 0 };
export const createToken = (card = { card_number: '', cvv: '', 'expiration_month': '' }) => probe(card);
export function reducer(state = initialState, action) { probe(state); }
function nested({ payment = { card: { number: '', cvc: '' }, amount: 0 } }) { probe(payment); }`),
    ).toEqual([
      ['card_number', 'cvv', 'expiration_month'],
      ['cardNumber', 'cvv', 'count:numeric'],
      ['card', 'card.number', 'card.cvc', 'amount:numeric'],
    ]);
  });

  it('leaves out flags, callbacks, patterns and words, and says nothing where no named key is left or the parameter is reassigned', () => {
    expect(
      shapeOf(`
function mask(value, opts = { cvc: false, number: true, format() {}, onChange: () => {}, [key]: '' }) { probe(opts); }
function labelled(labels = { cardNumber: 'Card number', cvv: /^\\d{3,4}$/, expiry: 'MM/YY' }) { probe(labels); }
function empty(card = {}) { probe(card); }
function spread(card = { ...defaults }) { probe(card); }
function reassigned(card = { number: '', cvc: '' }) { card = card.token; probe(card); }
function noDefault(card) { probe(card); }
function notObject(card = makeCard()) { probe(card); }
function local() { let card = { number: '', cvc: '' }; probe(card); }`),
    ).toEqual([null, null, null, null, null, null, null, null]);
  });

  it("leaves out a field's settings (an object of metadata keys) and keeps a field kept with its state", () => {
    expect(
      shapeOf(`
function hostedFields(client, fields = { number: { selector: '#cc-number', placeholder: '4111 1111 1111 1111' }, cvv: { selector: '#cvv' }, amount: '' }) { probe(fields); }
function formState(state = { cardNumber: { value: '', touched: false }, cvc: { value: '' } }) { probe(state); }`),
    ).toEqual([['amount'], ['cardNumber', 'cardNumber.value', 'cvc', 'cvc.value']]);
  });

  it("gives a part of a value its member's members: read off it or taken out of it, declared or defaulted; nothing for a member it lacks", () => {
    expect(
      shapeOf(
        `
interface Payment { card: { number: string; cvc: string }; amount: number }
function typed(p: Payment) { const { card } = p; probe(p.card); probe(card); probe(p.amount); probe(p.other); }
function defaulted(payment = { card: { number: '', cvc: '' }, amount: 0 }) { const { card: c } = payment; probe(payment.card); probe(c); }
function loop() { const { a } = a; probe(a); }`,
        'file.ts',
      ),
    ).toEqual([['number', 'cvc'], ['number', 'cvc'], null, null, ['number', 'cvc'], ['number', 'cvc'], null]);
  });

  it('marks a number other than 0 as a setting written for the field (a length), and 0 as a value to come', () => {
    expect(shapeOf(`function lengths(limits = { cardNumber: 19, cvv: 4, count: 0 }) { probe(limits); }`)).toEqual([['cardNumber:numeric:setting', 'cvv:numeric:setting', 'count:numeric']]);
  });

  it('keeps a value to come (empty, null) and digits', () => {
    expect(shapeOf(`function demo(card = { number: '4242 4242 4242 4242', cvc: null, name: 'Jane' }) { probe(card); }`)).toEqual([['number', 'cvc']]);
  });

  it('lets a declared type win over the default', () => {
    expect(shapeOf(`function pay(card: { token: string } = { number: '', cvc: '' }) { probe(card); }`, 'file.ts')).toEqual([['token']]);
  });
});
