import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  documentMadeBy,
  redactPathSegments,
  redactsKeyPath,
  isCardShaped,
  LOG_CALL_METHODS,
  LOG_CALL_METHODS_WITHOUT_SDK,
  logSinkOfCall,
  mayCreatePrismaRows,
  originOf,
  sqlWrites,
  storageSinkOfAssignment,
  storageSinkOfCall,
  storageSinkOfCollection,
  storageSinkOfNew,
  storageSinkOfProperty,
  storageSinkOfString,
  tableCardContext,
  type StorageSink,
} from '../../src/analysis/sinks.js';
import { rememberPhysicalFilename } from '../../src/analysis/file-cache.js';
import { runWithRule, type RunOptions } from './helpers.js';

/** Every storage sink in `code`, as `label: field,field | value text` (with `*` for card context, `!` for a flag). */
function storage(code: string, options?: RunOptions): string[] {
  const out: string[] = [];
  runWithRule(
    code,
    (context) => {
      const sc = context.sourceCode;
      const show = (sink: StorageSink | null): void => {
        if (!sink) return;
        const fields = sink.fields.map((f) => f.name + (f.cardContext ? '*' : '') + (f.flag ? '!' : ''));
        const values = sink.values.map((v) => sc.getText(v.node) + (v.cardContext ? '*' : ''));
        out.push(`${sink.label}: ${fields.join(',')} | ${values.join(',')}`.replace(/\s+/g, ' '));
      };
      return {
        CallExpression: (node) => show(storageSinkOfCall(node, sc, { storeNames: ['sessionStore'] })),
        NewExpression: (node) => show(storageSinkOfNew(node, sc)),
        AssignmentExpression: (node) => show(storageSinkOfAssignment(node, sc)),
        PropertyDefinition: (node) => show(storageSinkOfProperty(node, sc)),
        Literal: (node) => {
          if (typeof node.value === 'string') show(storageSinkOfString(node as TSESTree.StringLiteral, sc));
        },
        TemplateLiteral: (node) => show(storageSinkOfString(node, sc)),
      };
    },
    options,
  );
  return out;
}

/** Every logging sink in `code`, as `label: arg text,…`. */
function logs(code: string, options?: RunOptions): string[] {
  const out: string[] = [];
  runWithRule(
    code,
    (context) => ({
      CallExpression(node) {
        const sink = logSinkOfCall(node, context.sourceCode, { loggerNames: ['audit'] });
        if (sink) out.push(`${sink.label}: ${sink.args.map((a) => context.sourceCode.getText(a)).join(',')}`);
      },
    }),
    options,
  );
  return out;
}

/** The origin of each `probe(x)` argument in `code`, as `root step…` (`module:redis get:createClient call:createClient`). */
function probedOrigins(code: string): string[] {
  const out: string[] = [];
  runWithRule(code, (context) => ({
    CallExpression(node: TSESTree.CallExpression) {
      if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'probe' || !node.arguments[0]) return;
      const o = originOf(node.arguments[0], context.sourceCode);
      const root = o.root.type === 'module' ? `module:${o.root.source}` : o.root.type === 'global' ? `global:${o.root.name}` : o.root.type === 'typed' ? `typed:${o.root.typeName}` : o.root.type;
      out.push([root, ...o.steps.map((s) => `${s.type}:${s.name ?? ''}`)].join(' '));
    },
  }));
  return out;
}

describe('originOf', () => {
  it('follows imports, requires, destructuring, consts, `this` fields and typed parameters', () => {
    expect(
      probedOrigins(`
      import Redis from 'ioredis';
      import { createClient as cc } from 'redis';
      const { Schema } = require('mongoose');
      const client = cc({ url });
      const io = new Redis();
      class Repo {
        private readonly cache = new Map();
        constructor(private readonly db: Knex) {}
        m() { probe(this.cache); probe(this.db); }
      }
      function f(store: Map<string, string>, plain) { probe(store); probe(plain); }
      probe(client.multi()); probe(io); probe(Schema); probe(window.localStorage);
    `),
    ).toEqual([
      'global:Map new:',
      'typed:Knex',
      'typed:Map',
      'unknown',
      'module:redis get:createClient call:createClient get:multi call:multi',
      'module:ioredis new:',
      'module:mongoose get:Schema',
      'global:window get:localStorage',
    ]);
  });

  it('follows a call of a function or method of the file to the one value it returns (awaited, for an async one)', () => {
    expect(
      probedOrigins(`
      import Redis from 'ioredis';
      import nodemailer from 'nodemailer';
      function cache() { return new Redis(); }
      const mailer = async () => nodemailer.createTransport(options);
      function pick(a) { if (a) return new Redis(); return null; }
      class Repo { store() { return window.localStorage; } async m() { probe(this.store()); } }
      async function f() { probe(cache()); probe(await mailer()); probe(mailer()); probe(pick(1)); }
    `),
    ).toEqual([
      'global:window get:localStorage',
      'module:ioredis new:',
      'module:nodemailer get:createTransport call:createTransport',
      // Not awaited: a promise. Two returns: not one value.
      'value call:',
      'unknown call:',
    ]);
  });

  it("sees through React's useMemo to the value its callback returns", () => {
    expect(
      probedOrigins(`
      import React, { useMemo } from 'react';
      import { useMemo as memo } from 'preact/hooks';
      import { createBrowserClient } from '@supabase/ssr';
      import { useMemo as fakeMemo } from './hooks';
      function Cards() {
        const a = useMemo(() => createBrowserClient(url, key), []);
        const b = React.useMemo(function () { return new Stripe(key); }, [key]);
        const c = memo(() => { if (!key) return null; return createBrowserClient(url, key); }, [key]);
        const d = fakeMemo(() => createBrowserClient(url, key), []);
        const e = useMemo(makeClient, []);
        probe(a); probe(b); probe(c); probe(d); probe(e);
      }
    `),
    ).toEqual([
      'module:@supabase/ssr get:createBrowserClient call:createBrowserClient',
      'global:Stripe new:',
      // Two returns: not one value.
      'module:preact/hooks get:useMemo call:useMemo',
      // Not React's hook.
      'module:./hooks get:useMemo call:useMemo',
      // A callback the file does not write inline.
      'module:react get:useMemo call:useMemo',
    ]);
  });
});

describe('card context of tables', () => {
  it('needs a card-named container and card-shaped siblings', () => {
    expect(isCardShaped(['id', 'number', 'exp_month'])).toBe(true);
    expect(isCardShaped(['id', 'number', 'last4'])).toBe(true);
    expect(isCardShaped(['id', 'number', 'cardholderName'])).toBe(true);
    expect(isCardShaped(['id', 'number', 'title', 'listId'])).toBe(false);
    expect(tableCardContext('credit_cards', ['number', 'expiry'])).toBe(true);
    expect(tableCardContext('CardSchema', ['number', 'cvc'])).toBe(true);
    expect(tableCardContext('cards', ['number', 'title'])).toBe(false);
    expect(tableCardContext('giftCards', ['number', 'expiry'])).toBe(false);
    expect(tableCardContext(null, ['number', 'expiry'])).toBe(false);
  });
});

describe('sqlWrites', () => {
  it('INSERT column lists, UPDATE … SET, upserts, CREATE TABLE, ALTER TABLE … ADD', () => {
    const show = (text: string): string[] =>
      sqlWrites(text).map((s) => `${s.table}(${s.columns.map((c) => `${c.name}@${c.index}`).join(',')})`);
    expect(show('INSERT INTO payments (amount, "card_number", `cvv`) VALUES ($1, $2, $3)')).toEqual(['payments(amount@22,card_number@31,cvv@46)']);
    expect(show('  update public.users set card_number = ?, u.cvc=? where id = ?')).toEqual(['users(card_number@26,cvc@45)']);
    expect(show('INSERT INTO t SET pan = ?, note = ?')).toEqual(['t(pan@18,note@27)']);
    expect(show('INSERT INTO t (a) VALUES (1) ON CONFLICT (a) DO UPDATE SET cvc = excluded.cvc')).toEqual(['t(a@15,cvc@59)']);
    expect(show('INSERT INTO t (a) VALUES (?) ON DUPLICATE KEY UPDATE cvv = VALUES(cvv)')).toEqual(['t(a@15,cvv@53)']);
    expect(show('CREATE TABLE IF NOT EXISTS cards (id SERIAL PRIMARY KEY, number VARCHAR(19), exp DECIMAL(4, 0), PRIMARY KEY (id))')).toEqual([
      'cards(id@34,number@57,exp@77)',
    ]);
    expect(show('ALTER TABLE users ADD COLUMN card_cvv TEXT, ADD CONSTRAINT x UNIQUE (a)')).toEqual(['users(card_cvv@29)']);
    expect(show('SELECT card_number FROM cards; DELETE FROM cards')).toEqual([]);
    expect(show('Please update your card details')).toEqual([]);
  });

  it('an INSERT without a column list: its table, unlisted, no column', () => {
    expect(sqlWrites("INSERT INTO Account VALUES ('1', ?); INSERT INTO t (a) VALUES (?)").map((s) => [s.table, s.columns.length, s.unlisted ?? false])).toEqual([
      ['Account', 0, true],
      ['t', 1, false],
    ]);
  });

  it("an INSERT's literal values per column, when every row gives one", () => {
    const literals = (text: string): (readonly string[] | undefined)[] => sqlWrites(text).flatMap((s) => s.columns.map((c) => c.literals));
    expect(literals("INSERT INTO cards (provider, card_number) VALUES ('VISA','0001'),('MASTERCARD', '0002')")).toEqual([
      ['VISA', 'MASTERCARD'],
      ['0001', '0002'],
    ]);
    expect(literals("INSERT INTO t (a, b, c) VALUES (NULL, 42, 'it''s, (x)')")).toEqual([[''], ['42'], ["it's, (x)"]]);
    expect(literals("INSERT INTO t (a, b) VALUES ('1', ?), ('2', ?)")).toEqual([['1', '2'], undefined]);
    expect(literals("INSERT INTO t (a, b) VALUES ('1', lower('X')), ('2')")).toEqual([undefined, undefined]);
    expect(literals('INSERT INTO t (a) SELECT a FROM u')).toEqual([undefined]);
    expect(literals("INSERT INTO t (a) VALUES ('1'); INSERT INTO u (b) VALUES ($1)")).toEqual([['1'], undefined]);
  });

  it("an INSERT's placeholder per column in a one-row statement: \`$n\` by its number, \`?\` by the ones before it", () => {
    const params = (text: string): (number | undefined)[] => sqlWrites(text).flatMap((s) => s.columns.map((c) => c.param));
    expect(params('INSERT INTO payments (user_id, card_number, amount) VALUES (?, ?, ?)')).toEqual([0, 1, 2]);
    expect(params("INSERT INTO t (a, b, c) VALUES ('?', NOW(), ?)")).toEqual([undefined, undefined, 0]);
    expect(params('INSERT INTO t (a, b) VALUES ($2, $1)')).toEqual([1, 0]);
    expect(params("INSERT INTO t (a) VALUES ('x'); INSERT INTO u (b) VALUES (?)")).toEqual([undefined, 0]);
    // several rows: no one value per column
    expect(params('INSERT INTO t (a) VALUES (?), (?)')).toEqual([undefined]);
  });
});

