import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { collectibleCardNumber, forOtherKindOfCard, holdsNoCardData, isMadeUpCardNumber, literalCannotBe, mayNameCardData, sensitiveFieldReadFrom, sensitiveParts, isIssuedCardDetail, writtenValueCannotBe } from '../analysis/card-data.js';
import { CARD_FIELD_LABEL, classifyCardField, encryptedAuthDataKind, kindBesideSiblings, isPostalPin, isSensitiveKind, namesHealthPlanRecord, namesOtherCardRecord, type SensitiveKind } from '../analysis/card-fields.js';
import {
  callSelectors,
  mayDefineWaterlineModel,
  mayHoldSqlWrites,
  mayStoreThroughBareCalls,
  mayCreatePrismaCardRow,
  mayCreatePrismaRows,
  PRISMA_CREATE_CALLS,
  mayWriteWebStorage,
  SQL_LITERAL_SELECTOR,
  SQL_TEMPLATE_ELEMENT_SELECTOR,
  STORAGE_CALL_METHODS,
  mayDeclarePayloadCollection,
  storageSinkOfAssignment,
  storageSinkOfCall,
  storageSinkOfCollection,
  storageSinkOfNew,
  storageSinkOfProperty,
  storageForwarderNames,
  storageSinkOfString,
  tableCardContext,
  type StorageSink,
  type StoredField,
  type OpenColumns,
} from '../analysis/sinks.js';
import { resolveValue, staticString } from '../analysis/values.js';
import { isTestSource } from '../analysis/test-files.js';
import { createRule } from '../util/create-rule.js';

export const MESSAGE_IDS = ['panStored', 'authDataStored', 'issuedCardDetailStored', 'cardDataObjectStored'] as const;
export type MessageIds = (typeof MESSAGE_IDS)[number];
type Options = [{ storeNames: string[] }];

/** Only calls that can be storage sinks reach the listener: member calls by method name, identifier callees where needed. */
const CALLS = callSelectors(STORAGE_CALL_METHODS);
/** Assignments that can be storage sinks where the file never names Web Storage: `document.cookie = …` (and any computed or wrapped target). */
const COOKIE_ASSIGNMENTS = [
  'AssignmentExpression[left.type="MemberExpression"][left.computed=false][left.property.name="cookie"]',
  'AssignmentExpression[left.type="MemberExpression"][left.computed=true]',
  'AssignmentExpression[left.type!="MemberExpression"][left.type!="Identifier"][left.type!="ObjectPattern"][left.type!="ArrayPattern"]',
];
/** `module.exports = …`: a Sails model's definition in its model file. */
const MODULE_EXPORTS_ASSIGNMENT = 'AssignmentExpression[left.type="MemberExpression"][left.computed=false][left.property.name="exports"]';
/** A field set on a request's session (\`req.session.card = …\`, \`ctx.session.cvc = …\`). */
const SESSION_ASSIGNMENT = 'AssignmentExpression[left.type="MemberExpression"][left.object.type="MemberExpression"][left.object.property.name="session"]';


