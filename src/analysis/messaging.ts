/**
 * Messages an app sends through another service's SDK: a chat bot's message, an e-mail, a text message. What they
 * carry leaves the app for that service and the people who read it, as an HTTP request's body does, so
 * no-raw-card-data reads them as requests (real-world batch 92: servers and pages that forward a card to a Telegram
 * chat or an e-mail inbox). Each SDK is known by its module, followed through `originOf` (imports, requires, consts,
 * `new`, typed parameters and fields):
 *
 * - Telegram: node-telegram-bot-api's and telebot's `bot.sendMessage(chatId, text)` on `new TelegramBot(…)` /
 *   `new TeleBot(…)`; Telegraf's `bot.telegram.sendMessage(chatId, text)` and grammY's `bot.api.sendMessage(chatId,
 *   text)`, also on a handler's context (`ctx.telegram` / `ctx.api`), and a handler context's `ctx.reply(text)` in a
 *   file that imports either;
 * - e-mail: Nodemailer's `transporter.sendMail({ to, subject, text, html })` on `createTransport(…)`, SendGrid's
 *   `sgMail.send({ … })` (`@sendgrid/mail`), Resend's `resend.emails.send({ … })`;
 * - text messages and chat: Twilio's `client.messages.create({ body, to })`, Slack's `client.chat.postMessage({
 *   channel, text })` (`@slack/web-api`);
 * - message brokers and a service's other services (real-world batches ET and EU: an order service that hands the
 *   card it took to a payment worker), whose topics and queues keep what they carry until it is read and later:
 *   kafkajs' `producer.send({ topic, messages })` on `kafka.producer()`; the AWS SDK's `client.send(new
 *   SendMessageCommand({ MessageBody }))` (SQS, also the batch command), `PublishCommand({ Message })` (SNS) and
 *   `PutEventsCommand({ Entries })` (EventBridge), and v2's `new AWS.SQS().sendMessage({ MessageBody })` / `new
 *   AWS.SNS().publish({ Message })`; Google Cloud Pub/Sub's `topic(name).publishMessage({ json | data })`,
 *   `.publish(data)` and `.publishJSON(json)`; amqplib's `channel.sendToQueue(queue, content)` and
 *   `channel.publish(exchange, key, content)` on a channel of `connect(…)` (RabbitMQ); NestJS's `ClientProxy`
 *   (`send(pattern, data)` / `emit(pattern, data)`, a parameter or field typed `ClientProxy` / `ClientKafka` / … of
 *   `@nestjs/microservices`, or `ClientProxyFactory.create(…)`); NATS Streaming's `stan.publish(subject, data)` on
 *   `connect(…)` of `node-nats-streaming`, and JetStream's `js.publish(subject, codec.encode(data))` on `nc.jetstream()`
 *   (core NATS's `nc.publish` keeps no message).
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { perFile } from './file-cache.js';
import { hasCall, originOf, rootSource, type Origin } from './sinks.js';
import { textFinder } from './text-search.js';
import { bufferedValue, memberName, unwrap } from './values.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Node = TSESTree.Node;

export interface MessageSend {
  /** The SDK and what it sends, for messages: `node-telegram-bot-api (Telegram)`, `Nodemailer (e-mail)`. */
  service: string;
  /** The SDK's call, as it reads: `sendMessage`, `sendMail`, `messages.create`. */
  method: string;
  /** Texts sent as they are (a chat message's text): read as a payload's `text`. */
  texts: Node[];
  /** Objects whose fields are sent (an e-mail's `subject` / `text` / `html`, a text message's `body`). */
  objects: Node[];
}

/** The member names a message-sending call can have (for the rule's call selector). */
export const MESSAGE_METHOD_NAMES: ReadonlySet<string> = new Set([
  'sendMessage', 'reply', 'sendMail', 'send', 'create', 'postMessage', 'publish', 'publishMessage', 'publishJSON', 'sendToQueue', 'emit', 'putEvents',
]);

const TELEGRAM_BOT_MODULES: ReadonlyMap<string, string> = new Map([
  ['node-telegram-bot-api', 'node-telegram-bot-api'],
  ['telebot', 'telebot'],
]);
/** Telegraf and grammY: the member of a bot (or a handler's context) that holds the Bot API's methods. */
const TELEGRAM_FRAMEWORKS: ReadonlyMap<string, { api: string; name: string }> = new Map([
  ['telegraf', { api: 'telegram', name: 'Telegraf' }],
  ['grammy', { api: 'api', name: 'grammY' }],
]);
/** Every module the file must spell for a call to be one of these (checked once per file, before any scope work). */
const mayUseMessagingSdk = textFinder([
  'telegram', 'telebot', 'telegraf', 'grammy', 'nodemailer', '@sendgrid/mail', 'resend', 'twilio', '@slack/web-api',
  'kafkajs', '@aws-sdk/client-s', '@aws-sdk/client-eventbridge', 'aws-sdk', '@google-cloud/pubsub', 'amqplib', '@nestjs/microservices',
  'nats',
]);