describe('declarations', () => {
  it('mongoose schemas: new Schema, nested objects, arrays, schema.add, a plain object given to mongoose.model, CJS', () => {
    expect(
      storage(`
        import mongoose, { Schema } from 'mongoose';
        const cardSchema = new Schema({
          cardNumber: { type: String, required: true },
          billing: { card: { number: String, cvc: String }, zip: String },
          cards: [{ number: String, expMonth: Number }],
        });
        cardSchema.add({ cvv: String });
        export default mongoose.model('Card', new mongoose.Schema({ pan: String, last4: String }));
        const notASchema = new Map(); notASchema.add?.({ cvv: 1 });
        const paymentSchema = mongoose.Schema({ cardHolderName: String, cardNumber: String });
        const other = Schema({ cvv: String });
        const Card = mongoose.model('Card', { CardNum: String, Cvv: String });
        const Plain = mongoose.model('Plain', cardShape); const cardShape = { number: String };
        const NotMongoose = registry.model('Card', { cvv: String });
      `),
    ).toEqual([
      'a mongoose schema: cardNumber,billing,card,number*,cvc*,zip,cards,number*,expMonth* | ',
      'a mongoose schema: cvv* | ',
      'a mongoose schema: pan*,last4* | ',
      'a mongoose schema: cardHolderName,cardNumber | ',
      'a mongoose schema: cvv | ',
      'a mongoose schema: CardNum*,Cvv* | ',
      'a mongoose schema: number | ',
    ]);
  });

  it('mongoose handed out by a local module: by its path or the name it is bound to', () => {
    expect(
      storage(`
        import mongoose from '../config/db';
        import { Schema } from '../lib/mongoose.js';
        import { Schema as Other } from '../lib/forms';
        import kit from '../lib/kit';
        new mongoose.Schema({ cardNumber: String }); new Schema({ cvv: String });
        new Other({ cvv: String }); new kit.Schema({ cvv: String });
        const CardSchema = mongoose.Schema({ number: String }); kit.Schema({ cvv: String });
      `),
    ).toEqual(['a mongoose schema: cardNumber | ', 'a mongoose schema: cvv | ', 'a mongoose schema: number | ']);
  });

  it('Sequelize define / Model.init / migrations, Knex schema builders, Drizzle tables, TypeORM migrations', () => {
    expect(
      storage(`
        const { Sequelize, DataTypes, Model } = require('sequelize');
        const sequelize = new Sequelize('sqlite::memory:');
        sequelize.define('CreditCard', { number: DataTypes.STRING, expiry: DataTypes.STRING, cvvCode: { type: DataTypes.STRING, field: 'card_cvv' } });
        class Payment extends Model {}
        Payment.init({ cardNumber: DataTypes.STRING }, { sequelize, tableName: 'payments' });
        module.exports = { up: (queryInterface) => queryInterface.addColumn('users', 'card_number', { type: DataTypes.STRING }) };
        knex.schema.createTable('cards', (table) => { table.increments('id'); table.string('number', 19).notNullable(); table.string('brand'); });
        new Map().table?.('x', (t) => t.string('cvv'));
      `),
    ).toEqual([
      'a Sequelize model: number*,expiry*,cvvCode*,card_cvv* | ',
      'a Sequelize model: cardNumber | ',
      'a database migration: card_number | ',
      'a Knex schema: id*,number*,brand* | ',
    ]);
    expect(
      storage(`
        import { pgTable, text, integer } from 'drizzle-orm/pg-core';
        import { sqliteTable as table } from 'drizzle-orm/sqlite-core';
        export const cards = pgTable('cards', { id: integer('id'), pan: text('card_pan'), expMonth: integer('exp_month') });
        export const users = table('users', (t) => ({ cvc: t.text() }));
      `),
    ).toEqual(['a Drizzle table: id*,pan*,card_pan*,expMonth*,exp_month* | ', 'a Drizzle table: cvc | ']);
    // A table function made by a creator (create-t3-app's `createTable`, real-world batch 323); not another call's result.
    expect(
      storage(`
        import { pgTableCreator, text } from 'drizzle-orm/pg-core';
        import * as mysql from 'drizzle-orm/mysql-core';
        import { pgTable } from 'drizzle-orm/pg-core';
        export const createTable = pgTableCreator((name) => \`app_\${name}\`);
        const mysqlTable = mysql.mysqlTableCreator((name) => name);
        const other = pgTable('x', {}).$withAuth();
        export const cards = createTable('card', { cvc: text('cvc') });
        export const legacy = mysqlTable('legacy', { pan: text('pan') });
        other('y', { cvv: text('cvv') });
      `),
    ).toEqual(['a Drizzle table: | ', 'a Drizzle table: cvc* | ', 'a Drizzle table: pan | ']);
    // The app's own instance under a connection's name, from a local module (real-world batch 88); an unrelated define
    expect(
      storage(`
        const { conn, Sequelize } = require('../conn');
        const CreditCard = conn.define('credit_card', { ccNum: { type: Sequelize.STRING }, cvc: Sequelize.STRING });
        customElements.define('card-input', { cvc: 1 });
      `),
    ).toEqual(['a Sequelize model: ccNum*,cvc* | ']);
    // TypeORM migrations: Table / TableColumn from typeorm, not another module's
    expect(
      storage(`
        import { Table, TableColumn } from 'typeorm';
        import Grid from 'cli-table3';
        const cardColumns = [{ name: 'number', type: 'varchar' }, new TableColumn({ name: 'exp_month', type: 'int' })];
        queryRunner.createTable(new Table({ name: 'cards', columns: cardColumns }), true);
        queryRunner.addColumn('orders', new TableColumn({ name: 'card_cvv', type: 'varchar' }));
        queryRunner.addColumns('orders', [new TableColumn({ name: 'pan', type: 'varchar' }), { name: 'note' }]);
        queryRunner.changeColumn('orders', 'cvc', new TableColumn({ name: 'cvc_check', type: 'varchar' }));
        queryRunner.createTable(new Grid({ name: 'cards', columns: [{ name: 'cvv' }] }));
        queryRunner.addColumns('orders', [{ name: 'cvv' }]);
      `),
    ).toEqual([
      'a TypeORM migration: number*,exp_month* | ',
      'a TypeORM migration: card_cvv | ',
      'a TypeORM migration: pan,note | ',
      'a TypeORM migration: cvc_check | ',
    ]);
  });

  it('decorated properties: TypeORM, MikroORM, sequelize-typescript, @nestjs/mongoose; not class-validator', () => {
    expect(
      storage(`
        import { Entity, Column, PrimaryGeneratedColumn } from 'typeorm';
        import { Property } from '@mikro-orm/core';
        import * as st from 'sequelize-typescript';
        import { Prop } from '@nestjs/mongoose';
        import { IsString } from 'class-validator';
        @Entity('credit_cards')
        export class CreditCard {
          @PrimaryGeneratedColumn() id: number;
          @Column({ name: 'card_number' }) number: string;
          @Column() expMonth: number;
          @IsString() cvc: string;
        }
        class A { @Property() cvv!: string; @st.Column cardNumber?: string; @Prop({ required: true }) pan: string; }
      `),
    ).toEqual([
      'a TypeORM entity: number*,card_number* | ',
      'a TypeORM entity: expMonth* | ',
      'a MikroORM entity: cvv | ',
      'a sequelize-typescript model: cardNumber | ',
      'a mongoose schema: pan | ',
    ]);
  });

  it('fields declared booleans are flags, and corroborate no card beside them: mongoose, TypeORM, sequelize-typescript', () => {
    expect(
      storage(`
        import mongoose from 'mongoose';
        import { Entity, Column } from 'typeorm';
        import { Column as C, DataType } from 'sequelize-typescript';
        const cardSchema = new mongoose.Schema({ number: String, pin: { type: Boolean }, tags: [Boolean] });
        const cardsSchema = new mongoose.Schema({ number: String, pin: String });
        @Entity('cards') class Card { @Column() number: string; @Column() pin: boolean; @Column('bool') pinned; @Column({ type: 'boolean' }) cvc; }
        @Entity('cards') class Vault { @Column() number: string; @Column() pin: string; }
        class Flash { @C(DataType.BOOLEAN) cvc: string; }
      `),
    ).toEqual([
      'a mongoose schema: number,pin!,tags! | ',
      'a mongoose schema: number*,pin* | ',
      'a TypeORM entity: number | ',
      'a TypeORM entity: pin! | ',
      'a TypeORM entity: pinned! | ',
      'a TypeORM entity: cvc! | ',
      'a TypeORM entity: number* | ',
      'a TypeORM entity: pin* | ',
      'a sequelize-typescript model: cvc! | ',
    ]);
  });

  it("LoopBack 4: @property of a class extending the module's Entity; not a Model, nor another module's Entity", () => {
    expect(
      storage(`
        import { Entity, Model, model, property } from '@loopback/repository';
        import * as repo from '@loopback/repository';
        import { Entity as OtherEntity } from './base';
        @model() export class Card extends Entity { @property({ type: 'string' }) cardNumber: string; @property() holder: string; }
        @model() export class Vault extends repo.Entity { @repo.property({ type: 'string', name: 'card_cvv' }) cvv: string; }
        @model() export class PayBody extends Model { @property() cardNumber: string; }
        @model() export class Local extends OtherEntity { @property() cvc: string; }
        export class Plain { @property() pan: string; }
      `),
    ).toEqual(['a LoopBack entity: cardNumber* | ', 'a LoopBack entity: holder* | ', 'a LoopBack entity: cvv,card_cvv | ']);
  });

  it('SQL strings and templates, located in the source', () => {
    const out: string[] = [];
    runWithRule('db.query(`INSERT INTO payments (order_id, card_number) VALUES (${id}, $2)`);', (context) => ({
      TemplateLiteral(node) {
        for (const f of storageSinkOfString(node, context.sourceCode)?.fields ?? []) out.push(`${f.name}@${f.loc!.start.column}-${f.loc!.end.column}`);
      },
    }));
    expect(out).toEqual(['order_id@32-40', 'card_number@42-53']);
    expect(
      storage(`
        connection.query('INSERT INTO cards SET ?', { number, exp_month });
        pool.execute('UPDATE users SET ? WHERE id = ?', [{ cvc }, id]);
        pool.query('SELECT * FROM cards WHERE ?', { number });
      `),
    ).toEqual(['a SQL statement: | { number, exp_month }*', 'a SQL statement: | { cvc }']);
  });

  it("a record bound to a column that names no card field is stored: an object, through a const or JSON.stringify (real-world batch GG)", () => {
    expect(
      storage(`
        const vccDetails = { cardNumber, cvv };
        query('INSERT INTO payments (booking_id, vcc_details) VALUES ($1, $2)', [bookingId, vccDetails]);
        pool.query('INSERT INTO payments (booking_id, details) VALUES (?, ?)', [id, JSON.stringify({ cvv })]);
        pool.query('INSERT INTO payments (booking_id, card_number, note) VALUES ($1, $2, $3)', [id, { n }, note]);
        query(\`
          INSERT INTO payments (booking_id, vcc_details)
          VALUES ($1, $2)
        \`, [bookingId, vccDetails]);
        query(\`INSERT INTO \${table} (booking_id, vcc_details) VALUES ($1, $2)\`, [bookingId, vccDetails]);
      `),
    ).toEqual([
      'a SQL statement: booking_id,vcc_details | vccDetails',
      'a SQL statement: booking_id,details | JSON.stringify({ cvv })',
      'a SQL statement: booking_id,card_number,note | ',
      'a SQL statement: booking_id,vcc_details | vccDetails',
    ]);
  });

  it('a row written without a column list: the values a template writes in its holes, or the elements bound to its placeholders', () => {
    expect(
      storage(`
        db.query(\`INSERT INTO CreditCards VALUES ('\${cardNumber}', '\${customerId}', '\${cvc}')\`);
        db.query('INSERT INTO Account VALUES (?, ?, ?)', [number, customerId, cvc]);
        db.query('INSERT INTO Account VALUES (?, ?)', params);
        db.query(\`SELECT * FROM Account WHERE id = \${id}\`);
      `),
    ).toEqual(['a SQL statement: | cardNumber,customerId,cvc', 'a SQL statement: | number,customerId,cvc']);
  });
});