export default createRule<Options, MessageIds>({
  name: 'no-sensitive-card-storage',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow storing card numbers, security codes, track data or PINs in databases, caches, browser storage, cookies or files',
      recommended: 'recommended',
      saq: 'D',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          storeNames: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description: 'Extra receiver names to treat as key-value stores like Redis (`set(key, value)`, `hset(...)`), e.g. `["sessionStore"]`.',
          },
        },
      },
    ],
    defaultOptions: [{ storeNames: [] }],
    messages: {
      panStored:
        '`{{name}}` is a {{kind}} and ends up in {{sink}}. PCI DSS 3.4 requires a stored PAN to be unreadable, and storing it takes the integration out of SAQ A. Keep what Stripe returns instead: the PaymentMethod id, brand, last4 and expiry.',
      authDataStored:
        '`{{name}}` is a {{kind}} and ends up in {{sink}}. PCI DSS 3.3 forbids keeping sensitive authentication data after authorisation, even encrypted. Do not store it; keep the PaymentMethod id, brand, last4 and expiry.',
      issuedCardDetailStored:
        "`{{name}}` is the {{kind}} of a Stripe Issuing card (retrieved with `expand`) and ends up in {{sink}}. Stored, it puts the system that keeps it in PCI DSS scope ({{requirement}}). Keep the Issuing card's id and last4, retrieve the details from Stripe when they are needed, and show them to the cardholder with Issuing Elements, which render them in Stripe's iframes.",
      cardDataObjectStored:
        '`{{object}}` holds {{kind}}: this function {{access}} `{{object}}.{{name}}`, and the whole object ends up in {{sink}}. PCI DSS 3.3 / 3.4 forbid keeping it there. Store only the fields you need: the PaymentMethod id, brand, last4 and expiry.',
    },
  },
  defaultOptions: [{ storeNames: [] }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    // A file that names no card data can still create rows of a Prisma model whose schema requires a card column (the
    // columns its data leaves open: `prisma.payment.create({ data: dto })`); it reads those creates only (below).
    const namesCardData = mayNameCardData(sourceCode);
    if (!namesCardData && !mayCreatePrismaRows(sourceCode)) return {};
    const reported = new Set<string>();

    /** `named`: one report per name at the place (the columns a schema requires of one write's data). */
    function report(kind: SensitiveKind, name: string, sink: StorageSink | string, node: TSESTree.Node, loc?: TSESTree.SourceLocation, named = false): void {
      // A collectible card's number (a trading card's collector number, in a file about such cards).
      if (collectibleCardNumber(kind, sourceCode)) return;
      const where = loc ?? node.loc;
      const key = `${where.start.line}:${where.start.column}:${where.end.line}:${where.end.column}${named ? `:${name}` : ''}`;
      if (reported.has(key)) return;
      reported.add(key);
      const data = { name, kind: CARD_FIELD_LABEL[kind], sink: typeof sink === 'string' ? sink : sink.label };
      // A Stripe Issuing card's own number or CVC (the program's card, shown to its holder): other advice than a
      // payment's (precision probe 296: a collective's virtual cards kept in a model).
      if (isIssuedCardDetail(node, sourceCode)) {
        const requirement = kind === 'pan' ? 'PCI DSS 3.4 requires a stored PAN to be unreadable' : 'PCI DSS 3.3 limits keeping sensitive authentication data';
        context.report({ ...(loc ? { loc } : { node }), messageId: 'issuedCardDetailStored', data: { name: data.name, kind: data.kind, sink: data.sink, requirement } });
        return;
      }
      const messageId = kind === 'pan' ? 'panStored' : 'authDataStored';
      if (loc) context.report({ loc, messageId, data });
      else context.report({ node, messageId, data });
    }

    /**
     * Is a field a demo's card number: named as one, or a bare `number` beside a CVC among `fields`, written as a made-up
     * one (`setItem('CardNumber', '111111111111')`, a seed's `{ number: '123456', cvv: '123' }`)?
     */
    const madeUpCardNumber = (field: StoredField, fields: readonly StoredField[]): boolean =>
      field.value !== undefined &&
      isMadeUpCardNumber(field.value, sourceCode) &&
      (classifyCardField(field.name, { cardContext: field.cardContext }) ??
        kindBesideSiblings(field.name, () => fields.map((f) => f.name))) === 'pan';
    const writesMadeUpCardNumber = (fields: readonly StoredField[]): boolean => fields.some((field) => madeUpCardNumber(field, fields));

    /**
     * Does a made-up card number go to storage with this write: in the same record, or in a storage write among the
     * statements beside it (a demo's `setItem('CardNumber', '111111111111'); setItem('CVV', '123');`)?
     */
    function besideMadeUpCardNumber(sink: StorageSink, origin: TSESTree.Node | undefined): boolean {
      if (writesMadeUpCardNumber(sink.fields)) return true;
      let statement: TSESTree.Node | undefined = origin?.parent;
      if (statement?.type === AST_NODE_TYPES.AwaitExpression) statement = statement.parent;
      if (statement?.type !== AST_NODE_TYPES.ExpressionStatement) return false;
      const block = statement.parent;
      // Read once per block: a seed of thousands of writes asks once, not once per write.
      let known = blocksWithMadeUpCardNumber.get(block);
      if (known === undefined) {
        const body = block.type === AST_NODE_TYPES.Program || block.type === AST_NODE_TYPES.BlockStatement ? block.body : block.type === AST_NODE_TYPES.SwitchCase ? block.consequent : [];
        known = body.some((other) => {
          if (other.type !== AST_NODE_TYPES.ExpressionStatement) return false;
          const expression = other.expression.type === AST_NODE_TYPES.AwaitExpression ? other.expression.argument : other.expression;
          const fields = expression.type === AST_NODE_TYPES.CallExpression ? storageSinkOfCall(expression, sourceCode, options)?.fields : undefined;
          return fields !== undefined && writesMadeUpCardNumber(fields);
        });
        blocksWithMadeUpCardNumber.set(block, known);
      }
      return known;
    }
    const blocksWithMadeUpCardNumber = new WeakMap<TSESTree.Node, boolean>();

    /**
     * `siblings`: the other fields of the record when the sink holds one of them (an entity's column). `origin`: the
     * call that writes it, when a call does.
     */
    function check(sink: StorageSink | null, siblings?: () => readonly string[], origin?: TSESTree.CallExpression): void {
      // Test code writes test cards to test databases and fakes (real-world batch 96): no cardholder data is kept.
      if (!sink || isTestSource(context)) return;
      const sensitiveNames = new Set<string>();
      // A trading card's catalogue or a gift card's table: its card-number column is no PAN.
      let names: readonly string[] | undefined;
      const recordNames = (): readonly string[] => (names ??= [...sink.fields.map((f) => f.name), ...(siblings?.() ?? [])]);
      let otherRecord: boolean | undefined;
      const otherCardRecord = (): boolean => (otherRecord ??= namesOtherCardRecord(recordNames()));
      for (const field of sink.fields) {
        const named = classifyCardField(field.name, { cardContext: field.cardContext });
        // A CVC, track data or PIN kept encrypted or hashed (`encryptedCvc`, `cvvHash`) is still kept (PCI DSS 3.3).
        const kind =
          named === 'safe'
            ? encryptedAuthDataKind(field.name, { cardContext: field.cardContext })
            : (named ?? kindBesideSiblings(field.name, recordNames, { declaredFields: field.value === undefined }));
        if (!isSensitiveKind(kind)) continue;
        if (field.counter && kind === 'pan') continue;
        // A reference holds another record's id, a boolean column a flag; a nested path, read by its siblings only, holds
        // fields of its own.
        if (field.reference || field.flag || (field.nested && named === null)) continue;
        if (anotherCardsField(kind, field.name, field.container, field.node, recordNames, otherCardRecord)) continue;
        // `@Column({ name: 'card_number' }) cardNumber`: one column, one report (at the property).
        if (field.aliasOf !== undefined && sensitiveNames.has(field.aliasOf)) continue;
        sensitiveNames.add(field.name);
        // A key-value write whose value is itself reported says it once, at the value.
        if (field.value && sensitiveParts(field.value, sourceCode, { encrypted: true }).length > 0) continue;
        // ...and a value that is empty or provably a safe form (`setItem('cardNumber', pm.card.last4)`, `setItem('cvc',
        // null)`) is no card data. (A CVC encrypted or hashed is still a CVC kept: PCI DSS 3.3.)
        if (field.value && (holdsNoCardData(kind, field.value, sourceCode) || writtenValueCannotBe(kind, field.value, sourceCode, true))) continue;
        // ...and a literal security code or PIN written with a made-up card number is the same demo's.
        if ((kind === 'cvc' || kind === 'pin') && field.value && staticString(field.value, sourceCode) !== null && besideMadeUpCardNumber(sink, origin)) continue;
        // ...as is a SQL column whose bound parameter is (`VALUES (?)` with `[await bcrypt.hash(number, 10)]`).
        if (field.boundValue && holdsNoCardData(kind, field.boundValue, sourceCode)) continue;
        // ...as is a column too short to hold one (`table.string('card_number', 4)`: a PAN has 12 digits or more, a CVC 3),
        if (field.maxLength !== undefined && field.maxLength < MIN_LENGTH[kind]) continue;
        // ...and a SQL column whose every inserted row writes a literal that cannot be one (a seed's `'0001'`).
        if (field.literals?.every((literal) => literalCannotBe(kind, literal, true))) continue;
        report(kind, field.name, sink, field.node, field.loc);
      }
      for (const value of sink.values) {
        const parts = sensitiveParts(value.node, sourceCode, { cardContext: value.cardContext, encrypted: true });
        // A gift or loyalty card's number and PIN, by the table they go to or the code that writes them, unless a CVC,
        // which only payment cards have, goes with them.
        const otherKind =
          parts.length > 0 &&
          parts.every((part) => part.kind === 'pan' || part.kind === 'pin') &&
          forOtherKindOfCard(value.container, value.node);
        if (!otherKind) for (const part of parts) report(part.kind, part.name, sink, part.node);
        if (parts.length > 0) continue;
        // A Prisma create whose data the file leaves open keeps each card column its model requires: named one by one
        // from the schema, which says more than a field the function happens to read.
        if (value.requiredColumns && checkRequiredColumns(value.requiredColumns) > 0) continue;
        // A whole object (`insertOne(req.body)`) whose card field the same function reads (`req.body.cvc`): stored with it.
        const held = sensitiveFieldReadFrom(value.node, sourceCode);
        if (held && !collectibleCardNumber(held.kind, sourceCode)) {
          context.report({
            node: value.node,
            messageId: 'cardDataObjectStored',
            data: { object: held.object, name: held.name, access: held.access, kind: `the ${CARD_FIELD_LABEL[held.kind]}`, sink: sink.label },
          });
        }
      }
    }

    /**
     * The card columns a Prisma model requires, for a create whose data the file leaves open: every row keeps them.
     * Read as the storage rule reads a schema's declared fields (a gift card's model, a postal PIN), reported at the data.
     */
    function checkRequiredColumns({ model, columns, at }: OpenColumns): number {
      let made = 0;
      const names = model.columns.map((c) => c.name);
      const cardContext = tableCardContext(model.name, names);
      let otherRecord: boolean | undefined;
      const otherCardRecord = (): boolean => (otherRecord ??= namesOtherCardRecord(names));
      for (const column of columns) {
        const kind = classifyCardField(column.name, { cardContext }) ?? (column.mapped === null ? null : classifyCardField(column.mapped, { cardContext }));
        if (!isSensitiveKind(kind)) continue;
        if (anotherCardsField(kind, column.name, model.name, at, () => names, otherCardRecord)) continue;
        const where = `a Prisma write to \`${model.name}\`, whose schema requires that column (${model.file}:${column.line})`;
        report(kind, column.name, where, at, undefined, true);
        made++;
      }
      return made;
    }

    const onCall = (node: TSESTree.CallExpression): void => check(storageSinkOfCall(node, sourceCode, options), undefined, node);
    if (!namesCardData) {
      const onCreate = (node: TSESTree.CallExpression): void => {
        if (mayCreatePrismaCardRow(node, sourceCode)) onCall(node);
      };
      return { [PRISMA_CREATE_CALLS.named]: onCreate, [PRISMA_CREATE_CALLS.computed]: onCreate, [PRISMA_CREATE_CALLS.wrapped]: onCreate };
    }
    const onAssignment = (node: TSESTree.AssignmentExpression): void => check(storageSinkOfAssignment(node, sourceCode));
    const listeners: TSESLint.RuleListener = {
      [CALLS.named]: onCall,
      [CALLS.computed]: onCall,
      [CALLS.wrapped]: onCall,
      NewExpression(node) {
        // Every sink a `new` makes (a schema, a DynamoDB command, a model) keeps the fields of an object argument, the
        // first or, after an entity, the second (Redis OM's `new Schema(Card, { … })`).
        const isObject = (arg: TSESTree.CallExpressionArgument | undefined): boolean =>
          arg !== undefined && arg.type !== AST_NODE_TYPES.SpreadElement && resolveValue(arg, sourceCode).type === AST_NODE_TYPES.ObjectExpression;
        if (!isObject(node.arguments[0]) && !isObject(node.arguments[1])) return;
        check(storageSinkOfNew(node, sourceCode));
      },
      PropertyDefinition: (node) =>
        check(storageSinkOfProperty(node, sourceCode), () =>
          node.parent.body.flatMap((member) =>
            member.type === AST_NODE_TYPES.PropertyDefinition && !member.computed && member.key.type === AST_NODE_TYPES.Identifier ? [member.key.name] : [],
          ),
        ),
    };
    // The file's own storage helpers (`saveCard(card)`, `this.persist(order)`) are sinks too.
    const forwarders = storageForwarderNames(sourceCode);
    if (mayStoreThroughBareCalls(sourceCode) || forwarders.bare) listeners[CALLS.bare] = onCall;
    if (forwarders.methods.length > 0) listeners[callSelectors(new Set(forwarders.methods)).named] = onCall;
    // A Payload CMS collection's config, by its `slug` key.
    if (mayDeclarePayloadCollection(sourceCode)) {
      listeners['ObjectExpression > Property.properties[key.name="slug"]'] = (node: TSESTree.Property) => check(storageSinkOfCollection(node.parent as TSESTree.ObjectExpression, sourceCode));
    }
    if (mayWriteWebStorage(sourceCode)) listeners.AssignmentExpression = onAssignment;
    else {
      for (const selector of COOKIE_ASSIGNMENTS) listeners[selector] = onAssignment;
      listeners[SESSION_ASSIGNMENT] = onAssignment;
      // A Sails model's definition, in its model file.
      if (mayDefineWaterlineModel(sourceCode)) listeners[MODULE_EXPORTS_ASSIGNMENT] = onAssignment;
    }
    if (mayHoldSqlWrites(sourceCode)) {
      listeners[SQL_LITERAL_SELECTOR] = (node: TSESTree.Literal) => {
        if (typeof node.value === 'string' && node.value.length > 10) check(storageSinkOfString(node as TSESTree.StringLiteral, sourceCode));
      };
      const templates = new WeakSet<TSESTree.TemplateLiteral>();
      listeners[SQL_TEMPLATE_ELEMENT_SELECTOR] = (element: TSESTree.TemplateElement) => {
        const node = element.parent;
        if (node.type !== AST_NODE_TYPES.TemplateLiteral || templates.has(node) || node.parent.type === AST_NODE_TYPES.TSLiteralType) return;
        templates.add(node);
        check(storageSinkOfString(node, sourceCode));
      };
    }
    return listeners;
  },
});