/** The AWS SDK v3 commands that send a message, by module: the service, and the fields of the command's input sent. */
const AWS_MESSAGE_COMMANDS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['@aws-sdk/client-sqs', new Map([['SendMessageCommand', 'SQS'], ['SendMessageBatchCommand', 'SQS']])],
  ['@aws-sdk/client-sns', new Map([['PublishCommand', 'SNS'], ['PublishBatchCommand', 'SNS']])],
  ['@aws-sdk/client-eventbridge', new Map([['PutEventsCommand', 'EventBridge']])],
]);
/** The AWS SDK v2 service classes (`new AWS.SQS()`, `new SNS()` of `aws-sdk/clients/sns`) and their sending method. */
const AWS_V2_SENDERS: ReadonlyMap<string, { service: string; method: string }> = new Map([
  ['SQS', { service: 'SQS', method: 'sendMessage' }],
  ['SNS', { service: 'SNS', method: 'publish' }],
  ['EventBridge', { service: 'EventBridge', method: 'putEvents' }],
]);
const AMQP_MODULES: ReadonlySet<string> = new Set(['amqplib', 'amqplib/callback_api', 'amqp-connection-manager']);
const NEST_CLIENTS: ReadonlySet<string> = new Set(['ClientProxy', 'ClientKafka', 'ClientRMQ', 'ClientRedis', 'ClientNats', 'ClientMqtt', 'ClientTCP']);
const PUBSUB_TOPIC: ReadonlySet<string> = new Set(['topic']);
const KAFKA_PRODUCER: ReadonlySet<string> = new Set(['producer', 'transaction']);
const AMQP_CHANNEL: ReadonlySet<string> = new Set(['createChannel', 'createConfirmChannel']);

const CREATE_TRANSPORT: ReadonlySet<string> = new Set(['createTransport']);
/** Is the origin an instance made with `new` (`new TelegramBot(…)`)? (Not sinks.ts's `constructs`, which counts calls too.) */
const madeWithNew = (o: Origin): boolean => o.steps.some((s) => s.type === 'new');
const gets = (o: Origin, name: string): boolean => o.steps.some((s) => s.type === 'get' && s.name === name);
const argument = (call: TSESTree.CallExpression | TSESTree.NewExpression, index: number): Node[] => {
  const arg = call.arguments[index];
  return arg && arg.type !== AST_NODE_TYPES.SpreadElement ? [arg] : [];
};

/** The message a call sends through one of the SDKs above, or null. */
export function messageSendOf(call: TSESTree.CallExpression, sourceCode: SourceCode): MessageSend | null {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = memberName(callee, sourceCode);
  if (method === null || !MESSAGE_METHOD_NAMES.has(method) || call.arguments.length === 0) return null;
  if (!perFile(sourceCode, 'messaging:sdk', () => mayUseMessagingSdk(sourceCode.text))) return null;
  const receiver = unwrap(callee.object);
  const o = originOf(receiver, sourceCode);
  const source = rootSource(o);
  const broker = brokerSendOf(call, method, o, source, sourceCode);
  if (broker) return broker;
  switch (method) {
    case 'sendMessage': {
      const bot = source !== null ? TELEGRAM_BOT_MODULES.get(source) : undefined;
      if (bot !== undefined && (madeWithNew(o) || o.root.type === 'typed')) return { service: `${bot} (Telegram)`, method, texts: argument(call, 1), objects: [] };
      const framework = telegramFramework(receiver, o, sourceCode);
      return framework ? { service: `${framework} (Telegram)`, method, texts: argument(call, 1), objects: [] } : null;
    }
    case 'reply': {
      // A handler's context: `bot.on('message', (ctx) => ctx.reply(text))`, in a file of either framework, or a
      // parameter typed with the framework's `Context`.
      const typed = o.root.type === 'typed' && source !== null ? TELEGRAM_FRAMEWORKS.get(source)?.name ?? null : null;
      const framework = typed ?? (receiver.type === AST_NODE_TYPES.Identifier && receiver.name === 'ctx' && o.root.type === 'unknown' ? importedFramework(sourceCode) : null);
      return framework ? { service: `${framework} (Telegram)`, method, texts: argument(call, 0), objects: [] } : null;
    }
    case 'sendMail':
      return source === 'nodemailer' && hasCall(o, CREATE_TRANSPORT) ? { service: 'Nodemailer (e-mail)', method, texts: [], objects: argument(call, 0) } : null;
    case 'send':
      if (source === '@sendgrid/mail' && !madeWithNew(o)) return { service: 'SendGrid (e-mail)', method, texts: [], objects: argument(call, 0) };
      return source === 'resend' && madeWithNew(o) && gets(o, 'emails') ? { service: 'Resend (e-mail)', method: 'emails.send', texts: [], objects: argument(call, 0) } : null;
    case 'create':
      return source === 'twilio' && gets(o, 'messages') ? { service: 'Twilio (text message)', method: 'messages.create', texts: [], objects: argument(call, 0) } : null;
    case 'postMessage':
      return source === '@slack/web-api' && gets(o, 'chat') ? { service: 'Slack (@slack/web-api)', method: 'chat.postMessage', texts: [], objects: argument(call, 0) } : null;
    default:
      return null;
  }
}