describe('writes', () => {
  it("a model typed as mongoose's Model<X> (NestJS's injected models; real-world batch 258), not another module's Model", () => {
    expect(
      storage(`
        import { Model } from 'mongoose';
        import { Model as Base } from './base';
        class UserService {
          constructor(private userModel: Model<User>, private other: Base<User>) {}
          create(cvv: string) { this.userModel.create({ cvv }); this.other.create({ cvv }); }
        }
      `),
    ).toEqual(['a database model: | { cvv }']);
  });

  it("Redis OM's schemas and repositories, 0.3 and 0.4 (real-world batch 256); not another module's", () => {
    expect(
      storage(`
        import { Client, Entity, Repository, Schema } from 'redis-om';
        const client = new Client();
        class Card extends Entity {}
        const cardSchema = new Schema(Card, { number: { type: 'string' }, cvv: { type: 'string' } });
        const named = new Schema('payment', { cardNumber: { type: 'string' } });
        client.fetchRepository(cardSchema).createAndSave({ number, cvv });
        client.fetchRepository(cardSchema).createEntity({ cvv });
        const payments = new Repository(named, redis);
        payments.save({ cardNumber });
        payments.save('p1', { cardNumber });
        payments.fetch('p1');
      `),
    ).toEqual([
      'a Redis OM schema: number*,cvv* | ',
      'a Redis OM schema: cardNumber | ',
      'a Redis OM repository: | { number, cvv }*',
      'a Redis OM repository: | { cvv }*',
      'a Redis OM repository: | { cardNumber }',
      'a Redis OM repository: | { cardNumber }',
    ]);
    expect(storage(`import { Repository, Schema } from './orm'; new Schema(Card, { cvv: String }); new Repository(s).save({ cvv });`)).toEqual([]);
  });

  it('job queues kept in Redis: BullMQ, Bull, Bee-Queue (real-world batch EQ); not a list or another library', () => {
    expect(
      storage(`
        import { Queue, FlowProducer } from 'bullmq';
        import BeeQueue from 'bee-queue';
        import { paymentsQueue } from './queues';
        const charges = new Queue('charges', { connection });
        const flow = new FlowProducer({ connection });
        const bee = new BeeQueue('receipts');
        charges.add('charge', { cardNumber, cvv });
        charges.addBulk([{ name: 'charge', data: { cvv } }]);
        flow.add({ name: 'renew', queueName: 'renewals', data: { cvc } });
        bee.createJob({ cvc }).save();
        paymentsQueue.add({ cvc });
        const seen = new Set(); seen.add(cvv);
        const list = new Queue2(); list.add('x', { cvv });
      `),
    ).toEqual([
      'a job queue (Redis): | { cardNumber, cvv }',
      "a job queue (Redis): | [{ name: 'charge', data: { cvv } }]",
      "a job queue (Redis): | { name: 'renew', queueName: 'renewals', data: { cvc } }",
      'a job queue (Redis): | { cvc }',
      'a job queue (Redis): | { cvc }',
    ]);
    // A queue named so, in a file that imports no job queue, is no such queue.
    expect(storage(`import { paymentsQueue } from './queues'; paymentsQueue.add({ cvc });`)).toEqual([]);
  });

  it('job stores of Agenda (MongoDB), pg-boss (Postgres) and Kue (Redis), by module (real-world batch ET)', () => {
    expect(
      storage(`
        import Agenda from 'agenda';
        import PgBoss from 'pg-boss';
        import kue from 'kue';
        const agenda = new Agenda({ db });
        const boss = new PgBoss(url);
        const queue = kue.createQueue();
        agenda.now('charge', { cardNumber });
        agenda.every('1 day', 'renew', { cvc });
        agenda.create('charge', { cvv }).save();
        boss.send('charge', { cvc });
        boss.send({ name: 'charge', data: { cardNumber } });
        boss.sendAfter('charge', { pan }, {}, later);
        queue.create('payment', { cvc }).save();
        socket.send('charge', { cvc });
        new Map().set('charge', { cvc });
      `),
    ).toEqual([
      'a job queue (MongoDB): | { cardNumber }',
      'a job queue (MongoDB): | { cvc }',
      'a job queue (MongoDB): | { cvv }',
      'a job queue (Postgres): | { cvc }',
      'a job queue (Postgres): | { cardNumber }',
      'a job queue (Postgres): | { pan }',
      'a job queue (Redis): | { cvc }',
    ]);
  });

  it("a Prisma create's data left open: the required columns its model's schema names (prisma-schema.ts)", () => {
    const filename = fileURLToPath(new URL('../fixtures/projects/prisma-shop/src/orders.ts', import.meta.url));
    const open: string[] = [];
    runWithRule(
      `
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        prisma.payment.create({ data: dto });
        prisma.payment.create({ data: { ...dto, userId, cardHolder } });
        prisma.payment.create({ data: { ...{ userId: 'u1' }, cardNumber, cardHolder, cardExpiration, cardCvv } });
        prisma.payment.createMany({ data: [{ userId, cardNumber, cardHolder, cardExpiration, cardCvv }, ...rows] });
        prisma.payment.upsert({ where: { id }, update: dto, create: input });
        prisma.payment.update({ where: { id }, data: dto });
        prisma.order.create({ data: dto });
        prisma.auditEntry.create({ data: dto });
      `,
      (context) => {
        // What the plugin's rules do first (createRule): the analysis learns the file's place on disk.
        rememberPhysicalFilename(context.sourceCode, context.physicalFilename);
        return {
          CallExpression: (node) => {
            for (const value of storageSinkOfCall(node, context.sourceCode)?.values ?? []) {
              const columns = value.requiredColumns;
              if (columns) open.push(`${columns.model.name} at ${context.sourceCode.getText(columns.at)}: ${columns.columns.map((c) => c.name).join(',')}`);
            }
          },
        };
      },
      { filename },
    );
    expect(open).toEqual([
      'Payment at dto: userId,cardNumber,cardHolder,cardExpiration,cardCvv',
      'Payment at dto: cardNumber,cardExpiration,cardCvv',
      'Payment at rows: userId,cardNumber,cardHolder,cardExpiration,cardCvv',
      'Payment at input: userId,cardNumber,cardHolder,cardExpiration,cardCvv',
      'AuditEntry at dto: action',
    ]);
  });

  it('Prisma, query builders (Knex, Objection, Drizzle, Kysely, TypeORM)', () => {
    expect(
      storage(`
        import { PrismaClient } from '@prisma/client';
        const prisma = new PrismaClient();
        prisma.card.create({ data: { number: n, expMonth: 1 } });
        prisma.user.upsert({ where: { id }, create: { cvc }, update: { cvc } });
        api.users.create({ data: { cvc } });
        const knex = require('knex')({ client: 'pg' });
        knex('payments').insert({ card_number: n });
        knex.insert({ cvv }).into('cards');
        Card.query().patch({ cvv });
        db.insert(cards).values({ cvc });
        db.updateTable('users').set({ cvc }).execute();
        dataSource.createQueryBuilder().insert().into(Card).values({ cvc }).execute();
        $('#list').insert({ cvc });
      `),
    ).toEqual([
      'a Prisma write: | { number: n, expMonth: 1 }*',
      'a Prisma write: | { cvc },{ cvc }',
      'a query-builder write: | { card_number: n }',
      'a query-builder write: | { cvv }*',
      'a query-builder write: | { cvv }*',
      'a query-builder write: | { cvc }*',
      'a query-builder write: | { cvc }',
      'a query-builder write: | { cvc }*',
    ]);
  });

  it("Supabase: a table's insert, upsert and update, on a Supabase client only", () => {
    expect(
      storage(`
        import { createClient } from '@supabase/supabase-js';
        import { supabase as shared } from '@/lib/supabase';
        import { createClient as serverClient } from '@/utils/supabase/server';
        import type { SupabaseClient } from '@supabase/supabase-js';
        const supabase = createClient(url, key);
        export async function save(card, admin: SupabaseClient) {
          await supabase.from('cards').insert({ number: card.number });
          await shared.from('cards').upsert([{ cvc: card.cvc }]);
          const client = await serverClient();
          await client.from('cards').update({ cvc: card.cvc }).eq('id', card.id);
          await admin.from('cards').insert({ cvc: card.cvc });
          const nuxt = useSupabaseClient();
          await nuxt.from('cards').insert({ cvc: card.cvc });
          await supabaseAdmin.from('cards').insert({ cvc: card.cvc });
          await api.from('cards').insert({ cvc: card.cvc });
          await supabase.storage.from('receipts').upload(path, { cvc: card.cvc });
          await Array.from(cards).push({ cvc: card.cvc });
        }
      `),
    ).toEqual([
      'a Supabase write: | { number: card.number }',
      'a Supabase write: | [{ cvc: card.cvc }]*',
      'a Supabase write: | { cvc: card.cvc }*',
      'a Supabase write: | { cvc: card.cvc }*',
      'a Supabase write: | { cvc: card.cvc }*',
      'a Supabase write: | { cvc: card.cvc }*',
    ]);
    // Deno (Supabase Edge Functions) imports the package by URL or with a prefix.
    expect(
      storage(`
        import { createClient } from 'https://esm.sh/@supabase/supabase-js@2';
        import { createClient as fromNpm } from 'npm:@supabase/supabase-js@2';
        import { createClient as fromJsr } from 'jsr:@supabase/supabase-js@2';
        import { createClient as other } from 'https://esm.sh/other-db@1';
        const a = createClient(url, key);
        const b = fromNpm(url, key);
        const c = fromJsr(url, key);
        const d = other(url, key);
        a.from('cards').insert({ cvc });
        b.from('cards').insert({ cvc });
        c.from('cards').insert({ cvc });
        d.from('cards').insert({ cvc });
      `),
    ).toEqual(['a Supabase write: | { cvc }*', 'a Supabase write: | { cvc }*', 'a Supabase write: | { cvc }*']);
    // SvelteKit's \`locals.supabase\`, a class's \`this.supabase\`, Nuxt's \`#supabase/server\` and its auto-imports, a
    // parameter typed by a global type; not a client of another package under a Supabase name.
    expect(
      storage(`
        import { serverSupabaseClient as client } from '#supabase/server';
        import { createClient } from 'other-db';
        import { Knex } from 'knex';
        export const actions = { default: async ({ locals, request }) => locals.supabase.from('cards').insert({ cvc: request.cvc }) };
        class Cards { save(card) { return this.supabase.from('cards').insert({ cvc: card.cvc }); } }
        export default defineEventHandler(async (event) => {
          await (await client(event)).from('cards').insert({ cvc });
          await (await serverSupabaseServiceRole(event)).from('cards').insert({ cvc });
        });
        export const typed = (supabaseClient: ReturnType<typeof make>) => supabaseClient.from('cards').insert({ cvc });
        const supabaseLike = createClient();
        supabaseLike.from('cards').insert({ cvc });
        export const knexTyped = (supabase: Knex) => supabase.from('cards').insert({ cvc });
      `),
    ).toEqual([
      'a Supabase write: | { cvc: request.cvc }*',
      'a Supabase write: | { cvc: card.cvc }*',
      'a Supabase write: | { cvc }*',
      'a Supabase write: | { cvc }*',
      'a Supabase write: | { cvc }*',
      // (Knex's, by its type)
      'a query-builder write: | { cvc }*',
    ]);
  });

  it("NeDB's datastores, made with new or nedb-promises' create: insert and update; not a query, nor another module's insert", () => {
    expect(
      storage(
        `
        const Datastore = require('nedb');
        const Promised = require('nedb-promises');
        const { Queue } = require('./queue');
        const db = new Datastore({ filename: 'dbfiles/cards.db', autoload: true });
        const cards = Promised.create('cards.db');
        const queue = new Queue();
        db.insert({ cvc: card.cvc }, (err) => done(err));
        cards.update({ _id: id }, { $set: { cvc: card.cvc } });
        db.find({ cvc: card.cvc }, (err, docs) => done(docs));
        queue.insert({ cvc: card.cvc });
      `,
        { parser: 'espree' },
      ),
    ).toEqual(['an NeDB datastore: | { cvc: card.cvc }', 'an NeDB datastore: | { $set: { cvc: card.cvc } }']);
  });

  it('back ends as a service: Convex, PocketBase, Appwrite, Payload; idb-keyval', () => {
    expect(
      storage(`
        import { mutation } from './_generated/server';
        import PocketBase from 'pocketbase';
        import { Client, Databases, TablesDB } from 'node-appwrite';
        import { set } from 'idb-keyval';
        import { set as lodashSet } from 'lodash';
        import { Index } from 'search-engine';
        const pb = new PocketBase(url);
        const databases = new Databases(new Client());
        const tables = new TablesDB(new Client());
        const index = new Index();
        export const add = mutation({
          handler: async (ctx, { card }) => {
            await ctx.db.insert('cards', { number: card.number });
            await ctx.db.patch(card.id, { cvc: card.cvc });
            const { db } = ctx;
            await db.patch(card.id, { cvc: card.cvc });
            await ctx.db.get(card.id);
            await pb.collection('cards').create({ cvc: card.cvc });
            await pb.collection('users').update(card.user, { cvc: card.cvc });
            await pb.collection('cards').getList(1, 20, { cvc: card.cvc });
            await databases.createDocument('main', 'cards', 'unique()', { cvc: card.cvc });
            await tables.createRow({ databaseId: 'main', tableId: 'cards', rowId: 'unique()', data: { cvc: card.cvc } });
            await index.createDocument('main', 'cards', 'unique()', { cvc: card.cvc });
            await payload.create({ collection: 'cards', data: { cvc: card.cvc } });
            await payload.create({ cvc: card.cvc });
            await set('cvc', card.cvc);
            lodashSet(state, 'cvc', card.cvc);
          },
        });
      `),
    ).toEqual([
      'a Convex write: | { number: card.number }',
      'a Convex write: | { cvc: card.cvc }',
      'a Convex write: | { cvc: card.cvc }',
      'a PocketBase write: | { cvc: card.cvc }*',
      'a PocketBase write: | { cvc: card.cvc }',
      'an Appwrite write: | { cvc: card.cvc }*',
      'an Appwrite write: | { cvc: card.cvc }*',
      'a Payload write: | { cvc: card.cvc }*',
      'IndexedDB: cvc | card.cvc',
    ]);
    // Convex's \`db\` only where the file imports Convex's server module; PocketBase's client only by module or name.
    expect(
      storage(`
        import { db } from './db';
        import { mongo } from './mongo';
        export async function save(card) {
          await db.insert('cards', { cvc: card.cvc });
          await mongo.collection('cards').create({ cvc: card.cvc });
        }
      `),
    ).toEqual([]);
  });

  it("CMS database layers: Strapi's entity service, query engine and document service, Keystone's lists and its list APIs on its context (real-world batch 338)", () => {
    expect(
      storage(`
        export default ({ strapi }) => ({
          async save(card) {
            await strapi.entityService.create('api::payment.payment', { data: { cvc: card.cvc } });
            await strapi.entityService.update('api::payment.payment', card.id, { data: { cvc: card.cvc } });
            await strapi.db.query('api::card.card').create({ data: { cvc: card.cvc } });
            await strapi.documents('api::card.card').update({ documentId: card.id, data: { cvc: card.cvc } });
            await strapi.entityService.findMany('api::card.card', { filters: { cvc: card.cvc } });
            await strapi.db.query('api::card.card').findOne({ where: { cvc: card.cvc } });
            await other.entityService.create('api::card.card', { data: { cvc: card.cvc } });
            await strapi.documents('api::card.card').create({ cvc: card.cvc });
          },
        });
        export async function keep(context, card) {
          await context.db.CreditCard.createOne({ data: { cvc: card.cvc } });
          await context.sudo().query.CreditCard.updateOne({ where: { id: card.id }, data: { cvc: card.cvc } });
          await context.db.CreditCard.updateMany({ data: [{ where: { id: card.id }, data: { cvc: card.cvc } }] });
          await context.db.CreditCard.findOne({ where: { cvc: card.cvc } });
          await client.db.CreditCard.createOne({ data: { cvc: card.cvc } });
        }
      `),
    ).toEqual([
      'a Strapi write: | { cvc: card.cvc }',
      'a Strapi write: | { cvc: card.cvc }',
      'a Strapi write: | { cvc: card.cvc }*',
      'a Strapi write: | { cvc: card.cvc }*',
      'a Keystone write: | { cvc: card.cvc }*',
      'a Keystone write: | { cvc: card.cvc }*',
      'a Keystone write: | { cvc: card.cvc }*',
    ]);
    // Keystone's lists, named by their const or their key under \`lists\`: a \`checkbox()\` is a flag; not another
    // module's \`list\`.
    expect(
      storage(`
        import { config, list } from '@keystone-6/core';
        import { checkbox, integer, text } from '@keystone-6/core/fields';
        import { list as makeList } from './lists';
        export const CreditCard = list({ access: allowAll, fields: { cardNumber: text(), cvc: text(), expMonth: integer() } });
        export default config({
          lists: { Note: list({ fields: { title: text(), pin: checkbox() } }) },
        });
        makeList({ fields: { cvc: text() } });
      `),
    ).toEqual(['a Keystone list: cardNumber*,cvc*,expMonth* | ', 'a Keystone list: title,pin! | ']);
  });

  it("Payload CMS collections: their fields by slug, nested in groups, arrays, rows and collapsibles; a checkbox is a flag (real-world batch 338)", () => {
    const collections = (code: string): string[] => {
      const out: string[] = [];
      runWithRule(code, (context) => ({
        ObjectExpression(node: TSESTree.ObjectExpression) {
          const sink = storageSinkOfCollection(node, context.sourceCode);
          if (sink) out.push(`${sink.label} ${sink.fields[0]?.container}: ${sink.fields.map((f) => f.name + (f.cardContext ? '*' : '') + (f.flag ? '!' : '')).join(',')}`);
        },
      }));
      return out;
    };
    expect(
      collections(`
        import type { CollectionConfig } from 'payload';
        const fields = [{ name: 'number', type: 'text' }, { name: 'cvv', type: 'text' }];
        export const CreditCards: CollectionConfig = { slug: 'credit-cards', fields };
        export const Orders: CollectionConfig = {
          slug: 'orders',
          fields: [
            { name: 'total', type: 'number' },
            { name: 'payment', type: 'group', fields: [{ type: 'row', fields: [{ name: 'cardNumber', type: 'text' }, { name: 'pin', type: 'checkbox' }] }] },
            { type: 'tabs', tabs: [] },
          ],
        };
        export const Posts = { slug: 'posts', fields: [] };
        export const Route = { slug: someSlug, fields: [{ name: 'cvc', type: 'text' }] };
      `),
    ).toEqual(['a Payload collection credit-cards: number*,cvv*', 'a Payload collection orders: total,cardNumber,pin!']);
  });

  it("client stores a plugin persists: zustand's persist, Pinia's persisted state; by the keys it keeps", () => {
    expect(
      storage(`
        import { create } from 'zustand';
        import { persist, createJSONStorage, devtools, combine } from 'zustand/middleware';
        import { defineStore } from 'pinia';
        create(devtools(persist((set) => ({ cardNumber: '', step: 0, pay: () => set({}) }), { name: 'checkout', storage: createJSONStorage(() => sessionStorage) })));
        create(persist(combine({ card: { number: '', cvc: '' } }, (set) => ({ clear: () => set({}) })), { name: 'wallet' }));
        create(persist(function () { return { cvc: '', items: [] }; }, { name: 'cart', partialize: (state) => ({ items: state.items }) }));
        create(persist(() => ({ cvc: '' }), { name: 'x', partialize: (state) => omit(state, ['cvc']) }));
        create(persist(() => ({ cvc: '' }), options));
        defineStore('checkout', { state: () => ({ payment: { cardNumber: '', cvc: '' }, note: '' }), persist: true });
        defineStore({ id: 'order', state: () => ({ card: { number: '', cvc: '' } }), persist: { storage: sessionStorage, pick: ['card.number'] } });
        defineStore('session', { state: () => ({ cardNumber: '', cvv: '', theme: '' }), persist: { omit: ['cardNumber', 'cvv'] } });
        defineStore('np', { state: () => ({ cvv: '' }) });
        defineStore('setup', () => ({ cvv: '' }), { persist: true });
        defineStore('unknown', { state: () => ({ cvv: '' }), persist: { pick: keys } });
        defineStore('wallet', () => {
          const cardNumber = ref('');
          const card = reactive({ number: '', cvc: '' });
          const step = ref(0);
          const masked = computed(() => cardNumber.value.slice(-4));
          function reset() { cardNumber.value = ''; }
          return { cardNumber, card, step, masked, reset };
        }, { persist: { omit: ['step'] } });
        defineStore('plain', () => { const cvc = ref(''); return { cvc }; });
        defineStore('legacy', { state: () => ({ card: { number: '', cvc: '' }, infoMap: {} }), persist: { enabled: true } });
        defineStore('legacyPaths', { state: () => ({ cardNumber: '', cvv: '', infoMap: {} }), persist: { enabled: true, strategies: [{ storage: localStorage, paths: ['infoMap'] }, { key: 'b', paths: ['cvv'] }] } });
        defineStore('legacyOff', { state: () => ({ cvv: '' }), persist: { enabled: false } });
      `),
    ).toEqual([
      "sessionStorage, through zustand's \`persist\`: cardNumber,step | ",
      "localStorage, through zustand's \`persist\`: card,number*,cvc* | ",
      "localStorage, through zustand's \`persist\`: items | ",
      "localStorage, through Pinia's persisted state: payment,cardNumber,cvc,note | ",
      "sessionStorage, through Pinia's persisted state: card,number* | ",
      "localStorage, through Pinia's persisted state: theme | ",
      "localStorage, through Pinia's persisted state: cardNumber,card,number*,cvc* | ",
      "sessionStorage, through Pinia's persisted state: card,number*,cvc*,infoMap | ",
      "localStorage and sessionStorage, through Pinia's persisted state: cvv,infoMap | ",
    ]);
    // A key that starts empty holds what the store's declared state type says (a wallet's saved cards)
    expect(
      storage(`
        import { create } from 'zustand';
        import { persist, createJSONStorage, devtools } from 'zustand/middleware';
        type Card = { id: string; cardNumber: string; expiry: string; brand: string };
        type PaymentState = { savedCards: Card[]; selected: Card | null; note: string; addCard: (card: Card) => void };
        create<PaymentState>()(devtools(persist((set) => ({ savedCards: [], selected: null, note: '', addCard: (card) => set({}) }), { name: 'payment', storage: createJSONStorage(() => AsyncStorage) })));
        create<{ cards: Card[] }>(persist(() => ({ cards: [] }), { name: 'v3' }));
        create(persist(() => ({ cards: [] }), { name: 'untyped' }));
      `),
    ).toEqual([
      "AsyncStorage, through zustand's \`persist\`: savedCards,id,cardNumber,expiry,brand,selected,note | ",
      "localStorage, through zustand's \`persist\`: cards,id,cardNumber,expiry,brand | ",
      "localStorage, through zustand's \`persist\`: cards | ",
    ]);
    // Shapes that cannot be read say nothing (and throw nothing): no arguments, spreads, computed and spread keys,
    // several returns, a \`partialize\` that returns the state, a list of persist settings, a spread in \`pick\`
    expect(
      storage(`
        import { persist, combine } from 'zustand/middleware';
        import { defineStore } from 'pinia';
        persist();
        persist(...args);
        persist(() => ({ cvc: '' }), ...rest);
        persist(() => ({ [key]: '', ...spread, cardNumber() {} }), { name });
        persist(() => { if (x) return { cvc: '' }; return { cardNumber: '' }; }, { name: 'a' });
        persist(combine(...a), { name: 'a', ...opts });
        persist(() => ({ cvc: '' }), { name: 'a', partialize: (s) => s });
        defineStore();
        defineStore(...x);
        defineStore('a', { state: 1, persist: true });
        defineStore('a', { state: () => ({ cvc: '' }), persist: [{ pick: ['cvc'] }] });
        defineStore('a', { state: () => ({ cvc: '' }), persist: { pick: [...keys, 'cvc'] } });
        defineStore({ id: 1, state() { return { cvc: '' }; }, persist: { paths: ['cvc'] } });
      `),
    ).toEqual(["localStorage, through Pinia's persisted state: cvc | "]);
    // Not from the modules: another \`persist\`, another \`defineStore\`
    expect(
      storage(`
        import { persist } from './persist';
        import { defineStore } from './store';
        persist(() => ({ cvc: '' }), { name: 'x' });
        defineStore('checkout', { state: () => ({ cvc: '' }), persist: true });
      `),
    ).toEqual([]);
  });

  it("Clerk's backend API: user and organisation metadata, on Clerk's client only", () => {
    expect(
      storage(`
        import { clerkClient } from '@clerk/nextjs/server';
        import { createClerkClient } from '@clerk/backend';
        import * as legacy from '@clerk/clerk-sdk-node';
        const clerk = createClerkClient({ secretKey });
        export async function save(userId, card) {
          const client = await clerkClient();
          await client.users.updateUserMetadata(userId, { privateMetadata: { card }, publicMetadata: { plan } });
          await clerk.users.updateUser(userId, { firstName, unsafeMetadata: { cvc } });
          await legacy.clerkClient.organizations.updateOrganizationMetadata(orgId, patch);
          await (await clerkClient()).users.updateUserMetadata(userId, { firstName });
          await api.users.updateUserMetadata(userId, { privateMetadata: { card } });
          await client.users.getUser(userId);
        }
      `),
    ).toEqual([
      'Clerk metadata: | { card },{ plan }',
      'Clerk metadata: | { cvc }',
      'Clerk metadata: | patch',
    ]);
  });

  it('a module named for one model, imported whole under any name (real-world batch EL); not a member of it, nor another module', () => {
    expect(
      storage(`
        const payment1 = require('../model/paymentModel');
        import order from './order.model';
        import * as orders from '../lib/order-model.js';
        import { helpers } from '../model/paymentModel';
        import payments from '../services/payments';
        new payment1({ cvv }); payment1.create({ cvv }); order.create({ cvv }); orders.create({ cvv });
        helpers.create({ cvv }); payments.create({ cvv });
      `),
    ).toEqual(['a database model: | { cvv }', 'a database model: | { cvv }', 'a database model: | { cvv }', 'a database model: | { cvv }']);
  });

  it('a document made and never read is not stored (real-world batch EL); one saved, returned or handed on is', () => {
    expect(
      storage(`
        import User from '../models/User';
        async function a(req) { const order = new User({ cvv: req.body.cvv }); return User.findOne({ id: req.body.id }); }
        async function b(req) { const doc = new User({ cvv: req.body.cvv }); await doc.save(); }
        function c(req) { const doc = new User({ cvv: req.body.cvv }); return doc; }
        function d(req) { let doc = new User({ cvv: req.body.cvv }); doc = null; }
        function e(req) { keep(new User({ cvv: req.body.cvv })); }
        export const seeded = new User({ cvv: '123' });
      `),
    ).toEqual([
      'a database model: | { cvv: req.body.cvv }',
      'a database model: | doc,{ cvv: req.body.cvv }', // doc.save(): the document and what it was made with
      'a database model: | { cvv: req.body.cvv }',
      'a database model: | { cvv: req.body.cvv }',
      'a database model: | { cvv: req.body.cvv }',
      "a database model: | { cvv: '123' }", // exported: other files may save it
    ]);
  });

  it('a model called without new (mongoose makes the document either way): saved from its variable or where it is made; not a function of another module', () => {
    expect(
      storage(`
        const Card = require('../models/card');
        const Receipt = require('../helpers/receipt');
        async function a(req) { const doc = Card({ cvv: req.body.cvv }); await doc.save(); }
        async function b(req) { await Card({ cvv: req.body.cvv }).save(); }
        async function c(req) { const draft = Card({ cvv: req.body.cvv }); return draft; }
        async function d(req) { await Receipt({ cvv: req.body.cvv }).save(); }
      `),
    ).toEqual(['a database model: | doc,{ cvv: req.body.cvv }*', 'a database model: | { cvv: req.body.cvv }*']); // a model named for cards gives card context
  });

  it('a model of a models or schemas directory named in Spanish or Portuguese (real-world batch 310); not another word that starts so', () => {
    expect(
      storage(`
        const Tarjeta = require('../modelo/modelo_tarjeta');
        import Cartao from './modelos/Cartao';
        import PagoSchema from '../esquemas/pago';
        import Modelado from '../modelado/pago';
        new Tarjeta({ cvv: a }).save(); Cartao.create({ cvv: b }); PagoSchema.create({ cvv: c }); Modelado.create({ cvv: d });
      `),
    ).toEqual(['a database model: | { cvv: a }*', 'a database model: | { cvv: b }*', 'a database model: | { cvv: c }']); // models named for cards give card context
  });

  it("a Lucid model of AdonisJS' aliases (#models/…, App/Models/…); not a module of another name", () => {
    expect(
      storage(`
        import PaymentCard from '#models/payment_card';
        import Card from 'App/Models/Card';
        import Thing from '#services/thing';
        import Other from 'Application/Models/Other';
        PaymentCard.create({ cvv: a });
        Card.create({ cvv: b });
        Thing.create({ cvv: c });
        Other.create({ cvv: d });
      `),
    ).toEqual(['a database model: | { cvv: a }*', 'a database model: | { cvv: b }*']); // models named for cards give card context
  });

  it('MongoDB, models, repositories, entity managers', () => {
    expect(
      storage(`
        import mongoose from 'mongoose';
        import User from '../models/User';
        import cardModel from '../models/cardModel';
        import utils from '../models/utils';
        import { helper } from 'lodash';
        const Card = mongoose.model('Card', schema);
        db.collection('payments').insertOne({ cardNumber });
        Card.updateOne({ _id }, { $set: { cvv } });
        Card.create({ cvv });
        User.create({ cvv });
        new User({ cvv });
        User.update({ cvv }, { where: { id } });
        cardModel.create({ cvv }); utils.create({ cvv });
        helper.create({ cvv });
        stripe.customers.insertOne?.({ cvv });
        this.cardsService.updateOne(id, { cvv }); api.insertOne({ cvv });
        payments.insertOne({ cvv });
        class S { constructor(@InjectRepository(C) private readonly repo: Repository<C>, private em: EntityManager) {}
          a() { this.repo.save({ cvv }); this.em.insert(C, { cvv }); dataSource.getRepository(C).update(1, { cvv }); } }
      `),
    ).toEqual([
      'a MongoDB write: | { cardNumber }',
      'a MongoDB write: | { $set: { cvv } }',
      'a database model: | { cvv }*',
      'a database model: | { cvv }',
      'a database model: | { cvv }',
      'a database model: | { cvv }',
      'a database model: | { cvv }*', // cardModel: a model named for cards gives card context
      'an ORM repository: | { cvv }',
      'an ORM entity manager: | { cvv }',
      'an ORM repository: | { cvv }',
    ]);
  });

  it("edge runtimes' stores: a Worker env binding's put, a Durable Object's storage, Deno KV; not process.env or a Map", () => {
    expect(
      storage(`
        import { DurableObject } from 'cloudflare:workers';
        export default {
          async fetch(request, env) {
            await env.CARDS.put(key, JSON.stringify(card));
            await env.RECEIPTS.put('r.txt', text, { httpMetadata });
          },
        };
        app.post('/x', (c) => c.env.KV.put(id, card));
        export const onRequestPost = (context) => context.env.KV.put(id, card);
        export class Vault extends DurableObject {
          save(card) { this.ctx.storage.put('card', card); this.ctx.storage.put({ card }); }
        }
        class Plain { save(card) { this.storage.put('card', card); } }
        process.env.CARDS.put(id, card);
        config.env.put(id, card);
        env.CARDS.put(card);
        const kv = await Deno.openKv();
        await kv.set(['cards', id], card);
        await kv.atomic().check({ key, versionstamp: null }).set(['cards', id], card).commit();
        await kv.atomic().set(['last'], cvc).commit();
        kv.get(key).set(['x'], card);
        const cache = new Map(); cache.set(id, card);
      `),
    ).toEqual([
      'Workers KV / R2: | JSON.stringify(card)',
      'Workers KV / R2: | text',
      'Workers KV / R2: | card',
      'Workers KV / R2: | card',
      "a Durable Object's storage: | card",
      "a Durable Object's storage: | { card }",
      'Deno KV: | card',
      'Deno KV: | card',
      'Deno KV: | cvc',
    ]);
  });

  it("Netlify Blobs: a store's set and setJSON, from getStore or getDeployStore; not another module's getStore, nor a Map", () => {
    expect(
      storage(`
        import { getDeployStore, getStore } from '@netlify/blobs';
        import { getStore as local } from './stores';
        const cards = getStore('cards');
        await cards.setJSON(id, card);
        await getStore({ name: 'payments' }).set(id, JSON.stringify(card));
        await getDeployStore('drafts').setJSON(id, card);
        await local('cards').setJSON(id, card);
        cards.setJSON(card);
        new Map().set(id, card);
      `),
    ).toEqual(['Netlify Blobs: | card', 'Netlify Blobs: | JSON.stringify(card)', 'Netlify Blobs: | card']);
  });

  it('a Worker env binding taken out of the environment first; not one of process.env, a parameter or a reassigned name', () => {
    expect(
      storage(`
        app.post('/x', async (c) => {
          const { CARDS } = c.env;
          await CARDS.put(id, JSON.stringify(card));
        });
        export default {
          async fetch(request, env) {
            const { RECEIPTS: bucket } = env;
            await bucket.put('r.txt', text);
            const { SECRETS } = process.env;
            SECRETS.put(id, card);
            let { LATER } = env;
            LATER = other;
            LATER.put(id, card);
          },
        };
        function save(CARDS) { CARDS.put(id, card); }
      `),
    ).toEqual(['Workers KV / R2: | JSON.stringify(card)', 'Workers KV / R2: | text']);
  });

  it("a model of the app's models registry handed in by a framework (an Apollo resolver's context)", () => {
    expect(
      storage(`
        import { models as sdkModels } from 'some-sdk';
        export const resolvers = {
          Mutation: {
            addCard: (parent, args, { models }) => models.PaymentInfo.create({ cvv: args.cvv }),
            addOther: (parent, args, ctx) => ctx.models.Card.update({ cvv: args.cvv }, { where: { id: args.id } }),
            list: (parent, args, { models }) => models.paymentInfo.create({ cvv: args.cvv }),
            sdk: () => sdkModels.Card.create({ cvv: '1' }),
          },
        };
      `),
    ).toEqual(['a database model: | { cvv: args.cvv }', 'a database model: | { cvv: args.cvv }*']);
  });

  it("a model's document saved by its own save(): fetched, built or made with new; not another object's save()", () => {
    expect(
      storage(`
        import { User } from '../models/user';
        import { Card } from './entity/Card';
        import { createDraft } from './drafts';
        import cardData from '../Schemas/paymentSchema';
        import helper from '../helpers/receipt';
        async function f(id) {
          const user = await User.findById(id); await user.save();
          const info = new cardData({ cvv }); info.save(() => {});
          const slip = new helper({ cvv }); await slip.save();
          const card = new Card(); card.save({ validateBeforeSave: false }, () => {});
          const built = Card.build({ cvv }); await built.save();
          const draft = createDraft(); await draft.save();
          const other = await api.findById(id); await other.save();
          let swapped = new Card(); swapped = draft; await swapped.save();
          await user.save(card);
        }
      `),
    ).toEqual(['a database model: | user', 'a database model: | info,{ cvv }', 'a database model: | card', 'a database model: | built,{ cvv }*']);
  });

  it("an entity class's new and static create make an object without writing it; saving it writes what it was made from", () => {
    expect(
      storage(`
        import { Transaction } from '../entities/transaction.entity';
        import { CardBank } from '../domain/entities/card-bank';
        import { Payment } from '../models/payment';
        async function f(repository, cvv) {
          new Transaction({ cvv }); CardBank.create({ cvv }); new Payment({ cvv });
          const bank = CardBank.create({ cvv }); await repository.save(bank);
          const made = new Transaction({ cvv }); await repository.save(made);
        }
      `),
    ).toEqual(['a database model: | { cvv }', 'an ORM repository: | bank,{ cvv }', 'an ORM repository: | made']);
  });

  it("Sequelize models defined on the app's own instance (by its name) are models; other define() results are not", () => {
    expect(
      storage(`
        import { sequelize } from './db';
        import { db } from '../lib/database';
        const Card = sequelize.define('Card', {});
        const Payment = db.define('Payment', { amount: 1 });
        const Widget = customElements.define('x-card', CardElement);
        const Other = registry.define('Card', {});
        Card.create({ cvv }); Payment.bulkCreate([{ cvv }]); Widget.create({ cvv }); Other.create({ cvv });
      `),
    ).toEqual(['a Sequelize model: | ', 'a Sequelize model: amount | ', 'a database model: | { cvv }*', 'a database model: | [{ cvv }]']);
  });

  it("Sequelize 4–5's loader of a model file (`sequelize.import`) makes a model; not another module or a name no model has", () => {
    expect(
      storage(`
        const sequelize = require('../models/sequelize.js');
        const Source = sequelize.import('../models/source.js');
        const Settings = loader.import('./config/settings');
        const Lodash = sequelize.import('lodash');
        const source = sequelize.import('../models/source.js');
        Source.create({ cvv }); Settings.create({ cvv }); Lodash.create({ cvv }); source.create({ cvv });
      `),
    ).toEqual(['a database model: | { cvv }']);
  });

  it('Firestore (namespaced, modular, batches), Realtime Database, DynamoDB', () => {
    expect(
      storage(`
        import { doc, setDoc, addDoc, collection, writeBatch } from 'firebase/firestore';
        import { ref, set } from 'firebase/database';
        import { PutCommand } from '@aws-sdk/lib-dynamodb';
        db.collection('cards').doc(uid).set({ cvc });
        db.collection('cards').add({ cvc });
        await setDoc(doc(db, 'cards', id), { cvc });
        await addDoc(collection(db, 'cards'), { cvc });
        writeBatch(db).update(doc(db, 'users', id), { cvc });
        firebase.database().ref('cards/' + id).set({ cvc });
        set(ref(db, 'users/' + id), { cvc });
        await ddb.send(new PutCommand({ TableName: 'Cards', Item: { cardNumber } }));
        dynamo.update({ TableName: 't', Key: { id }, UpdateExpression: 'SET #c = :c', ExpressionAttributeNames: { '#c': 'cvc' }, ExpressionAttributeValues: { ':c': c } });
        router.push({ cvc }); map.set(k, { cvc });
      `),
    ).toEqual([
      'a Firestore write: | { cvc }*',
      'a Firestore write: | { cvc }*',
      'a Firestore write: | { cvc }*',
      'a Firestore write: | { cvc }*',
      'a Firestore write: | { cvc }',
      'a Realtime Database write: | { cvc }*',
      'a Realtime Database write: | { cvc }',
      "a DynamoDB write: | { cardNumber }",
      "a DynamoDB write: cvc | { id },{ ':c': c }",
    ]);
  });

  it("the Admin SDK's modular Realtime Database (firebase-admin/database's getDatabase), inline or held; not another getDatabase (real-world batch FQ)", () => {
    expect(
      storage(`
        import { getDatabase } from 'firebase-admin/database';
        import { getDatabase as getCache } from './cache';
        const db = getDatabase();
        const cards = db.ref('cards');
        getDatabase().ref('cards/' + uid).set({ cvc });
        db.ref(\`cards/\${uid}\`).update({ cvc });
        cards.push({ cvc });
        cards.child(uid).set({ cvc });
        getCache().ref('cards').set({ cvc });
      `),
    ).toEqual([
      'a Realtime Database write: | { cvc }*',
      'a Realtime Database write: | { cvc }*',
      'a Realtime Database write: | { cvc }*',
      'a Realtime Database write: | { cvc }*',
    ]);
  });

  it('Redis and caches by origin or name; Map#set and other packages are not', () => {
    expect(
      storage(`
        import Redis from 'ioredis';
        import { createClient } from 'redis';
        import LRU from 'lru-cache';
        const redis = new Redis();
        const client = createClient();
        const memo = new Map();
        const lru = new LRU({ max: 10 });
        redis.set('k', v); client.hSet('card:1', 'cvc', c); client.hSet('k', { cvc }); redis.setex('k', 60, v);
        client.json.set('k', '$', doc); this.cacheManager.set('k', v); sessionStore.set('k', v);
        memo.set('k', v); lru.set('k', v); cache.get('k'); settings.set('k', v);
      `),
    ).toEqual([
      'a Redis / cache store: | v',
      'a Redis / cache store: cvc | c',
      'a Redis / cache store: | { cvc }',
      'a Redis / cache store: | v',
      'a Redis / cache store: | doc',
      'a Redis / cache store: | v',
      'a Redis / cache store: | v',
    ]);
  });

  it('browser storage, IndexedDB, cookies, files', () => {
    expect(
      storage(`
        import AsyncStorage from '@react-native-async-storage/async-storage';
        import * as SecureStore from 'expo-secure-store';
        import Cookies from 'js-cookie';
        import { openDB } from 'idb';
        import fs from 'node:fs';
        import { appendFile } from 'fs/promises';
        localStorage.setItem('cvc', c); window.sessionStorage.setItem('k', v); AsyncStorage.setItem('k', v);
        SecureStore.setItemAsync('card', v); AsyncStorage.setItemAsync?.('k', v);
        localStorage.cardNumber = n;
        const dbp = await openDB('shop', 1);
        dbp.put('cards', v); tx.objectStore('cards').add(v);
        document.cookie = 'cvc=' + c; res.cookie('cvc', c); Cookies.set('cvc', c); ctx.cookies.set('k', v);
        fs.writeFileSync(p, data); await fs.promises.writeFile(p, data); await appendFile(p, data);
        const out = fs.createWriteStream(p); out.write(data);
        storage.setItem('k', v); other.cookie('k', v); writer.write(data);
      `),
    ).toEqual([
      'localStorage: cvc | c',
      'sessionStorage: k | v',
      'AsyncStorage: k | v',
      'SecureStore: card | v',
      'localStorage: cardNumber | n',
      'IndexedDB: | v',
      'IndexedDB: | v',
      "a cookie: cvc | 'cvc=' + c",
      'a cookie: cvc | c',
      'a cookie: cvc | c',
      'a cookie: k | v',
      'a file: | data',
      'a file: | data',
      'a file: | data',
      'a file: | data',
    ]);
  });

  it('own functions and methods that hand their parameters to a store: only the positions they store as they are', () => {
    const out = storage(`
      import fs from 'node:fs';
      const cache = new Map();
      function remember(key, value) { localStorage.setItem(key, value); }
      const keepDraft = (draft) => fs.writeFileSync('draft.json', JSON.stringify({ ...draft, savedAt: Date.now() }));
      function saveDraft(d) { keepDraft(d); }
      function setCookie(name, value) { document.cookie = name + '=' + value; }
      function keep(k, v) { cache.set(k, v); }
      function last4(card) { localStorage.setItem('last4', card.number.slice(-4)); }
      function masked(value) { localStorage.setItem('card', mask(value)); }
      function renamed(value) { value = mask(value); localStorage.setItem('card', value); }
      function loop(value) { if (value) loop(value.next); }
      class Checkout { persist(order) { sessionStorage.setItem('order', JSON.stringify([order])); } run() { this.persist(a); other.persist(b); } }
      remember(c, d); keepDraft(e); saveDraft(f); setCookie(g, h); keep(i, j); last4(k); masked(l); renamed(m); loop(n); remember(...list, o);
    `);
    expect(out.filter((line) => line.includes('through'))).toEqual([
      'a file, through `keepDraft()`: | d',
      'sessionStorage, through `persist()`: | a',
      'localStorage, through `remember()`: | d',
      'a file, through `keepDraft()`: | e',
      'a file, through `keepDraft()`, through `saveDraft()`: | f',
      'a cookie, through `setCookie()`: | g,h',
    ]);
  });

  it('a helper whose write sits in a callback it hands a call, or stores a local object it puts a parameter into or a list it pushes it onto (real-world batches FH, FM)', () => {
    const out = storage(`
      function saveProfile(profile) {
        chrome.storage.local.get(['data'], (result) => { chrome.storage.local.set({ data: { profile, at: result.at } }); });
      }
      function saveCard(card) {
        const data = {};
        data.card = card;
        data.savedAt = Date.now();
        localStorage.setItem('data', JSON.stringify(data));
      }
      function shadowed(profile) {
        load((profile) => localStorage.setItem('p', profile));
      }
      function fromElsewhere(card) {
        const data = loadData();
        data.card = card;
        localStorage.setItem('data', JSON.stringify(data));
      }
      const cards = [];
      function addCard(card) { cards.push(card); localStorage.setItem('cards', JSON.stringify(cards)); }
      function addLast4(card) { cards.push(card.last4); localStorage.setItem('cards', JSON.stringify(cards)); }
      function outer(card) { data.card = card; localStorage.setItem('data', JSON.stringify(data)); }
      saveProfile(a); saveCard(b); shadowed(c); fromElsewhere(d); addCard(e); addLast4(f); outer(g);
    `);
    expect(out.filter((line) => line.includes('through'))).toEqual([
      'extension storage, through `saveProfile()`: | a',
      'localStorage, through `saveCard()`: | b',
      'localStorage, through `fromElsewhere()`: | d',
      'localStorage, through `addCard()`: | e',
    ]);
  });

  it("desktop apps' stores: electron-store, conf and Tauri's store plugin, by module; not a Map", () => {
    expect(
      storage(`
        import Store from 'electron-store';
        import Conf from 'conf';
        import { load, LazyStore } from '@tauri-apps/plugin-store';
        const store = new Store(); const conf = new Conf({ projectName: 'pay' });
        store.set('card', v); store.set({ cvc: c }); conf.set('k', v);
        const settings = await load('settings.json'); await settings.set('cvc', c);
        new LazyStore('cards.json').set('k', v);
        new Map().set('cvc', c); settings2.set('k', v);
      `),
    ).toEqual([
      'electron-store: card | v',
      'electron-store: | { cvc: c }',
      'a conf store: k | v',
      'the Tauri store: cvc | c',
      'the Tauri store: k | v',
    ]);
  });

  it("electron-settings, the module itself: set and 4.x's setSync (real-world batch 258); not another module's settings", () => {
    expect(
      storage(`
        const settings = require('electron-settings');
        const prefs = require('./prefs');
        settings.set('last_used_card', cardnumber); settings.setSync('card.cvv', cvv);
        prefs.set('k', v); prefs.setSync('k', v); new Map().set('cvc', c);
      `),
    ).toEqual(['electron-settings: last_used_card | cardnumber', 'electron-settings: card.cvv | cvv']);
  });

  it('Dexie tables: of a Dexie database, of a class of this file that extends Dexie (also through another), and its own `this` tables', () => {
    expect(
      storage(`
        import Dexie from 'dexie';
        import { Dexie as D } from 'dexie';
        import { Component } from 'react';
        const plain = new Dexie('shop'); plain.version(1).stores({ orders: '++id' });
        plain.orders.add(a);
        class WalletDB extends Dexie {
          constructor() { super('wallet'); this.version(1).stores({ cards: '++id, holder' }); }
          remember(card) { return this.cards.put(card); }
        }
        class CardRepo extends WalletDB { keep(card) { return this.cards.add(card); } }
        class Named extends D {}
        const db = new WalletDB(); db.cards.add(b); new CardRepo().cards.bulkPut(c); new Named().payments.add(d);
        class Widget extends Component { save() { this.cards.add(e); } }
        class Cache { save() { this.cards.add(f); } }
        new Widget().cards.add(g); new Cache().cards.put(h);
      `),
    ).toEqual(['IndexedDB: | a', 'IndexedDB: | card', 'IndexedDB: | card', 'IndexedDB: | b', 'IndexedDB: | c', 'IndexedDB: | d']);
  });

  it("mobile apps' on-device stores: MMKV, NativeStorage, Realm and RxDB, by module; not a Map or another set / create / insert", () => {
    expect(
      storage(`
        import { MMKV } from 'react-native-mmkv';
        import { NativeStorage } from '@awesome-cordova-plugins/native-storage/ngx';
        import Realm from 'realm';
        import { createRxDatabase } from 'rxdb';
        const storage = new MMKV({ id: 'wallet' });
        storage.set('cvc', c);
        class WalletPage { constructor(private nativeStorage: NativeStorage, private realm: Realm) {}
          save() { this.nativeStorage.setItem('card', v); this.realm.create('Card', { number: n }); this.realm.create('Card'); } }
        const db = await createRxDatabase({ name: 'shop' });
        await db.cards.insert(v); await db.cards.upsert({ cvc: c }); await db.cards.find();
        new Map().set('cvc', c); other.setItem('k', v); api.create('Card', v); rows.insert(v);
      `),
    ).toEqual(['MMKV: cvc | c', 'NativeStorage: card | v', 'Realm: | { number: n }', 'RxDB: | v', 'RxDB: | { cvc: c }*']);
  });

  it("browser extensions' storage areas (chrome.* / browser.* globals), not a local chrome or other members", () => {
    expect(
      storage(`
        chrome.storage.local.set({ cvc }); chrome.storage.sync.set(card); browser.storage.session.set({ n });
        chrome.storage.local.get(['cvc']); chrome.runtime.set?.({ cvc }); chrome.storage.set({ cvc });
        function f(chrome) { chrome.storage.local.set({ cvc }); }
      `),
    ).toEqual(['extension storage: | { cvc }', 'extension storage: | card', 'extension storage: | { n }']);
  });
});

