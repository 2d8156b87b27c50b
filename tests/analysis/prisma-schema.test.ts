import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clientNameOf, parsePrismaSchema, prismaModelsFor } from '../../src/analysis/prisma-schema.js';

const inProject = (project: string, file: string): string => fileURLToPath(new URL(`../fixtures/projects/${project}/${file}`, import.meta.url));

describe('parsePrismaSchema', () => {
  it('reads each model scalar column, its @map name and whether a create must set it', () => {
    const models = parsePrismaSchema(
      [
        'datasource db {',
        '  provider = "postgresql"',
        '}',
        '',
        'model Payment {',
        '  id          String   @id @default(uuid())',
        '  user        User     @relation(fields: [userId], references: [id])',
        '  userId      String',
        '  cardNumber  String   // the full number',
        '  cardCvv     String?',
        '  tags        String[]',
        '  cardNo      String   @map("card_number")',
        '  mapped      String   @map(name: "pan")',
        '  updatedAt   DateTime @updatedAt',
        '  touchedAt   String   @updatedAt',
        '  skipped     String   @ignore',
        '  // cvv String',
        '  @@map("payments")',
        '}',
      ].join('\n'),
      'prisma/schema.prisma',
    );
    expect(models).toEqual([
      {
        name: 'Payment',
        file: 'prisma/schema.prisma',
        columns: [
          { name: 'id', mapped: null, required: false, line: 6 },
          { name: 'userId', mapped: null, required: true, line: 8 },
          { name: 'cardNumber', mapped: null, required: true, line: 9 },
          { name: 'cardCvv', mapped: null, required: false, line: 10 },
          { name: 'tags', mapped: null, required: false, line: 11 },
          { name: 'cardNo', mapped: 'card_number', required: true, line: 12 },
          { name: 'mapped', mapped: 'pan', required: true, line: 13 },
          { name: 'touchedAt', mapped: null, required: false, line: 15 },
        ],
      },
    ]);
  });

  it('passes over ignored models, enums, composite types and views, and reads CRLF schemas', () => {
    const text = [
      'model Archive {',
      '  cardNumber String',
      '  @@ignore',
      '}',
      'enum Role {',
      '  ADMIN',
      '}',
      'type Card {',
      '  number String',
      '}',
      'view CardView {',
      '  number String',
      '}',
      'model Order {',
      '  amount Int',
      '}',
    ].join('\r\n');
    expect(parsePrismaSchema(text, 'schema.prisma')).toEqual([{ name: 'Order', file: 'schema.prisma', columns: [{ name: 'amount', mapped: null, required: true, line: 15 }] }]);
  });

  it('reads nothing from a text that is not a schema, and an unclosed model not at all', () => {
    expect(parsePrismaSchema('', 'a.prisma')).toEqual([]);
    expect(parsePrismaSchema('model Payment {\n  cardNumber String\n', 'a.prisma')).toEqual([]);
    expect(parsePrismaSchema('{ "model": "Payment" }', 'a.prisma')).toEqual([]);
  });
});

describe('clientNameOf', () => {
  it("is the model's name with its first letter in lower case, as Prisma Client names it", () => {
    expect(clientNameOf('Payment')).toBe('payment');
    expect(clientNameOf('CreditCard')).toBe('creditCard');
    expect(clientNameOf('payment_methods')).toBe('payment_methods');
  });
});

describe('prismaModelsFor', () => {
  it("reads the package's prisma/schema.prisma, by client name", () => {
    const models = prismaModelsFor(inProject('prisma-shop', 'src/payment.repository.ts'));
    // `Archive` is `@@ignore`d; `AuditEntry`'s `@ignore`d column is not the client's.
    expect([...models.keys()]).toEqual(['user', 'payment', 'savedCard', 'legacyCard', 'giftCard', 'loyaltyCard', 'card', 'auditEntry']);
    expect(models.get('auditEntry')!.columns.map((c) => c.name)).toEqual(['id', 'action']);
    const payment = models.get('payment')!;
    expect(payment.file).toBe('prisma/schema.prisma');
    expect(payment.columns.filter((c) => c.required).map((c) => `${c.name}:${c.line}`)).toEqual(['userId:22', 'cardNumber:24', 'cardHolder:25', 'cardExpiration:26', 'cardCvv:27']);
  });

  it("reads the schema prisma.config.ts names, and a multi-file schema's folder", () => {
    const config = prismaModelsFor(inProject('prisma-config-api', 'src/cards.ts'));
    expect([...config.keys()]).toEqual(['creditCard']);
    expect(config.get('creditCard')!.file).toBe('db/app.prisma');
    const multiFile = prismaModelsFor(inProject('prisma-multi-file', 'src/billing.ts'));
    expect([...multiFile.keys()]).toEqual(['paymentMethod', 'order']);
    expect(multiFile.get('paymentMethod')!.file).toBe('prisma/schema/billing.prisma');
  });

  it('reads, for a package without a schema, the schemas of the workspace packages it depends on', () => {
    const npm = prismaModelsFor(inProject('prisma-monorepo', 'apps/api/src/payments.ts'));
    expect([...npm.keys()]).toEqual(['payment']);
    expect(npm.get('payment')!.file).toBe('packages/db/prisma/schema.prisma');
    // pnpm: `@acme/analytics` and `@acme/db` both declare `Event`, so which one a write reaches is unknown.
    const pnpm = prismaModelsFor(inProject('prisma-turbo', 'apps/web/src/checkout/actions.ts'));
    expect([...pnpm.keys()]).toEqual(['customer', 'payment']);
    expect(pnpm.get('payment')!.columns.filter((c) => c.required).map((c) => `${c.name}:${c.line}`)).toEqual([
      'customerId:20',
      'amount:21',
      'cardNumber:22',
      'cardExpiry:23',
      'cvc:24',
    ]);
  });

  it('is empty for a package without a schema and for a file that is not on disk', () => {
    expect(prismaModelsFor(inProject('sails-shop', 'api/controllers/CardController.js')).size).toBe(0);
    expect(prismaModelsFor('src/payment.repository.ts').size).toBe(0);
    expect(prismaModelsFor('<text>').size).toBe(0);
  });
});
