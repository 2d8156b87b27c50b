// Typed linting (the user's config gives `parserOptions.projectService`): a value's type comes from the type
// checker, so DTOs declared in other files of the project, inherited members and path aliases are read
// (src/analysis/declared-types.ts `valueMembers`). The code of each case is linted as
// tests/fixtures/typed/src/payments.service.ts, whose imports resolve in that fixture project.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RuleTester } from '@typescript-eslint/rule-tester';
import tsParser from '@typescript-eslint/parser';
import noRawCardData from '../../src/rules/no-raw-card-data.js';
import noCardDataLogging from '../../src/rules/no-card-data-logging.js';
import noSensitiveCardStorage from '../../src/rules/no-sensitive-card-storage.js';
import { vi } from 'vitest';

// The first case of each run builds the fixture's TypeScript program (a few seconds on a busy machine).
vi.setConfig({ testTimeout: 60_000 });

const root = fileURLToPath(new URL('../fixtures/typed', import.meta.url));
const filename = path.join(root, 'src/payments.service.ts');
const typed = { parser: tsParser, parserOptions: { projectService: true, tsconfigRootDir: root } };
const ruleTester = new RuleTester({ languageOptions: typed as never });

const SERVICE = `import Stripe from 'stripe';
import { CreateChargeDto, RefundDto } from '@app/common';
import { PaymentsCreateChargeDto } from './dto/payments-create-charge.dto';

export class PaymentsService {
  private readonly stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '');

  async createCharge({ card, amount, email }: PaymentsCreateChargeDto) {
    const paymentMethod = await this.stripe.paymentMethods.create({ type: 'card', card });
    console.log('charging', email, amount);
    return paymentMethod.id;
  }

  async tokenize(dto: CreateChargeDto) {
    console.log(dto);
    return this.stripe.tokens.create({ card: dto.card });
  }

  async refund(dto: RefundDto, pm: Stripe.PaymentMethod) {
    console.log(dto, pm.card);
    return this.stripe.refunds.create({ charge: dto.chargeId, amount: dto.amount });
  }
}
`;

ruleTester.run('no-raw-card-data (typed linting)', noRawCardData, {
  valid: [
    // Without a program (untyped linting) an imported DTO says nothing: see no-raw-card-data.test.ts, limitations.
    {
      code: `import Stripe from 'stripe';
import type { RefundDto } from './dto/create-charge.dto';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '');
export async function pay(dto: RefundDto, card: { token: string }, anything: any) {
  await stripe.tokens.create({ card });
  await stripe.paymentMethods.create({ type: 'card', card: anything });
  return stripe.paymentMethods.create({ type: 'card', card: dto as never });
}
`,
      filename,
    },
  ],
  invalid: [
    {
      // A NestJS payments service: the card DTO comes through an inherited member of a DTO from another file, imported
      // through a tsconfig path alias (real-world batch AF)
      code: SERVICE,
      filename,
      output: null,
      errors: [
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.paymentMethods.create', what: 'card security code (CVC) and card number (PAN)', field: 'card.cvc, card.number' }, line: 9, column: 83, endLine: 9, endColumn: 87, suggestions: [] },
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.tokens.create', what: 'card security code (CVC) and card number (PAN)', field: 'card.cvc, card.number' }, line: 16, column: 40, endLine: 16, endColumn: 44, suggestions: [] },
      ],
    },
  ],
});

ruleTester.run('no-card-data-logging (typed linting)', noCardDataLogging, {
  valid: [],
  invalid: [
    {
      // The whole DTO is logged with its card; the refund DTO and Stripe's own PaymentMethod card (a package's type) are not card data
      code: SERVICE,
      filename,
      errors: [{ messageId: 'authDataLogged', data: { name: 'dto.card.cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 15, column: 17, endLine: 15, endColumn: 20 }],
    },
  ],
});

ruleTester.run('no-sensitive-card-storage (typed linting)', noSensitiveCardStorage, {
  valid: [],
  invalid: [
    {
      code: `import { PrismaClient } from '@prisma/client';
import { CardDto } from '@app/common';

const prisma = new PrismaClient();

export async function saveCard(userId: string, card: CardDto) {
  await prisma.card.create({ data: { userId, card } });
}
`,
      filename,
      errors: [{ messageId: 'authDataStored', data: { name: 'card.cvc', kind: 'card security code (CVC)', sink: 'a Prisma write' }, line: 7, column: 46, endLine: 7, endColumn: 50 }],
    },
  ],
});