describe("pino's redact paths", () => {
  it('reads fast-redact paths: dots, quoted brackets, indices and wildcards', () => {
    expect(redactPathSegments('req.body.cardNumber')).toEqual(['req', 'body', 'cardNumber']);
    expect(redactPathSegments('req.headers["x-card-number"]')).toEqual(['req', 'headers', 'x-card-number']);
    expect(redactPathSegments("card['cvc']")).toEqual(['card', 'cvc']);
    expect(redactPathSegments('cards[*].number')).toEqual(['cards', '*', 'number']);
    expect(redactPathSegments('items[0].pan')).toEqual(['items', '0', 'pan']);
    expect(redactPathSegments('*.cvv')).toEqual(['*', 'cvv']);
    expect(redactPathSegments('cvc')).toEqual(['cvc']);
  });

  it('gives up on paths it cannot read', () => {
    for (const path of ['', 'a..b', 'a[b]', 'a["b"', 'a.b"', '.a']) expect(redactPathSegments(path)).toBeNull();
  });

  it('hides a key path named by a path or below one; `*` is one key, at its own level', () => {
    const paths = ['cardNumber', 'card.cvc', 'payment.card', 'cards[*].number', '*.cvv'].map((p) => redactPathSegments(p)!);
    expect(redactsKeyPath(paths, ['cardNumber'])).toBe(true);
    expect(redactsKeyPath(paths, ['card', 'cvc'])).toBe(true);
    expect(redactsKeyPath(paths, ['payment', 'card', 'number'])).toBe(true);
    expect(redactsKeyPath(paths, ['cards', '3', 'number'])).toBe(true);
    expect(redactsKeyPath(paths, ['details', 'cvv'])).toBe(true);
    expect(redactsKeyPath(paths, ['card', 'number'])).toBe(false);
    expect(redactsKeyPath(paths, ['cvv'])).toBe(false);
    expect(redactsKeyPath(paths, ['a', 'b', 'cvv'])).toBe(false);
    expect(redactsKeyPath(paths, ['payment'])).toBe(false);
  });
});