/** A message a call hands to a broker or to another service of the app (the brokers of the header), or null. */
function brokerSendOf(call: TSESTree.CallExpression, method: string, o: Origin, source: string | null, sourceCode: SourceCode): MessageSend | null {
  switch (method) {
    case 'send': {
      if (source === 'kafkajs' && hasCall(o, KAFKA_PRODUCER)) return { service: 'kafkajs (Kafka)', method, texts: [], objects: argument(call, 0) };
      if (nestClient(o, source)) return { service: 'NestJS microservices (ClientProxy)', method, texts: [], objects: argument(call, 1) };
      // `client.send(new SendMessageCommand(input))`: the command's class, whatever the client's origin.
      const command = call.arguments[0] && unwrap(call.arguments[0]);
      if (command?.type !== AST_NODE_TYPES.NewExpression) return null;
      const made = originOf(command.callee, sourceCode);
      const commands = made.root.type === 'module' ? AWS_MESSAGE_COMMANDS.get(made.root.source) : undefined;
      const named = made.steps.length === 1 && made.steps[0]!.type === 'get' ? made.steps[0]!.name : null;
      const service = named !== null ? commands?.get(named) : undefined;
      return service !== undefined ? { service: `AWS SDK (${service})`, method: named!, texts: [], objects: argument(command, 0) } : null;
    }
    case 'emit':
      return nestClient(o, source) ? { service: 'NestJS microservices (ClientProxy)', method, texts: [], objects: argument(call, 1) } : null;
    case 'sendMessage':
    case 'publish':
    case 'putEvents': {
      if (method === 'publish' && source === '@google-cloud/pubsub' && hasCall(o, PUBSUB_TOPIC)) return pubSub(call, method, sourceCode);
      // NATS Streaming's `stan.publish(subject, data)` on `connect(cluster, client)`, and JetStream's `js.publish(subject,
      // codec.encode(data))` on `nc.jetstream()`: kept in the stream (core NATS's `nc.publish` is not).
      const nats = method === 'publish' ? natsStream(o, source) : null;
      if (nats !== null) return { service: nats, method, texts: [], objects: bufferContents(argument(call, 1).map(encodedValue), sourceCode) };
      if (method === 'publish' && source !== null && AMQP_MODULES.has(source) && hasCall(o, AMQP_CHANNEL)) {
        return { service: 'amqplib (RabbitMQ)', method, texts: [], objects: bufferContents(argument(call, 2), sourceCode) };
      }
      const made = o.steps.find((step) => step.type === 'new');
      const sender = made?.name ? AWS_V2_SENDERS.get(made.name) : undefined;
      return sender?.method === method && (source === 'aws-sdk' || source === `aws-sdk/clients/${made!.name!.toLowerCase()}`)
        ? { service: `AWS SDK (${sender.service})`, method, texts: [], objects: argument(call, 0) }
        : null;
    }
    case 'publishMessage':
    case 'publishJSON':
      return source === '@google-cloud/pubsub' && hasCall(o, PUBSUB_TOPIC) ? pubSub(call, method, sourceCode) : null;
    case 'sendToQueue':
      return source !== null && AMQP_MODULES.has(source) && hasCall(o, AMQP_CHANNEL)
        ? { service: 'amqplib (RabbitMQ)', method, texts: [], objects: bufferContents(argument(call, 1), sourceCode) }
        : null;
    default:
      return null;
  }
}

