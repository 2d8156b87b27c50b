import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { messageSendOf } from '../../src/analysis/messaging.js';
import { runWithRule } from './helpers.js';

/** Each call's message as `service method: texts | objects`, or `-` for a call that sends none. */
function sends(code: string): string[] {
  const out: string[] = [];
  runWithRule(code, (context) => ({
    CallExpression(node: TSESTree.CallExpression) {
      if (node.callee.type !== 'MemberExpression') return;
      const m = messageSendOf(node, context.sourceCode);
      const text = (nodes: TSESTree.Node[]) => nodes.map((n) => context.sourceCode.getText(n)).join(',');
      out.push(m === null ? '-' : `${m.service} ${m.method}: ${text(m.texts)} | ${text(m.objects)}`);
    },
  }));
  return out;
}

describe('messageSendOf', () => {
  it('reads the chat, e-mail and text-message SDKs by their modules', () => {
    expect(
      sends(`
        import TelegramBot from 'node-telegram-bot-api';
        import nodemailer from 'nodemailer';
        import sgMail from '@sendgrid/mail';
        import { Resend } from 'resend';
        import twilio from 'twilio';
        import { WebClient } from '@slack/web-api';
        const bot = new TelegramBot(token);
        const mail = nodemailer.createTransport(options);
        const resend = new Resend(key);
        const client = twilio(sid, secret);
        const slack = new WebClient(token);
        bot.sendMessage(chat, text);
        mail.sendMail({ text });
        sgMail.send({ html });
        resend.emails.send({ text });
        client.messages.create({ body });
        slack.chat.postMessage({ text });
      `),
    ).toEqual([
      '-',
      'node-telegram-bot-api (Telegram) sendMessage: text | ',
      'Nodemailer (e-mail) sendMail:  | { text }',
      'SendGrid (e-mail) send:  | { html }',
      'Resend (e-mail) emails.send:  | { text }',
      'Twilio (text message) messages.create:  | { body }',
      'Slack (@slack/web-api) chat.postMessage:  | { text }',
    ]);
  });

  it("Telegraf and grammY: the bot's API member, a handler context's, and a context's reply in a file that imports either", () => {
    expect(
      sends(`
        import { Telegraf, type Context } from 'telegraf';
        const bot = new Telegraf(token);
        bot.telegram.sendMessage(chat, a);
        bot.on('text', (ctx) => ctx.reply(b));
        bot.command('x', (ctx) => ctx.telegram.sendMessage(chat, c));
        export const typed = (context: Context) => context.reply(d);
        bot.api.sendMessage(chat, e);
      `),
    ).toEqual([
      'Telegraf (Telegram) sendMessage: a | ',
      '-',
      'Telegraf (Telegram) reply: b | ',
      '-',
      'Telegraf (Telegram) sendMessage: c | ',
      'Telegraf (Telegram) reply: d | ',
      '-',
    ]);
  });

  it('is no message elsewhere: a response, another package, a reply outside a bot file', () => {
    expect(
      sends(`
        import { bus } from './bus';
        import mail from './mail';
        res.send({ text });
        bus.sendMessage(chat, text);
        mail.send({ html });
        ctx.reply(text);
        worker.postMessage({ text });
        stripe.customers.create({ email });
      `),
    ).toEqual(['-', '-', '-', '-', '-', '-']);
  });
});

describe('messageSendOf: brokers and the app\'s other services (real-world batches ET and EU)', () => {
  it('Kafka, SQS / SNS / EventBridge (SDK v3 commands and v2 classes), Pub/Sub, RabbitMQ and a NestJS ClientProxy', () => {
    expect(
      sends(`
        import { Kafka } from 'kafkajs';
        import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
        import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
        import AWS from 'aws-sdk';
        import { PubSub } from '@google-cloud/pubsub';
        import amqp from 'amqplib';
        import { ClientProxy, ClientProxyFactory, Transport } from '@nestjs/microservices';
        const producer = new Kafka({ brokers }).producer();
        const sqs = new SQSClient({});
        const events = new EventBridgeClient({});
        const sns = new AWS.SNS();
        const topic = new PubSub().topic('payments');
        export async function publish(order, proxy: ClientProxy) {
          await producer.send({ topic: 'orders', messages: [{ value: a }] });
          await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: b }));
          await events.send(new PutEventsCommand({ Entries: [{ Detail: c }] }));
          await sns.publish({ TopicArn: arn, Message: d }).promise();
          await topic.publishMessage({ json: e });
          await topic.publish(Buffer.from(f));
          const channel = await (await amqp.connect(url)).createChannel();
          channel.sendToQueue('payments', Buffer.from(JSON.stringify(g)), { persistent: true });
          proxy.send('create_charge', h);
          ClientProxyFactory.create({ transport: Transport.TCP }).emit('charged', i);
        }
      `).filter((line) => line !== '-'),
    ).toEqual([
      "kafkajs (Kafka) send:  | { topic: 'orders', messages: [{ value: a }] }",
      'AWS SDK (SQS) SendMessageCommand:  | { QueueUrl: url, MessageBody: b }',
      'AWS SDK (EventBridge) PutEventsCommand:  | { Entries: [{ Detail: c }] }',
      'AWS SDK (SNS) publish:  | { TopicArn: arn, Message: d }',
      'Google Cloud Pub/Sub publishMessage:  | { json: e }',
      'Google Cloud Pub/Sub publish:  | f',
      'amqplib (RabbitMQ) sendToQueue:  | JSON.stringify(g)',
      'NestJS microservices (ClientProxy) send:  | h',
      'NestJS microservices (ClientProxy) emit:  | i',
    ]);
  });

  it("NATS's persistent streams: NATS Streaming's publish on its connection, JetStream's on nc.jetstream() with the codec's value; not core NATS", () => {
    expect(
      sends(`
        import nats from 'node-nats-streaming';
        import { connect, JSONCodec, StringCodec } from 'nats';
        const stan = nats.connect('payments', 'checkout-1');
        export async function send(order) {
          stan.publish('order:created', JSON.stringify(order), done);
          const nc = await connect({ servers });
          const js = nc.jetstream();
          await js.publish('orders', JSONCodec().encode(order));
          await js.publish('orders', StringCodec().encode(JSON.stringify(order)));
          nc.publish('orders.ping', JSONCodec().encode(order));
        }
      `).filter((line) => line !== '-'),
    ).toEqual([
      'NATS Streaming publish:  | JSON.stringify(order)',
      'NATS JetStream publish:  | order',
      'NATS JetStream publish:  | JSON.stringify(order)',
    ]);
  });

  it('is no broker elsewhere: a command of another module, an event emitter, a socket, a channel or producer of no broker module', () => {
    expect(
      sends(`
        import { EventEmitter } from 'node:events';
        import { SendMessageCommand } from './commands';
        import { GetQueueUrlCommand, SQSClient } from '@aws-sdk/client-sqs';
        import { Kafka } from 'kafkajs';
        const emitter = new EventEmitter();
        const kafka = new Kafka({ brokers });
        export function f(socket, channel, producer, sqs: SQSClient) {
          emitter.emit('paid', a);
          socket.emit('pay', b);
          channel.sendToQueue('q', Buffer.from(c));
          producer.send({ messages: [d] });
          sqs.send(new SendMessageCommand({ MessageBody: e }));
          sqs.send(new GetQueueUrlCommand({ QueueName: 'payments' }));
          kafka.admin().send(g);
        }
      `).filter((line) => line !== '-'),
    ).toEqual([]);
  });
});