describe('logging sinks', () => {
  it('console, stdout, loggers by origin and name, debug instances, aliases', () => {
    expect(
      logs(`
        import pino from 'pino';
        import winston from 'winston';
        import { Logger } from '@nestjs/common';
        import createDebug from 'debug';
        const log = pino();
        const w = winston.createLogger({});
        const dbg = createDebug('app:pay');
        const print = console.log;
        console.log(a, b); window.console.error(c); process.stdout.write(d);
        log.info({ e }, 'm'); w.log('info', f); Logger.warn(g); dbg('x %s', h); print(i);
        this.logger.error(j); req.log.debug(k); fastify.log.trace(l); logger.child({ id }).fatal(m); audit.info(n);
        Math.log(x); history.push(y); catalog.info(z); const list = []; list.log?.(q);
      `),
    ).toEqual([
      'the console: a,b',
      'the console: c',
      'the process output: d',
      "a pino logger: { e },'m'",
      "a winston logger: 'info',f",
      'a logger: g',
      "a debug() logger: 'x %s',h",
      'the console: i',
      'a logger: j',
      'a logger: k',
      'a logger: l',
      'a logger: m',
      'a logger: n',
    ]);
  });

  it("receivers typed with a logging module's type: NestJS's pino and winston modules; not another package's type", () => {
    expect(
      logs(
        `
        import { PinoLogger } from 'nestjs-pino';
        import { WinstonLogger } from 'nest-winston';
        import { AuditTrail } from 'audit-trail-sdk';
        class CardsService {
          constructor(private readonly logger: PinoLogger, private readonly winstonLogger: WinstonLogger, private readonly auditLogger: AuditTrail) {}
          add(a: string, b: string, c: string) { this.logger.info(a); this.winstonLogger.warn(b); this.auditLogger.info(c); }
        }
      `,
        { filename: 'cards.service.ts' },
      ),
    ).toEqual(['a logger: a', 'a logger: b']);
  });

  it("error trackers, monitoring and analytics by their SDK's module and sending methods; not another method, module or a global", () => {
    expect(
      logs(`
        import * as Sentry from '@sentry/node';
        import { captureException as report, setTag } from '@sentry/react';
        import posthog from 'posthog-js';
        import { PostHog } from 'posthog-node';
        import mixpanel from 'mixpanel-browser';
        import { AnalyticsBrowser } from '@segment/analytics-next';
        import * as amplitude from '@amplitude/analytics-browser';
        import { datadogRum } from '@datadog/browser-rum';
        import Rollbar from 'rollbar';
        import Bugsnag from '@bugsnag/js';
        import { getAnalytics, logEvent } from 'firebase/analytics';
        import crashlytics from '@react-native-firebase/crashlytics';
        import { analytics as own } from './analytics';
        const segment = AnalyticsBrowser.load({ writeKey });
        const client = new PostHog(key);
        const rollbar = new Rollbar({ accessToken });
        Sentry.captureException(e, { extra: a }); report(e, b); setTag('k', c);
        Sentry.withScope((scope) => scope.setExtra('k', d)); Sentry.getCurrentScope().setContext('k', f);
        posthog.capture('x', g); client.capture({ event: 'x', properties: h }); mixpanel.track('x', i); segment.track('x', j);
        amplitude.track('x', k); datadogRum.addAction('x', l); rollbar.error('x', m); Bugsnag.leaveBreadcrumb('x', n);
        logEvent(getAnalytics(), 'x', o); crashlytics().setAttribute('k', p);
        Sentry.init({ dsn: q }); posthog.init(r); segment.reset(s); own.track('x', t); analytics.track('x', u);
        mixpanel.people.set(w); mixpanel.people.get(w2); segment.people.set(w3); other.then((scope) => scope.setExtra('k', x));
        Sentry.withScope(Sentry.getCurrentScope(), (scope) => scope.setExtra('k', v)); Sentry.captureException(e, (scope) => scope.setTag('k', y));
        Bugsnag.notify(e, (event) => event.addMetadata('k', z));
        const { track } = segment; track('x', aa);
        import('@sentry/browser').then((S) => S.captureMessage(bb));
      `),
    ).toEqual([
      'Sentry (an error tracker): e,{ extra: a }',
      'Sentry (an error tracker): e,b',
      "Sentry (an error tracker): 'k',c",
      "Sentry (an error tracker): 'k',d",
      "Sentry (an error tracker): 'k',f",
      "PostHog (analytics): 'x',g",
      "PostHog (analytics): { event: 'x', properties: h }",
      "Mixpanel (analytics): 'x',i",
      "Segment (analytics): 'x',j",
      "Amplitude (analytics): 'x',k",
      "Datadog RUM (monitoring): 'x',l",
      "Rollbar (an error tracker): 'x',m",
      "Bugsnag (an error tracker): 'x',n",
      "Firebase Analytics (analytics): getAnalytics(),'x',o",
      "Crashlytics (an error tracker): 'k',p",
      'Mixpanel (analytics): w',
      "Sentry (an error tracker): 'k',v",
      "Sentry (an error tracker): e,(scope) => scope.setTag('k', y)",
      "Sentry (an error tracker): 'k',y",
      "Bugsnag (an error tracker): e,(event) => event.addMetadata('k', z)",
      "Bugsnag (an error tracker): 'k',z",
      "Segment (analytics): 'x',aa",
      'Sentry (an error tracker): bb',
    ]);
  });

  it("asks about SDK methods named like other objects' (send, set, event) only in a file that imports an SDK", () => {
    expect(['send', 'set', 'event', 'gtag', 'union'].every((name) => LOG_CALL_METHODS.has(name) && !LOG_CALL_METHODS_WITHOUT_SDK.has(name))).toBe(true);
    expect(['log', 'info', 'error', 'write', 'track', 'captureException', 'capture'].every((name) => LOG_CALL_METHODS_WITHOUT_SDK.has(name))).toBe(true);
  });

  it('works with espree and CommonJS', () => {
    expect(
      logs(
        `
        const bunyan = require('bunyan');
        const debug = require('debug')('payments');
        const l = bunyan.createLogger({ name: 'x' });
        const elog = require('electron-log');
        l.info(a); debug(b); elog.info(c);
      `,
        { parser: 'espree' },
      ),
    ).toEqual(['a bunyan logger: a', 'a debug() logger: b', 'an electron-log logger: c']);
  });

  it("an Azure Functions handler's context: typed (v4, v3's context.log.*), or a v4 handler's second parameter; not another function's", () => {
    expect(
      logs(`
        import { app, InvocationContext, Context } from '@azure/functions';
        import { Context as KoaContext } from 'koa';
        export async function pay(request, context: InvocationContext) { context.log(a); context.error(b); context.trace(c); }
        export async function v3(context: Context, req) { context.log.warn(d); context.log(e); }
        async function refund(request, context) { context.info(f); }
        app.http('refund', { handler: refund });
        app.storageQueue('q', { queueName: 'q', connection: 'c', handler: async (item, context) => context.log(g) });
        function helper(a, context) { context.log(h); }
        function koa(context: KoaContext) { context.log(i); }
        function first(context, request) { context.log(j); }
        app.http('first', { handler: first });
      `),
    ).toEqual([
      'the Azure Functions log: a',
      'the Azure Functions log: b',
      'the Azure Functions log: c',
      'the Azure Functions log: d',
      'the Azure Functions log: e',
      'the Azure Functions log: f',
      'the Azure Functions log: g',
    ]);
  });

  it("loggers called as functions: Sails' global sails.log, a route handler's request.log; not another function's or a local sails", () => {
    expect(
      logs(`
        sails.log('a', a);
        server.route({ method: 'POST', path: '/pay', handler: (request, h) => { request.log(['pay'], b); h.log(c); } });
        app.post('/pay', (req, res) => { req.log(d); res.log(e); });
        function helper(options) { options.request.log(f); }
        const other = { log() {} }; other.log(g);
        function local(sails) { sails.log(h); }
        function notRequest(request) { [1].forEach((request) => request.log(i)); }
        export async function create(request, h) { request.log(j); }
      `),
    ).toEqual(["a logger: 'a',a", "a logger: ['pay'],b", 'a logger: d', 'a logger: j']);
  });

  it("own functions and methods that hand their parameters to a log call: only the positions they log as they are", () => {
    const out = logs(`
      function log(...args) { console.log('[pay]', ...args); }
      function pair(label, value, extra) { console.info(label + ': ' + value); }
      const tagged = (value) => process.stdout.write(\`[pay] \${value}\\n\`);
      function twice(value) { tagged(value); }
      function thrice(value) { twice(value); }
      function masked(value) { console.log(mask(value)); }
      function renamed(value) { value = mask(value); console.log(value); }
      function recurse(value) { if (value) recurse(value.next); }
      class Payments { log(message) { console.warn(message); } run() { this.log(k); other.log(l); } }
      log(a, ...rest); pair(b, c, d); tagged(e); twice(f); thrice(g); masked(h); renamed(i); recurse(j); pair(...list, m);
    `);
    expect(out.filter((line) => line.includes('through'))).toEqual([
      'the process output, through `tagged()`: value',
      'the process output, through `tagged()`, through `twice()`: value',
      'the console, through `log()`: k',
      'the console, through `log()`: a',
      'the console, through `pair()`: b,c',
      'the process output, through `tagged()`: e',
      'the process output, through `tagged()`, through `twice()`: f',
    ]);
  });
});