/** The NATS client modules, and NATS Streaming's (deprecated, still run). */
const NATS_MODULES: ReadonlySet<string> = new Set(['nats', 'nats.ws', '@nats-io/transport-node', '@nats-io/jetstream']);
const NATS_STREAMING_MODULES: ReadonlySet<string> = new Set(['node-nats-streaming']);
const NATS_CONNECT: ReadonlySet<string> = new Set(['connect']);
const JETSTREAM: ReadonlySet<string> = new Set(['jetstream']);

/** The persistent NATS stream a publishing client writes to (NATS Streaming, JetStream), by its service name; else null. */
function natsStream(o: Origin, source: string | null): string | null {
  if (source === null) return null;
  if (NATS_STREAMING_MODULES.has(source) && hasCall(o, NATS_CONNECT)) return 'NATS Streaming';
  return NATS_MODULES.has(source) && hasCall(o, JETSTREAM) ? 'NATS JetStream' : null;
}

/** `codec.encode(data)` (NATS's `JSONCodec()`, `StringCodec()`, a `TextEncoder`): the value encoded; else the value itself. */
function encodedValue(value: Node): Node {
  const target = unwrap(value);
  if (target.type !== AST_NODE_TYPES.CallExpression || target.arguments.length !== 1) return value;
  const callee = unwrap(target.callee);
  const arg = target.arguments[0]!;
  const encodes = callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'encode';
  return encodes && arg.type !== AST_NODE_TYPES.SpreadElement ? arg : value;
}

/** Pub/Sub's `publishMessage({ json, data })`, `publishJSON(json)` and `publish(data)`: what is published. */
function pubSub(call: TSESTree.CallExpression, method: string, sourceCode: SourceCode): MessageSend {
  return { service: 'Google Cloud Pub/Sub', method, texts: [], objects: method === 'publish' ? bufferContents(argument(call, 0), sourceCode) : argument(call, 0) };
}

/** `Buffer.from(JSON.stringify(payload))`: the text a buffer is made of (a message's content), else the value itself. */
const bufferContents = (values: Node[], sourceCode: SourceCode): Node[] => values.map((value) => bufferedValue(value, sourceCode) ?? value);

/** A NestJS microservice client: typed `ClientProxy` (…) of `@nestjs/microservices`, or made by `ClientProxyFactory.create`. */
function nestClient(o: Origin, source: string | null): boolean {
  if (source !== '@nestjs/microservices') return false;
  if (o.root.type === 'typed') return NEST_CLIENTS.has(o.root.typeName);
  return o.steps.some((step) => step.type === 'call' && step.name === 'create') && gets(o, 'ClientProxyFactory');
}

/**
 * `bot.telegram` (Telegraf) / `bot.api` (grammY) of a bot made with the framework's `new Telegraf(…)` / `new Bot(…)`,
 * or of a handler's context (`ctx.telegram`, `ctx.api`) in a file that imports the framework: the framework's name.
 */
function telegramFramework(receiver: Node, o: Origin, sourceCode: SourceCode): string | null {
  if (receiver.type !== AST_NODE_TYPES.MemberExpression) return null;
  const member = memberName(receiver, sourceCode);
  const source = rootSource(o);
  const framework = source !== null ? TELEGRAM_FRAMEWORKS.get(source) : undefined;
  if (framework) return framework.api === member && (madeWithNew(o) || o.root.type === 'typed') ? framework.name : null;
  const object = unwrap(receiver.object);
  if (o.root.type !== 'unknown' || object.type !== AST_NODE_TYPES.Identifier || object.name !== 'ctx') return null;
  const imported = importedFramework(sourceCode);
  return imported !== null && [...TELEGRAM_FRAMEWORKS.values()].some((f) => f.name === imported && f.api === member) ? imported : null;
}

/** The Telegram framework the file imports (its name), or null. Once per file. */
const importedFramework = (sourceCode: SourceCode): string | null => perFile(sourceCode, 'messaging:telegram-framework', () => findImportedFramework(sourceCode));

function findImportedFramework(sourceCode: SourceCode): string | null {
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration) continue;
    const framework = TELEGRAM_FRAMEWORKS.get(statement.source.value);
    if (framework) return framework.name;
  }
  const required = /\brequire\(\s*['"](telegraf|grammy)['"]\s*\)/.exec(sourceCode.text);
  return required ? TELEGRAM_FRAMEWORKS.get(required[1]!)!.name : null;
}