/** The fewest characters each kind of sensitive data takes: a PAN 12 digits, a CVC 3, a PIN 4, track data more. */
const MIN_LENGTH: Readonly<Record<SensitiveKind, number>> = { pan: 12, cvc: 3, pin: 4, track: 12 };
/**
 * Is a field named as a card number or PIN another kind of card's, by its record: a record whose fields say another
 * card (a trading card's catalogue, a gift card's balance: `namesOtherCardRecord`), a PIN among postal address fields,
 * or a table, model or class named for another kind of card (`gift_card_balance_checks`, `LoyaltyCard`) or a health
 * plan (`model('PlanoSaude', new Schema({ nomePlano, numeroCartao }))`), unless the record also keeps a CVC, which only
 * payment cards have. The same judgement for a schema's declared fields and a Prisma model's required columns.
 */
function anotherCardsField(
  kind: SensitiveKind,
  name: string,
  container: string | null | undefined,
  node: TSESTree.Node,
  recordNames: () => readonly string[],
  otherCardRecord: () => boolean,
): boolean {
  if (kind === 'pan' && otherCardRecord()) return true;
  if (kind === 'pin' && isPostalPin(name, recordNames())) return true;
  if (kind !== 'pan' && kind !== 'pin') return false;
  return (forOtherKindOfCard(container, node) || (container != null && namesHealthPlanRecord(container))) && !keepsCvc(recordNames());
}

/** Does a record with these field names keep a card security code (read in card context)? */
const keepsCvc = (names: readonly string[]): boolean => names.some((name) => classifyCardField(name, { cardContext: true }) === 'cvc');