describe('documentMadeBy: the object a document or row is made from', () => {
  /** For each `made(…)` probe: the text of the object the document was made from, and of the model; null for none. */
  function made(code: string): (string | null)[] {
    const out: (string | null)[] = [];
    runWithRule(code, (context) => ({
      CallExpression(node) {
        if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'made' || !node.arguments[0]) return;
        const found = documentMadeBy(node.arguments[0], context.sourceCode);
        out.push(found ? `${context.sourceCode.getText(found.from)} by ${context.sourceCode.getText(found.model)}` : null);
      },
    }));
    return out;
  }

  it("reads a Prisma create's data, not where select or omit choose what comes back, nor another client's create", () => {
    expect(
      made(`
        import { PrismaClient } from '@prisma/client';
        import Stripe from 'stripe';
        const prisma = new PrismaClient();
        const stripe = new Stripe(key);
        made(await prisma.card.create({ data: { cardNumber, cvv } }));
        made(prisma.card.create({ data: row, select: { id: true } }));
        made(prisma.card.create({ data: row, omit: { cvv: true } }));
        made(stripe.customers.create({ email }));
        made(queue.jobs.create({ data: { cardNumber } }));
      `),
    ).toEqual(['{ cardNumber, cvv } by prisma.card', null, null, null, null]);
  });
});

describe('mayCreatePrismaRows', () => {
  /** The file-level answer for `code`, written alone (a short text) and after a long comment (the shared scan's texts). */
  const answers = (code: string): boolean[] =>
    [code, `/*${' '.repeat(400)}*/\n${code}`].map((text) => {
      let answer = false;
      runWithRule(text, (context) => {
        answer = mayCreatePrismaRows(context.sourceCode);
        return {};
      });
      return answer;
    });

  it.each([
    "import { PrismaClient } from '@prisma/client';\nawait prisma.payment.create({ data });",
    'await this.prismaService.order.upsert({ where, create, update });',
    'const row = await db.card.create({ data: input });',
    'await getDb().payment.createMany({ data: rows });',
    'await ctx.DB.payment.create({ data });',
    'await tx.card.create({ data });',
    'await trx.card.create({ data });',
    'await this.database.payment.create({ data });',
    'await DATABASE.payment.create({ data });',
    'await withTransaction((t) => t.payment.create({ data }));',
    'await paymentDb.card.create({ data });',
  ])('a create and a Prisma client: %s', (code) => {
    expect(answers(code)).toEqual([true, true]);
  });

  it.each([
    // A create without a client's name (`ctx` and `txn` hold no word of a client's; `dB` no case a name is written in).
    'await ctx.card.create({ data });',
    'await txn.card.create({ data });',
    'await dBase.card.create({ data });',
    'await stripe.paymentMethods.create({ card });',
    // A client without a create.
    'const cards = await prisma.card.findMany();',
  ])('no create or no client: %s', (code) => {
    expect(answers(code)).toEqual([false, false]);
  });
});
