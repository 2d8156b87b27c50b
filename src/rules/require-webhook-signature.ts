import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { childNodes, choiceLeaves, contains, enclosingFunction, EQUALITY_OPERATORS, forEachNode, isFunctionNode, isLastInFunction, isNode, returnedValues, shortText, someInBody, type FunctionNode, type PropertyOf } from '../analysis/ast.js';
import { routedWithoutMiddleware, VERIFIER_NAME } from '../analysis/express-routes.js';
import { exportedNames, headerName, isBodyTarget, isHonoContextHelperCall, requestHandler, requestRead, refersTo, type RequestHandler } from '../analysis/handlers.js';
import { isLocalSource, moduleRefOf } from '../analysis/modules.js';
import { nestMiddlewareVerifies } from '../analysis/nest-modules.js';
import { identifierEscapesSpell } from '../analysis/static-text.js';
import { mentionsStripe } from '../analysis/stripe-clients.js';
import { textFinder } from '../analysis/text-search.js';
import {
  calleeName,
  classMemberName,
  constInit,
  isNeverReassigned,
  isObjectAssign,
  memberName,
  objectEntries,
  ownMethodOf,
  propertyKey,
  reachingWrites,
  resolveValue,
  staticString,
  staticValue,
  unwrap,
  variableOf,
  withTypeWrappers,
} from '../analysis/values.js';
import { isTestSource } from '../analysis/test-files.js';
import { eventTypesUnder, isDistinctiveStripeEventType, isEventTypeName, isStripeEventType, isWordChar, spellsEscapedQuoted, spellsEventPrefix, spellsPlainEventType } from '../stripe/events.js';
import {
  STRIPE_SIGNATURE_HEADER,
  UNVERIFIED_NOTIFICATION_HANDLER,
  UNVERIFIED_WEBHOOK_METHODS,
  VERIFYING_REPLACEMENT,
  VERIFYING_WEBHOOK_METHODS,
  WEBHOOK_CALL_NAMES,
  WEBHOOK_NAME_STEMS,
} from '../stripe/webhooks.js';
import { createRule } from '../util/create-rule.js';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

export const MESSAGE_IDS = ['unverifiedEvent', 'verificationIgnored', 'verificationNotAwaited', 'verificationSelfSigned', 'verificationSkippable', 'withoutVerification'] as const;
export type MessageIds = (typeof MESSAGE_IDS)[number];

const MAX_DEPTH = 3;

/** Where an event value comes from: the request body (unverified) or a verifying call. */
interface EventSource {
  /**
   * `body`: the event read from the request's body; `verified`: the event a verifying call returned; `raw`: the raw
   * body handed to a helper's parameter, no event itself, but what parsing it gives is one (`handleWebhook(sig, await
   * c.req.text())` whose helper runs `JSON.parse(body)`).
   */
  kind: 'body' | 'verified' | 'raw';
  /** The request read (`req.body`, `JSON.parse(raw)`) or the verifying call. */
  node: Node;
}

/** Middleware that only parses the body (or sets CORS): it cannot be a signature check. */
const BODY_PARSER_METHODS = new Set(['json', 'raw', 'text', 'urlencoded']);
const BODY_PARSER_MODULES = new Set(['body-parser', 'koa-bodyparser', '@koa/bodyparser', 'koa-body', 'express', 'cors', '@fastify/cors']);
/**
 * Hono's schema validators (`zValidator('json', schema)`): they parse the body and check it against a schema, and
 * the route reads it with `c.req.valid('json')`. (Hono's own `validator(target, fn)` runs a function of the app's,
 * which may check anything, and is not one of them.)
 */
const SCHEMA_VALIDATOR_MODULES = new Set(['@hono/zod-validator', '@hono/valibot-validator', '@hono/typebox-validator', '@hono/arktype-validator', '@hono/standard-validator', '@hono/effect-validator']);
/** Functions that read a request's raw body (`micro`'s `buffer(req)`, `raw-body`, hand-written helpers). */
const RAW_READERS = new Set(['buffer', 'text', 'json', 'getRawBody', 'rawBody', 'raw', 'readBody', 'getBody', 'readRawBody', 'streamToBuffer', 'streamToString', 'toBuffer', 'arrayBuffer']);
const LOG_METHODS = new Set(['log', 'info', 'warn', 'error', 'debug', 'trace', 'fatal']);
/** Words of a function's name that say it may check a signature. */
const VERIFYING_WORDS = /verif|valid|check|hmac|sign|hash|digest|compare|equal/i;

/** Node's crypto module, whose HMACs the rule reads itself (`isHmacSha256`). */
const NODE_CRYPTO_MODULES: ReadonlySet<string> = new Set(['crypto', 'node:crypto']);

const HARMLESS_ROOTS = new Set(['console', 'JSON', 'Object', 'Array', 'Buffer', 'Promise', 'Math', 'String', 'Number', 'Date', 'NextResponse', 'Response']);

/**
 * An HMAC-SHA256 computation: the manual signature check Stripe documents ("Verify signatures manually",
 * docs.stripe.com/webhooks/signature: an HMAC with SHA-256 of `${t}.${payload}` keyed by the endpoint secret, compared
 * with the header's `v1` signatures). Node's `createHmac('sha256', secret)` and Web Crypto's
 * `crypto.subtle.sign('HMAC', key, data)` / `crypto.subtle.verify('HMAC', …)` (Deno, Workers, edge functions). An
 * algorithm written as another one (`createHmac('sha1', …)`, `subtle.verify({ name: 'ECDSA' }, …)`) does not count;
 * one that is not static does.
 */
function isHmacSha256(call: TSESTree.CallExpression, name: string | null, sourceCode: SourceCode): boolean {
  const first = call.arguments[0];
  if (name === 'createHmac') {
    const algorithm = first ? staticString(first, sourceCode) : null;
    return first !== undefined && (algorithm === null || algorithm.toLowerCase() === 'sha256');
  }
  if (name !== 'sign' && name !== 'verify') return false;
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !first) return false;
  const receiver = unwrap(callee.object);
  const subtle = receiver.type === AST_NODE_TYPES.MemberExpression ? memberName(receiver, sourceCode) : receiver.type === AST_NODE_TYPES.Identifier ? receiver.name : null;
  if (subtle !== 'subtle') return false;
  // Written in place, or a const shared with `importKey` (`const algo = { name: 'HMAC', hash: 'SHA-256' }`, real-world
  // batch EV); one not known here (`key.algorithm`) counts, as for createHmac.
  const algorithm = resolveValue(first, sourceCode);
  let named: Node | null = algorithm;
  if (algorithm.type === AST_NODE_TYPES.ObjectExpression) {
    const property = algorithm.properties.find((p) => p.type === AST_NODE_TYPES.Property && !p.computed && p.key.type === AST_NODE_TYPES.Identifier && p.key.name === 'name');
    named = property?.type === AST_NODE_TYPES.Property ? property.value : null;
  }
  const text = named === null ? null : staticString(named, sourceCode);
  return text === null || text.toUpperCase() === 'HMAC';
}

/** The identifier at the root of `a.b().c.d()`. */
function rootIdentifier(node: Node): TSESTree.Identifier | null {
  let current = unwrap(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.MemberExpression) current = unwrap(current.object);
    else if (current.type === AST_NODE_TYPES.CallExpression) current = unwrap(current.callee);
    else if (current.type === AST_NODE_TYPES.AwaitExpression) current = unwrap(current.argument);
    else break;
  }
  return current.type === AST_NODE_TYPES.Identifier ? current : null;
}

const isExit = (n: Node): boolean =>
  n.type === AST_NODE_TYPES.ReturnStatement ||
  n.type === AST_NODE_TYPES.ThrowStatement ||
  (n.type === AST_NODE_TYPES.CallExpression &&
    unwrap(n.callee).type === AST_NODE_TYPES.MemberExpression &&
    memberName(unwrap(n.callee) as TSESTree.MemberExpression) === 'exit' &&
    rootIdentifier(n.callee)?.name === 'process');

/**
 * `ctx.throw(400, …)` on a parameter of the handler: Koa's (and Egg's) context throws an HTTP error, which ends the
 * handler as a `throw` does.
 */
function isContextThrow(n: Node, fn: FunctionNode, sourceCode: SourceCode): boolean {
  if (n.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrap(n.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) !== 'throw') return false;
  const object = unwrap(callee.object);
  if (object.type !== AST_NODE_TYPES.Identifier) return false;
  const def = variableOf(object, sourceCode)?.defs[0];
  return def?.type === 'Parameter' && def.node === fn;
}

/**
 * Framework helpers that throw to end a request (their documented behaviour): SvelteKit 2's `error(…)` / `redirect(…)`
 * from `@sveltejs/kit`, Next.js's `notFound()` / `redirect()` / `permanentRedirect()` from `next/navigation`.
 */
const THROWING_HELPERS: Readonly<Record<string, ReadonlySet<string>>> = {
  '@sveltejs/kit': new Set(['error', 'redirect']),
  'next/navigation': new Set(['notFound', 'redirect', 'permanentRedirect']),
};

function isThrowingHelperCall(n: Node, sourceCode: SourceCode): boolean {
  if (n.type !== AST_NODE_TYPES.CallExpression) return false;
  const ref = moduleRefOf(n.callee, sourceCode);
  return ref !== null && ref.path.length === 1 && Object.hasOwn(THROWING_HELPERS, ref.module) && THROWING_HELPERS[ref.module]!.has(ref.path[0]!);
}

/** A call's callee as written, when short (`verifySignature`, `this.verify`), else `this call`. */
function calleeText(call: TSESTree.CallExpression, sourceCode: SourceCode): string {
  const text = shortText(call.callee, sourceCode);
  return text === null ? 'this call' : `${text}()`;
}

/** A call whose result nothing reads: a statement of its own (`isValid(req);`, `await verify(req);`). */
function isDiscarded(call: TSESTree.CallExpression): boolean {
  let node: Node = call;
  while (node.parent?.type === AST_NODE_TYPES.AwaitExpression || node.parent?.type === AST_NODE_TYPES.ChainExpression) node = node.parent;
  return node.parent?.type === AST_NODE_TYPES.ExpressionStatement;
}

/** A node that ends the handler: `return`, `throw`, `process.exit()`, `ctx.throw(…)`, a throwing framework helper. */
const stopsHandler = (n: Node, fn: FunctionNode, sourceCode: SourceCode): boolean =>
  isExit(n) || isContextThrow(n, fn, sourceCode) || isThrowingHelperCall(n, sourceCode);

/**
 * Does this statement end the handler (see `stopsHandler`), or a block ending with one, or an `if` whose branches all
 * do (`else if (auth) { … return … } else { return … }`; real-world batch 331)?
 */
function endsHandler(statement: Node, fn: FunctionNode, sourceCode: SourceCode): boolean {
  if (statement.type === AST_NODE_TYPES.BlockStatement) {
    const last = statement.body[statement.body.length - 1];
    return last !== undefined && endsHandler(last, fn, sourceCode);
  }
  if (statement.type === AST_NODE_TYPES.IfStatement) {
    return statement.alternate !== null && endsHandler(statement.consequent, fn, sourceCode) && endsHandler(statement.alternate, fn, sourceCode);
  }
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return stopsHandler(statement, fn, sourceCode);
  const expression = unwrap(statement.expression);
  return stopsHandler(expression.type === AST_NODE_TYPES.AwaitExpression ? unwrap(expression.argument) : expression, fn, sourceCode);
}

/**
 * `event = stripe.webhooks.constructEvent(…)` or `const event = await verify(…).catch(…)` (awaited, cast or not): the
 * name the result is bound to, and the statement that binds it; null when it is not bound to a plain name.
 */
function boundName(call: Node): { name: string; statement: Node } | null {
  let node: Node = call;
  while (node.parent && (node.parent.type === AST_NODE_TYPES.AwaitExpression || node.parent.type === AST_NODE_TYPES.TSAsExpression || node.parent.type === AST_NODE_TYPES.TSNonNullExpression)) {
    node = node.parent;
  }
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.operator === '=' && parent.right === node && parent.left.type === AST_NODE_TYPES.Identifier) {
    return { name: parent.left.name, statement: parent.parent };
  }
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === node && parent.id.type === AST_NODE_TYPES.Identifier) {
    return { name: parent.id.name, statement: parent.parent };
  }
  return null;
}

/** `null`, `undefined`, `void …`. */
const isNothing = (n: Node | null | undefined): boolean => {
  if (!n) return true;
  const u = unwrap(n);
  return (
    (u.type === AST_NODE_TYPES.Identifier && u.name === 'undefined') ||
    (u.type === AST_NODE_TYPES.Literal && u.raw === 'null') ||
    (u.type === AST_NODE_TYPES.UnaryExpression && u.operator === 'void')
  );
};

/** A test that holds when `name` was never set: `!event`, `event === undefined`, `event == null`, `typeof event === 'undefined'`, or a `||` with one. */
function testsAbsence(test: Node, name: string): boolean {
  const target = unwrap(test);
  const isName = (n: Node): boolean => {
    const u = unwrap(n);
    return u.type === AST_NODE_TYPES.Identifier && u.name === name;
  };
  switch (target.type) {
    case AST_NODE_TYPES.UnaryExpression:
      return target.operator === '!' && isName(target.argument);
    case AST_NODE_TYPES.LogicalExpression:
      return target.operator === '||' && (testsAbsence(target.left, name) || testsAbsence(target.right, name));
    case AST_NODE_TYPES.BinaryExpression: {
      if (target.operator !== '===' && target.operator !== '==') return false;
      const [a, b] = [target.left, target.right];
      if ((isName(a) && isNothing(b)) || (isName(b) && isNothing(a))) return true;
      const typeofName = (n: Node): boolean => {
        const u = unwrap(n);
        return u.type === AST_NODE_TYPES.UnaryExpression && u.operator === 'typeof' && isName(u.argument);
      };
      const isUndefinedText = (n: Node): boolean => {
        const u = unwrap(n);
        return u.type === AST_NODE_TYPES.Literal && u.value === 'undefined';
      };
      return (typeofName(a) && isUndefinedText(b)) || (typeofName(b) && isUndefinedText(a));
    }
    default:
      return false;
  }
}

/**
 * After the statement that leaves the verified event unset when the check fails (a `try` whose catch goes on, or
 * `const event = await verify(…).catch(() => null)`), `if (!event) return …` as the next statement, or `if (!event) { …
 * } else { … }` with the event used only in the `else`: the handler acts on no event when the check failed.
 */
function guardedAfter(statement: Node, name: string, fn: FunctionNode, sourceCode: SourceCode): boolean {
  const block = statement.parent;
  // The last act of a loop's body: a failed check goes on to the next turn (the next of several endpoint secrets,
  // real-world batch EQ), so the event is unset after the loop only if every check failed; the guard follows the loop.
  if (block && isLoopBody(statement, block)) return guardedAfter(block, name, fn, sourceCode);
  if (block?.type !== AST_NODE_TYPES.BlockStatement) return false;
  const at = block.body.indexOf(statement as TSESTree.Statement);
  const loop = block.parent;
  if (loop && isLoopBody(block, loop) && block.body.slice(at + 1).every((later) => later.type === AST_NODE_TYPES.ContinueStatement)) {
    return guardedAfter(loop, name, fn, sourceCode);
  }
  const next = block.body[at + 1];
  // The last statement of a `try` block or an `if`'s branch: what runs next is what follows that statement (the loop
  // over the endpoint secrets inside a `try` that loads them; real-world batch EQ).
  const around = block.parent;
  if (next === undefined && around && (around.type === AST_NODE_TYPES.IfStatement || (around.type === AST_NODE_TYPES.TryStatement && around.block === block && !around.finalizer))) {
    return guardedAfter(around, name, fn, sourceCode);
  }
  if (next?.type !== AST_NODE_TYPES.IfStatement || !testsAbsence(next.test, name)) return false;
  if (endsHandler(next.consequent, fn, sourceCode)) return true;
  const usesEvent = (n: Node): boolean => n.type === AST_NODE_TYPES.Identifier && n.name === name;
  return (
    next.alternate !== null &&
    !someInBody(next.consequent, sourceCode, usesEvent) &&
    !block.body.slice(at + 2).some((later) => someInBody(later, sourceCode, usesEvent))
  );
}

/** Is `body` the body of the loop `loop`? */
const isLoopBody = (body: Node, loop: Node): boolean =>
  (loop.type === AST_NODE_TYPES.ForOfStatement ||
    loop.type === AST_NODE_TYPES.ForInStatement ||
    loop.type === AST_NODE_TYPES.ForStatement ||
    loop.type === AST_NODE_TYPES.WhileStatement ||
    loop.type === AST_NODE_TYPES.DoWhileStatement) &&
  loop.body === body;

/** A `.catch` callback whose promise settles on nothing: `() => null`, `() => undefined`, `(e) => { log(e) }`. */
const yieldsNothing = (callback: FunctionNode, sourceCode: SourceCode): boolean => returnedValues(callback, sourceCode).every(isNothing);

/**
 * The catch that swallows a failure of `call` inside `fn`: a `try` around it whose `catch` neither returns nor
 * throws while the handler has more to run after the `try` (and the next statement is no guard on the unset
 * event, and the event is no `const` / `let` of the `try` block), or a promise `.catch(cb)` whose callback does not
 * throw. Null when a failure ends the handler. `fn` a helper whose result the handler drops (`isValid(req);`,
 * `discarded`): only a failure that leaves it by throwing ends the handler, which runs on after any `return`.
 */
function swallowingCatch(call: Node, fn: FunctionNode, sourceCode: SourceCode, discarded: boolean): Node | null {
  const parent = call.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === call && memberName(parent) === 'catch' && parent.parent?.type === AST_NODE_TYPES.CallExpression) {
    const callback = parent.parent.arguments[0];
    if (isFunctionNode(callback) && !someInBody(callback.body, sourceCode, (n) => n.type === AST_NODE_TYPES.ThrowStatement)) {
      const bound = yieldsNothing(callback, sourceCode) ? boundName(parent.parent) : null;
      return bound && guardedAfter(bound.statement, bound.name, fn, sourceCode) ? null : parent.property;
    }
  }
  let child: Node = call;
  for (let current = call.parent; current && current !== fn; child = current, current = current.parent) {
    if (current.type === AST_NODE_TYPES.TryStatement && current.block === child && current.handler) {
      if (discarded) {
        return someInBody(current.handler.body, sourceCode, (n) => n.type !== AST_NODE_TYPES.ReturnStatement && stopsHandler(n, fn, sourceCode)) ? null : current.handler;
      }
      // A catch that stops, or after which the handler has nothing left to run, ends the handler.
      if (someInBody(current.handler.body, sourceCode, (n) => stopsHandler(n, fn, sourceCode)) || isLastInFunction(current, fn)) return null;
      const bound = boundName(call);
      // `const event = constructEvent(…)` inside the `try`: nothing after it can read the event, and the acts in the
      // block run only once the check passed.
      if (bound?.statement.type === AST_NODE_TYPES.VariableDeclaration && bound.statement.kind !== 'var') return null;
      if (bound && guardedAfter(current, bound.name, fn, sourceCode)) return null;
      const flag = successFlag(current.block, call, sourceCode);
      return flag !== null && guardedAfter(current, flag, fn, sourceCode) ? null : current.handler;
    }
  }
  return null;
}

/**
 * The event is a variable of the handler declared unset (`let event;`, or `= null` / `= undefined`) and set nowhere
 * but by the check (`event = constructEvent(…)`): after a failure the catch swallows it is still unset, so reading it
 * (`event.type`) throws and `event?.type` finds nothing. A forged event is not processed (real-world batch 329),
 * whatever the handler then does with the error.
 */
function unsetUnlessChecked(bound: { name: string; statement: Node }, sourceCode: SourceCode): boolean {
  const set = bound.statement.type === AST_NODE_TYPES.ExpressionStatement ? unwrap(bound.statement.expression) : null;
  if (set?.type !== AST_NODE_TYPES.AssignmentExpression || set.left.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(set.left, sourceCode);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== 'Variable' || def.node.type !== AST_NODE_TYPES.VariableDeclarator || (def.node.init && !isNothing(def.node.init))) return false;
  // Declared in a function, so set anew on every call: a module's `let event` would still hold the last event checked.
  if (!isFunctionNode(variable!.scope.variableScope.block)) return false;
  return variable!.references.every((ref) => !ref.isWrite() || ref.identifier === set.left || ref.identifier === def.name);
}

/** `true` / `false` written as such. */
const isBooleanLiteral = (node: Node | null | undefined, value: boolean): boolean => node?.type === AST_NODE_TYPES.Literal && node.value === value;

/**
 * A flag the `try` block sets once the check passed (`ok = true` after `event = constructEvent(…)`), declared `let ok
 * = false` (or unset) and set nowhere else: it holds after the `try` only if the check passed, so a guard on it
 * (`if (!ok) return …` after a loop over the endpoint secrets; real-world batch FQ) is a guard on the event.
 */
function successFlag(block: TSESTree.BlockStatement, call: Node, sourceCode: SourceCode): string | null {
  const at = block.body.findIndex((statement) => contains(statement, call));
  for (const statement of block.body.slice(at + 1)) {
    const set = statement.type === AST_NODE_TYPES.ExpressionStatement ? statement.expression : null;
    if (set?.type !== AST_NODE_TYPES.AssignmentExpression || set.operator !== '=' || set.left.type !== AST_NODE_TYPES.Identifier || !isBooleanLiteral(set.right, true)) continue;
    const variable = variableOf(set.left, sourceCode);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (def?.type !== 'Variable' || def.node.type !== AST_NODE_TYPES.VariableDeclarator || (def.node.init && !isBooleanLiteral(def.node.init, false))) continue;
    if (variable!.references.every((ref) => !ref.isWrite() || ref.identifier === set.left || ref.identifier === def.name)) return set.left.name;
  }
  return null;
}

interface Act {
  kind: 'type' | 'data';
  names: string[];
  source: EventSource;
  /** Where the event is read. */
  at: Node;
}

interface Scan {
  handler: RequestHandler;
  acts: Act[];
  /** A signature check whose failure ends the handler, or a re-fetch of the event from Stripe. */
  verified: boolean;
  /**
   * Calls that may hand the signature (or the whole request) to code this file does not show, which may verify it.
   * Judged only when the handler has something to report (`mayVerifyElsewhere`).
   */
  handOffs: TSESTree.CallExpression[];
  /**
   * The catches that swallow a failed check, each with whether the event is a variable left unset by the failure
   * (`unsetUnlessChecked`): harmless where the handler acts only on that event.
   */
  swallowing: Array<{ node: Node; unsetEvent: boolean }>;
  /** Calls of a same-file async verifier whose promise the handler drops (`verify(req);` without `await`). */
  notAwaited: TSESTree.CallExpression[];
  /** Tests that run the check only when the request carries a Stripe-Signature header (`if (signature) { … }`). */
  skippable: Node[];
  unverifiedHelpers: { node: Node; method: string }[];
  /** `generateTestHeaderString` calls whose header a signature check of the handler verifies (`selfSignedHeader`). */
  selfSigned: TSESTree.CallExpression[];
  visited: Set<FunctionNode>;
}

/** stripe-node's test helpers that sign a payload with the endpoint secret, as Stripe does (stripe-facts §6). */
const TEST_HEADER_METHODS: ReadonlySet<string> = new Set(['generateTestHeaderString', 'generateTestHeaderStringAsync']);

/**
 * The `generateTestHeaderString` call that made the header a signature check verifies (its second argument: the header
 * for `constructEvent`, `verifyHeader`, `parseThinEvent`…), written in place, as a fallback or a choice, or given to
 * the variable it passes by a write the check may see (`reachingWrites`: `if (!signature) header = stripe.webhooks.generateTestHeaderString({ payload, secret })`;
 * real-world batch 310): the handler signs the request itself, so a request without a genuine header passes.
 */
function selfSignedHeader(check: TSESTree.CallExpression, sourceCode: SourceCode): TSESTree.CallExpression | null {
  const header = check.arguments[1];
  if (!header || header.type === AST_NODE_TYPES.SpreadElement) return null;
  // Each value the header may take: a fallback's or a choice's (`sig || generateTestHeaderString(…)`), a variable's writes.
  const leaves = (node: Node): Node[] => {
    const target = unwrap(node);
    return target.type === AST_NODE_TYPES.LogicalExpression || target.type === AST_NODE_TYPES.ConditionalExpression ? choiceLeaves(target, false).map(unwrap) : [target];
  };
  const values = leaves(header).flatMap((leaf) => {
    if (leaf.type !== AST_NODE_TYPES.Identifier) return [leaf];
    return (reachingWrites(leaf, sourceCode) ?? []).flatMap(leaves);
  });
  for (const value of values) {
    const made = value.type === AST_NODE_TYPES.AwaitExpression ? unwrap(value.argument) : value;
    if (made.type === AST_NODE_TYPES.CallExpression && TEST_HEADER_METHODS.has(calleeName(made, sourceCode) ?? '')) return made;
  }
  return null;
}

/**
 * The branch of an `if` or `?:` that never runs because its test is a constant: `const webhookSecret = '';` then
 * `if (webhookSecret) { constructEvent(…) } else { event = req.body; }` (Stripe's old samples with the secret left
 * empty) never verifies. Only tests with a static value (literals and consts of literals, `!`, comparisons of them);
 * `process.env.STRIPE_WEBHOOK_SECRET || ''` is unknown, so both branches count. Null when both may run.
 */
function deadBranch(node: Node, sourceCode: SourceCode): Node | null {
  if (node.type !== AST_NODE_TYPES.IfStatement && node.type !== AST_NODE_TYPES.ConditionalExpression) return null;
  // `undefined` is also what an unknown test gives: not folded, unless the test is a variable that never holds a value.
  const value = staticValue(node.test, sourceCode) ?? emptyVariableTest(node.test, sourceCode);
  if (value === undefined) return null;
  return value ? node.alternate : node.consequent;
}

/**
 * The value of a test on a variable declared without a value, or with `undefined` / `null`, and never assigned
 * (`let endpointSecret;` then `if (endpointSecret) { constructEvent(…) } else { … }`, real-world batch EZ): false, or
 * true for its negation (`!endpointSecret`; `!!endpointSecret` is false again). Undefined for anything else (a loop's variable, an ambient `declare let`).
 */
function emptyVariableTest(test: Node, sourceCode: SourceCode): boolean | undefined {
  let target = unwrap(test);
  let negated = false;
  while (target.type === AST_NODE_TYPES.UnaryExpression && target.operator === '!') [target, negated] = [unwrap(target.argument), !negated];
  if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = variableOf(target, sourceCode);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== 'Variable' || def.node.id.type !== AST_NODE_TYPES.Identifier || (def.node.init && !isNothing(def.node.init))) return undefined;
  const declaration = def.parent;
  if (declaration.declare || declaration.parent.type === AST_NODE_TYPES.ForInStatement || declaration.parent.type === AST_NODE_TYPES.ForOfStatement) return undefined;
  return isNeverReassigned(variable!) ? negated : undefined;
}

/** Does this `app.use(...)` argument look like a middleware that checks signatures? */
function mayVerify(arg: Node, sourceCode: SourceCode): boolean {
  let target = unwrap(arg);
  if (target.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(target, sourceCode);
    const def = variable?.defs[0];
    if (!def || def.type === 'ImportBinding' || (def.type === 'Variable' && def.node.init && unwrap(def.node.init).type === AST_NODE_TYPES.CallExpression)) {
      return VERIFIER_NAME.test(target.name);
    }
    if (def.type === 'FunctionName') target = def.node;
    else if (def.type === 'Variable' && def.node.init) target = unwrap(def.node.init);
  } else if (target.type === AST_NODE_TYPES.CallExpression) {
    const name = calleeName(target, sourceCode);
    if (verifiesInOption(target, sourceCode)) return true; // `app.use(express.json({ verify: verifyStripe }))`
    return name !== null && VERIFIER_NAME.test(name) && !isBodyParser(target, sourceCode);
  }
  return isFunctionNode(target) && someInBody(target.body, sourceCode, (n) => n.type === AST_NODE_TYPES.CallExpression && VERIFYING_WEBHOOK_METHODS.has(calleeName(n, sourceCode) ?? ''));
}

/**
 * Can an act with these names (`kind: 'type'`) or an event's data read (`'data'`) end up among the Stripe acts that
 * `check` judges? It does when it is a Stripe act by itself, or when its source may be a verifying call (only if the
 * file calls one). Acts that cannot are not collected, so their source is never looked for.
 */
type ActFilter = (kind: Act['kind'], names: readonly string[]) => boolean;

const isStripeActShape = (kind: Act['kind'], names: readonly string[], mentionsStripe: boolean): boolean =>
  names.some(isDistinctiveStripeEventType) || (mentionsStripe && (kind === 'data' || names.some(isStripeEventType)));

/** `undefined`, `null`, `void 0` or `''`: what a header's value is not when the header is sent. */
function isNothingOrEmpty(node: Node): boolean {
  const target = unwrap(node);
  return isNothing(target) || (target.type === AST_NODE_TYPES.Literal && target.value === '');
}

class HandlerAnalysis {
  constructor(
    private readonly sourceCode: SourceCode,
    private readonly scan: Scan,
    private readonly mayCount: ActFilter,
  ) {}

  /** Same-file helpers the handler calls without reading their result (`isValid(req);`): `swallowingCatch`'s `discarded`. */
  private readonly discardedHelpers = new Set<FunctionNode>();

  private get handler(): RequestHandler {
    return this.scan.handler;
  }

  /**
   * The test of an `if` (or `?:`) that runs `call` only when the request carries a Stripe-Signature header, while its
   * other branch goes on (`if (signature) { event = constructEvent(…) } else { event = JSON.parse(body) }`): a forged
   * request leaves the header out. Null when the check always runs, or when the other branch ends the handler.
   */
  /** A check that verifies (`call`): the handler is verified, unless the check runs only with the header (`signatureOptional`). */
  private verifiedUnlessSkippable(call: Node, fn: FunctionNode): void {
    const skippable = this.signatureOptional(call, fn);
    if (skippable) this.scan.skippable.push(skippable);
    else this.scan.verified = true;
  }

  private signatureOptional(call: Node, fn: FunctionNode): Node | null {
    let child: Node = call;
    for (let current = call.parent; current && current !== fn; child = current, current = current.parent) {
      const gated =
        current.type === AST_NODE_TYPES.IfStatement && current.consequent === child
          ? this.requiresSignature(current.test) && !(current.alternate && endsHandler(current.alternate, fn, this.sourceCode))
          : current.type === AST_NODE_TYPES.ConditionalExpression && current.consequent === child && this.requiresSignature(current.test);
      // A request without the header was already turned away (`if (!sig) return res.status(400)…`): the test holds.
      if (gated) return this.rejectedBefore(current, fn) ? null : (current as TSESTree.IfStatement | TSESTree.ConditionalExpression).test;
    }
    return null;
  }

  /**
   * Does a statement before `node` (in its block or an enclosing one, within the handler) end the handler when the
   * request carries no Stripe-Signature header: `if (!sig) return res.status(400).send(…)`, `if (!sig || !secret) throw …`,
   * `if (!(secret && sig)) …`?
   */
  private rejectedBefore(node: Node, fn: FunctionNode): boolean {
    let child: Node = node;
    for (let current = node.parent; current && current !== fn; child = current, current = current.parent) {
      if (current.type !== AST_NODE_TYPES.BlockStatement) continue;
      for (const statement of current.body) {
        if (statement === child) break;
        if (statement.type === AST_NODE_TYPES.IfStatement && this.failsWithoutSignature(statement.test) && endsHandler(statement.consequent, fn, this.sourceCode)) return true;
      }
    }
    return false;
  }

  /** Does this test hold whenever the Stripe-Signature header is missing (`!sig`, `!secret || !sig`, `!(secret && sig)`)? */
  private failsWithoutSignature(test: Node): boolean {
    const target = unwrap(test);
    if (target.type === AST_NODE_TYPES.LogicalExpression) {
      return target.operator === '||' && (this.failsWithoutSignature(target.left) || this.failsWithoutSignature(target.right));
    }
    // (Not a comparison, `sig === undefined`: a header read with a fallback, `|| ''`, is never undefined.)
    return target.type === AST_NODE_TYPES.UnaryExpression && target.operator === '!' && this.requiresSignature(target.argument);
  }

  /** Does this test hold only when the Stripe-Signature header was sent (`signature`, `secret && sig`, `sig != null`)? */
  private requiresSignature(test: Node): boolean {
    const target = unwrap(test);
    if (target.type === AST_NODE_TYPES.LogicalExpression) {
      return target.operator === '&&' && (this.requiresSignature(target.left) || this.requiresSignature(target.right));
    }
    if (target.type === AST_NODE_TYPES.BinaryExpression && (target.operator === '!==' || target.operator === '!=')) {
      return (isNothingOrEmpty(target.right) && this.isSignatureRead(target.left)) || (isNothingOrEmpty(target.left) && this.isSignatureRead(target.right));
    }
    return this.isSignatureRead(target);
  }

  /**
   * The Stripe-Signature header read from the request, directly or through a const (`const sig = req.headers[…]`),
   * also with an empty fallback (`req.headers.get('stripe-signature') || undefined`, `?? ''`: the header or nothing;
   * real-world batch 102).
   */
  private isSignatureRead(node: Node, depth = 0): boolean {
    let target = unwrap(node);
    if (target.type === AST_NODE_TYPES.Identifier) {
      // A NestJS parameter decorated `@Headers('stripe-signature')` (real-world batch 333).
      if (headerName(target, this.handler, this.sourceCode) === STRIPE_SIGNATURE_HEADER) return true;
      const variable = variableOf(target, this.sourceCode);
      const init = variable ? constInit(variable) : null;
      if (!init) return false;
      target = unwrap(init);
    }
    // ...or read under another spelling when the first is missing (`headers['stripe-signature'] ||
    // headers['Stripe-Signature']`, `?? req.get('Stripe-Signature')`: the header still; real-world batch 232).
    if (target.type === AST_NODE_TYPES.LogicalExpression && target.operator !== '&&' && depth < 4) {
      return this.isSignatureRead(target.left, depth + 1) && (isNothingOrEmpty(target.right) || this.isSignatureRead(target.right, depth + 1));
    }
    return headerName(target, this.handler, this.sourceCode) === STRIPE_SIGNATURE_HEADER;
  }

  run(fn: FunctionNode, params: Map<Variable, EventSource>, depth: number): void {
    this.scan.visited.add(fn);
    this.walk(fn.body, fn, params, depth);
  }

  /**
   * Visit `root` and what it holds, in source order (each node before its children, a child's subtree before the next
   * child), without recursion: an expression thousands of operands deep parses (real-world batch 279: a stack
   * overflow).
   */
  private walk(root: Node, fn: FunctionNode, params: Map<Variable, EventSource>, depth: number): void {
    const pending: Node[] = [root];
    const children: Node[] = [];
    while (pending.length > 0) {
      // A verified handler is not reported whatever follows the check: stop looking.
      if (this.scan.verified) return;
      const node = pending.pop()!;
      this.visit(node, fn, params, depth);
      const dead = deadBranch(node, this.sourceCode);
      children.length = 0;
      for (const key of this.sourceCode.visitorKeys[node.type] ?? []) {
        const value = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(value)) {
          for (const item of value) if (isNode(item) && this.entersChild(item, fn)) children.push(item);
        } else if (isNode(value) && value !== dead && this.entersChild(value, fn)) {
          children.push(value);
        }
      }
      for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]!);
    }
  }

  /** Is `child` walked as part of `fn`? A nested function that is a handler of its own is analysed on its own. */
  private entersChild(child: Node, fn: FunctionNode): boolean {
    return !(isFunctionNode(child) && child !== fn && requestHandler(child, this.sourceCode) && requestHandler(child, this.sourceCode)!.kind !== 'request-params');
  }

  private visit(node: Node, fn: FunctionNode, params: Map<Variable, EventSource>, depth: number): void {
    switch (node.type) {
      case AST_NODE_TYPES.CallExpression:
        this.visitCall(node, fn, params, depth);
        return;
      case AST_NODE_TYPES.MemberExpression: {
        const name = memberName(node, this.sourceCode);
        if (name === 'type') {
          const names = this.comparedNames(node);
          if (names.length === 0 || !this.mayCount('type', names)) return;
          const source = this.eventSource(node.object, params);
          if (source) this.scan.acts.push({ kind: 'type', names, source, at: node });
        } else if (name === 'object') {
          if (!this.mayCount('data', [])) return;
          const data = unwrap(node.object);
          if (data.type === AST_NODE_TYPES.MemberExpression && memberName(data, this.sourceCode) === 'data') {
            const source = this.eventSource(data.object, params);
            if (source) this.scan.acts.push({ kind: 'data', names: [], source, at: node });
          } else if (data.type === AST_NODE_TYPES.Identifier) {
            const source = this.destructuredFrom(data, 'data', params);
            if (source) this.scan.acts.push({ kind: 'data', names: [], source, at: node });
          }
        }
        return;
      }
      case AST_NODE_TYPES.VariableDeclarator: {
        if (node.id.type !== AST_NODE_TYPES.ObjectPattern || !node.init) return;
        // The acts this destructuring would record, in order; then their (shared) source, if any of them can count.
        const found: Omit<Act, 'source' | 'at'>[] = [];
        for (const property of node.id.properties) {
          if (property.type !== AST_NODE_TYPES.Property || property.computed || property.key.type !== AST_NODE_TYPES.Identifier) continue;
          const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
          if (property.key.name === 'type' && value.type === AST_NODE_TYPES.Identifier) {
            const names = this.referenceComparisons(value);
            if (names.length > 0) found.push({ kind: 'type', names });
          }
          if (property.key.name === 'data' && value.type === AST_NODE_TYPES.ObjectPattern && isDataObjectPattern(value)) {
            found.push({ kind: 'data', names: [] });
          }
        }
        const counted = found.filter((act) => this.mayCount(act.kind, act.names));
        if (counted.length === 0) return;
        const source = this.eventSource(node.init, params);
        if (source) for (const act of counted) this.scan.acts.push({ ...act, source, at: node });
        return;
      }
      default:
        return;
    }
  }

  private visitCall(call: TSESTree.CallExpression, fn: FunctionNode, params: Map<Variable, EventSource>, depth: number): void {
    const name = calleeName(call, this.sourceCode);
    const callee = unwrap(call.callee);
    if (name !== null && VERIFYING_WEBHOOK_METHODS.has(name)) {
      const selfSigned = selfSignedHeader(call, this.sourceCode);
      if (selfSigned) {
        this.scan.selfSigned.push(selfSigned);
        return;
      }
      const swallowed = swallowingCatch(call, fn, this.sourceCode, this.discardedHelpers.has(fn));
      if (swallowed) {
        const bound = swallowed.type === AST_NODE_TYPES.CatchClause ? boundName(call) : null;
        this.scan.swallowing.push({ node: swallowed, unsetEvent: bound !== null && unsetUnlessChecked(bound, this.sourceCode) });
      } else this.verifiedUnlessSkippable(call, fn);
      return;
    }
    if (isHmacSha256(call, name, this.sourceCode)) {
      this.verifiedUnlessSkippable(call, fn);
      return;
    }
    // stripe.events.retrieve(id): the event comes from Stripe, not from the request.
    if (name === 'retrieve' && callee.type === AST_NODE_TYPES.MemberExpression) {
      const object = unwrap(callee.object);
      if (object.type === AST_NODE_TYPES.MemberExpression && memberName(object, this.sourceCode) === 'events') {
        this.scan.verified = true;
        return;
      }
    }
    if (name !== null && UNVERIFIED_WEBHOOK_METHODS.has(name)) {
      if (call.arguments.some((arg) => this.fromRequest(arg, params))) {
        this.scan.unverifiedHelpers.push({ node: callee.type === AST_NODE_TYPES.MemberExpression ? callee.property : callee, method: name });
      }
      return;
    }
    if (name === 'handle' && callee.type === AST_NODE_TYPES.MemberExpression) {
      const created = resolveValue(callee.object, this.sourceCode);
      if (created.type === AST_NODE_TYPES.CallExpression && calleeName(created, this.sourceCode) === UNVERIFIED_NOTIFICATION_HANDLER) {
        if (call.arguments.some((arg) => this.fromRequest(arg, params))) {
          this.scan.unverifiedHelpers.push({ node: callee.property, method: UNVERIFIED_NOTIFICATION_HANDLER });
        }
        return;
      }
    }
    const target = this.sameFileFunction(call);
    if (target) {
      if (depth < MAX_DEPTH && !this.scan.visited.has(target)) {
        if (isDiscarded(call)) this.discardedHelpers.add(target);
        // An async verifier called as a statement without `await`: its failure rejects a promise nobody waits for.
        const notAwaited = target.async && call.parent?.type === AST_NODE_TYPES.ExpressionStatement && !this.scan.verified;
        const bound = new Map<Variable, EventSource>();
        call.arguments.forEach((arg, index) => {
          if (arg.type === AST_NODE_TYPES.SpreadElement) return;
          const param = target.params[index];
          const id = param?.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
          const variable = id?.type === AST_NODE_TYPES.Identifier ? variableOf(id, this.sourceCode) : null;
          if (!variable) return;
          const source = this.eventSource(arg, params) ?? this.rawSource(arg, params);
          if (source) bound.set(variable, source);
          // The signature handed on: the helper's own hand-offs of it may verify (an imported `hmacHex(secret, …)`).
          else if (this.carriesSignature(arg)) this.signatures.add(variable);
        });
        const verifiedBefore = this.scan.verified;
        this.run(target, bound, depth + 1);
        if (notAwaited && this.scan.verified) {
          this.scan.verified = false;
          this.scan.notAwaited.push(call);
        }
        // A hand-written verifier of the file that the handler calls only when the header is sent (real-world batch
        // 335: `if (secret && sig) event = await verifyStripeSignature(body, sig, secret); else event = JSON.parse(body)`).
        if (!verifiedBefore && this.scan.verified) {
          this.scan.verified = false;
          this.verifiedUnlessSkippable(call, fn);
        }
      }
      return;
    }
    if (call.arguments.length > 0) this.scan.handOffs.push(call);
  }

  /** The calls of the handler that hand the signature (or the whole request) to code this file does not show. */
  private *signatureHandOffs(): Generator<TSESTree.CallExpression> {
    for (const call of this.scan.handOffs) {
      if (this.harmless(call)) continue;
      const imported = this.importedCallee(call);
      // `endsHandler` last: it looks through every act, and a handler may hand its event on thousands of times.
      if (call.arguments.some((arg) => this.carriesSignature(arg, 0, imported)) && !this.endsHandler(call)) yield call;
    }
  }

  /**
   * Does a call of the handler hand the signature (or the whole request) to code this file does not show? Not one
   * whose event a `catch` replaces with the body (`bodyFallbacks`).
   */
  mayVerifyElsewhere(): boolean {
    for (const call of this.signatureHandOffs()) if (this.bodyFallback(call) === null) return true;
    return false;
  }

  /**
   * The catches that replace the event such a call returns with the body (`try { event = verifyWebhook(body, sig) }
   * catch { event = JSON.parse(body) }`): swallowing ones, whether that call checks the signature or not.
   */
  bodyFallbacks(): TSESTree.CatchClause[] {
    const out: TSESTree.CatchClause[] = [];
    for (const call of this.signatureHandOffs()) {
      const fallback = this.bodyFallback(call);
      if (fallback) out.push(fallback);
    }
    return out;
  }

  /**
   * The `catch` of a `try` around `call` that sets the variable the call's result went to from the request body
   * (`event = JSON.parse(body)`, `event = req.body`), else null.
   */
  private bodyFallback(call: TSESTree.CallExpression): TSESTree.CatchClause | null {
    const bound = boundName(call);
    if (bound === null) return null;
    let child: Node = call;
    for (let current: Node | undefined = call.parent; current && !isFunctionNode(current); child = current, current = current.parent) {
      if (current.type !== AST_NODE_TYPES.TryStatement || current.block !== child) continue;
      const handler = current.handler;
      if (!handler) return null;
      const fallback = someInBody(handler.body, this.sourceCode, (n) => {
        if (n.type !== AST_NODE_TYPES.AssignmentExpression || n.operator !== '=' || n.left.type !== AST_NODE_TYPES.Identifier || n.left.name !== bound.name) return false;
        return this.eventSource(n.right, new Map())?.kind === 'body' || this.fromRequest(n.right, new Map());
      });
      return fallback ? handler : null;
    }
    return null;
  }

  /**
   * Is the call's function imported (`hmacHex(secret, …)` of the app's `../_lib/delivery.js`, a package's), other than
   * Node's crypto, which the rule reads itself (`isHmacSha256`)? What a helper of the file hands such a function may be
   * verified there; what it hands a global (`new TextEncoder().encode(…)`) is not.
   */
  private importedCallee(call: TSESTree.CallExpression): boolean {
    const root = rootIdentifier(call.callee);
    const module = root ? moduleRefOf(root, this.sourceCode)?.module : undefined;
    if (module === undefined || NODE_CRYPTO_MODULES.has(module)) return false;
    // The app's own module's, or a package's function named for a check (`verifySignature`, `hmacHex`, `safeCompare`):
    // not an error tracker's `Sentry.setTag('signature', sig)` nor lodash's `isEmpty(sig)` (regression probe 272).
    return isLocalSource(module, this.sourceCode) || VERIFYING_WORDS.test(calleeName(call, this.sourceCode) ?? '');
  }

  /**
   * A call the handler returns (`return reply(event, 400, 'unhandled')`, also awaited, or an arrow's body): the
   * handler ends with it, so whatever it does cannot guard an act of the handler, which ran before it on its path or
   * on another path that returned already. Not when the event is read in its arguments (`return handle(req,
   * event.data.object)`): the function it goes to may verify first and then use it.
   */
  private endsHandler(call: TSESTree.CallExpression): boolean {
    if (this.scan.acts.some((act) => contains(call, act.at))) return false;
    let node: Node = call;
    while (node.parent?.type === AST_NODE_TYPES.AwaitExpression || node.parent?.type === AST_NODE_TYPES.TSAsExpression) node = node.parent;
    const parent = node.parent;
    const fn = this.handler.fn;
    if (parent === fn) return fn.body === node; // `(event) => reply(event)`
    return parent?.type === AST_NODE_TYPES.ReturnStatement && parent.argument === node && enclosingFunction(parent) === fn;
  }

  /** Calls that read the request, respond, log or convert: none of them checks a signature. */
  private harmless(call: TSESTree.CallExpression): boolean {
    if (requestRead(call, this.handler, this.sourceCode) !== null) return true; // h3's `readRawBody(event)`, `getHeader(event, …)`
    const name = calleeName(call, this.sourceCode);
    if (name !== null && (RAW_READERS.has(name) || LOG_METHODS.has(name))) return true;
    if (isHonoContextHelperCall(call, this.sourceCode)) return true; // `env(c)`, `getCookie(c, name)`
    const root = rootIdentifier(call.callee);
    if (!root) return false;
    if (HARMLESS_ROOTS.has(root.name)) return true;
    // A CORS or body-parsing middleware run by hand, `cors(req, res, async () => { … })` (Firebase's idiom, the
    // handler's work in its callback; real-world batch 331): it checks no signature.
    if (root === unwrap(call.callee) && isParserMiddleware(root, this.sourceCode)) return true;
    const h = this.handler;
    return refersTo(root, [...h.requests, ...h.contexts, ...h.responses, ...h.headers.keys()], this.sourceCode) || (root === unwrap(call.callee) && root.name === 'next');
  }

  /**
   * Does the expression carry what a signature check needs: the request, its headers, or the signature header? With
   * `throughHelpers`, also a helper's parameter that receives one (`signatures`), as it is handed to an imported function.
   */
  private carriesSignature(node: Node, depth = 0, throughHelpers = true): boolean {
    if (depth > 10 || isFunctionNode(node)) return false;
    // The event a verifying call returns is no signature, whatever the call was given; a conditional's value is one of
    // its branches, never its test (`sig ? constructEvent(…) : JSON.parse(body)`).
    if (node.type === AST_NODE_TYPES.CallExpression && VERIFYING_WEBHOOK_METHODS.has(calleeName(node, this.sourceCode) ?? '')) return false;
    if (node.type === AST_NODE_TYPES.ConditionalExpression) return this.carriesSignature(node.consequent, depth + 1, throughHelpers) || this.carriesSignature(node.alternate, depth + 1, throughHelpers);
    // Nor is the body a helper of the file reads from the request it is given and returns (`getStripeEvent(request)`).
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const helper = this.readableHelper(node);
      if (helper && this.helperEventSource(node, helper, new Map(), new Set())?.kind === 'body') return false;
    }
    const read = requestRead(node, this.handler, this.sourceCode);
    if (read === 'request') return true;
    // The headers, or one of them that may be the signature: not another header named (`headers.get('x-request-id')`;
    // Hono's `c.get('db')`, read as Koa's header getter; real-world batch 330).
    if (read === 'headers') {
      const name = headerName(node, this.handler, this.sourceCode);
      return name === null || name === STRIPE_SIGNATURE_HEADER;
    }
    if (read === 'body' || read === 'raw-body') return false; // the body alone cannot be checked
    // Nor what a reader of the body gives, handed the request (`await buffer(req)`, `JSON.parse(buf.toString())`).
    if (node.type === AST_NODE_TYPES.CallExpression && this.fromRequest(node, new Map())) return false;
    // Another part of the request or of its context (its method, its URL, a Worker's binding `c.env.DB`): no signature
    // (real-world batch 330: a handler that hands `c.env.DB` or `req.url` to another file's function verifies nothing).
    if (node.type === AST_NODE_TYPES.MemberExpression && requestRead(node.object, this.handler, this.sourceCode) === 'request') return false;
    if (node.type === AST_NODE_TYPES.Identifier) {
      const variable = variableOf(node, this.sourceCode);
      if (variable && throughHelpers && this.signatures.has(variable)) return true;
      const def = variable?.defs[0];
      if (def?.type !== 'Variable' || !def.node.init) return false;
      if (def.node.id.type === AST_NODE_TYPES.Identifier) return this.carriesSignature(def.node.init, depth + 1, throughHelpers);
      // Also a part destructured from what a call given it returns (`const { timestamp, signature } = parseHeader(header)`;
      // precision probe 291: a Convex action's hand-written check, its header parsed by a helper, the HMAC computed by
      // @noble/hashes); not a part of the request (`const { body } = req`).
      const init = unwrap(def.node.init);
      const made = init.type === AST_NODE_TYPES.AwaitExpression ? unwrap(init.argument) : init;
      return made.type === AST_NODE_TYPES.CallExpression && this.carriesSignature(made, depth + 1, throughHelpers);
    }
    for (const child of childNodes(node, this.sourceCode)) if (this.carriesSignature(child, depth + 1, throughHelpers)) return true;
    return false;
  }

  /** A function declared in this file that `call` calls: `helper(...)`, `this.method(...)`. */
  private sameFileFunction(call: TSESTree.CallExpression): FunctionNode | null {
    const callee = unwrap(call.callee);
    if (callee.type === AST_NODE_TYPES.Identifier) {
      const variable = variableOf(callee, this.sourceCode);
      const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (def?.type === 'FunctionName' && isFunctionNode(def.node)) return def.node;
      if (def?.type === 'Variable' && def.node.init) {
        const init = unwrap(def.node.init);
        if (isFunctionNode(init)) return init;
      }
      return null;
    }
    if (callee.type === AST_NODE_TYPES.MemberExpression && unwrap(callee.object).type === AST_NODE_TYPES.ThisExpression) {
      const name = memberName(callee, this.sourceCode);
      let current: Node | undefined = callee.parent;
      while (current && current.type !== AST_NODE_TYPES.ClassBody) current = current.parent;
      if (!current || name === null) return null;
      for (const element of current.body) {
        if ((element.type === AST_NODE_TYPES.MethodDefinition || element.type === AST_NODE_TYPES.PropertyDefinition) && classMemberName(element) === name) {
          const value = element.value && unwrap(element.value);
          if (value && isFunctionNode(value)) return value;
        }
      }
    }
    // `webhooks.parse(…)` on a const object literal of the file, a static method of its class (`Billing.parse(…)`)
    return callee.type === AST_NODE_TYPES.MemberExpression && unwrap(callee.object).type === AST_NODE_TYPES.Identifier ? ownMethodOf(callee, this.sourceCode) : null;
  }

  /** Static strings `node` (an event type read) is compared with: `===`, `switch`, `[...].includes(type)`. */
  private comparedNames(node: Node): string[] {
    const parent = node.parent;
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === node && parent.id.type === AST_NODE_TYPES.Identifier) {
      return this.referenceComparisons(parent.id);
    }
    // `eventType = req.body.type` (a `let` set on each branch, then switched on)
    if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.operator === '=' && parent.right === node && parent.left.type === AST_NODE_TYPES.Identifier) {
      return this.referenceComparisons(parent.left);
    }
    if (parent?.type === AST_NODE_TYPES.TSAsExpression || parent?.type === AST_NODE_TYPES.TSNonNullExpression || parent?.type === AST_NODE_TYPES.ChainExpression) {
      return this.comparedNames(parent);
    }
    const compared: (Node | null | undefined)[] =
      parent?.type === AST_NODE_TYPES.BinaryExpression && EQUALITY_OPERATORS.has(parent.operator)
        ? [parent.left === node ? parent.right : parent.left]
        : parent?.type === AST_NODE_TYPES.SwitchStatement && parent.discriminant === node
          ? parent.cases.map((c) => c.test)
          : parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === node
            ? membershipList(parent, this.sourceCode)
            : [];
    const out: string[] = [];
    for (const value of compared) {
      const text = value ? staticString(value, this.sourceCode) : null;
      if (text !== null) out.push(text);
    }
    // `event.type.startsWith('customer.subscription')`: every type under that object
    const prefix = startsWithPrefix(node, this.sourceCode);
    if (prefix !== null) out.push(...eventTypesUnder(prefix, mentionsStripe(this.sourceCode)));
    return out;
  }

  private referenceComparisons(id: TSESTree.Identifier): string[] {
    const variable = variableOf(id, this.sourceCode);
    if (!variable) return [];
    return variable.references.filter((ref) => !ref.init && ref.isRead()).flatMap((ref) => this.comparedNames(ref.identifier));
  }

  /**
   * `data` in `const { data } = event` → where `event` comes from; likewise for a variable set to `event.data`
   * (`const data = event.data`, or `data = req.body.data` on one branch and `data = event.data` on the other: the body
   * when any write is).
   */
  private destructuredFrom(id: TSESTree.Identifier, key: string, params: Map<Variable, EventSource>): EventSource | null {
    const variable = variableOf(id, this.sourceCode);
    const def = variable?.defs[0];
    if (variable && def?.type === 'Variable' && def.node.id.type === AST_NODE_TYPES.Identifier) {
      const events = this.writes(variable).flatMap((write) => {
        const value = unwrap(write);
        return value.type === AST_NODE_TYPES.MemberExpression && memberName(value, this.sourceCode) === key ? [value.object] : [];
      });
      return this.sourceOfAny(events, params);
    }
    if (def?.type !== 'Variable' || def.node.id.type !== AST_NODE_TYPES.ObjectPattern || !def.node.init) return null;
    const property = def.node.id.properties.find(
      (p): p is PropertyOf<typeof p> => p.type === AST_NODE_TYPES.Property && !p.computed && p.key.type === AST_NODE_TYPES.Identifier && p.key.name === key,
    );
    return property ? this.eventSource(def.node.init, params) : null;
  }

  /** Where one of `values` comes from: the request body when any of them is, else the first source known, else null. */
  private sourceOfAny(values: readonly Node[], params: Map<Variable, EventSource>, seen = new Set<Variable>()): EventSource | null {
    let found: EventSource | null = null;
    for (const value of values) {
      const source = this.eventSource(value, params, seen);
      if (source?.kind === 'body') return source;
      found ??= source;
    }
    return found;
  }

  /** Where the value of `node` comes from, when it is an event: the request body, or a verifying call. */
  eventSource(node: Node, params: Map<Variable, EventSource>, seen = new Set<Variable>()): EventSource | null {
    let target = unwrap(node);
    if (target.type === AST_NODE_TYPES.AwaitExpression) target = unwrap(target.argument);
    switch (target.type) {
      case AST_NODE_TYPES.LogicalExpression:
      case AST_NODE_TYPES.ConditionalExpression:
        // Either side may be the value: the body when one is (as for a variable's writes below).
        return this.sourceOfAny(choiceLeaves(target, true), params, seen);
      case AST_NODE_TYPES.CallExpression: {
        const name = calleeName(target, this.sourceCode);
        if (name !== null && VERIFYING_WEBHOOK_METHODS.has(name)) return { kind: 'verified', node: target };
        const callee = unwrap(target.callee);
        // A copy of the body (`Object.assign({}, req.body)`; real-world batch 288): the body.
        if (isObjectAssign(target, this.sourceCode)) {
          const copied = this.sourceOfAny(target.arguments.filter((arg) => arg.type !== AST_NODE_TYPES.SpreadElement), params, seen);
          if (copied?.kind === 'body') return copied;
          break;
        }
        // verify(...).catch((err) => fallback): the event, or whatever the callback returns.
        if (name === 'catch' && callee.type === AST_NODE_TYPES.MemberExpression) {
          const callback = target.arguments[0];
          const returned = isFunctionNode(callback) ? returnedValues(callback, this.sourceCode) : [];
          for (const value of returned) {
            const source = this.eventSource(value, params, seen);
            if (source?.kind === 'body') return source;
          }
          return this.eventSource(callee.object, params, seen);
        }
        if (
          name === 'parse' &&
          callee.type === AST_NODE_TYPES.MemberExpression &&
          rootIdentifier(callee)?.name === 'JSON' &&
          target.arguments[0] &&
          this.fromRequest(target.arguments[0], params)
        ) {
          return { kind: 'body', node: target };
        }
        // A helper of the file handed the request, returning the event it reads (`getStripeEvent(request)` returning
        // `JSON.parse(await request.text())` or `constructEvent(…)`; real-world batch 252): what it returns, its
        // parameters that receive the request read as the request.
        const helper = this.readableHelper(target);
        if (helper) return this.helperEventSource(target, helper, params, seen);
        break;
      }
      case AST_NODE_TYPES.ObjectExpression: {
        // A copy of the body (`{ ...req.body, receivedAt: Date.now() }`) or an event rebuilt from its parts (`{ type:
        // body.type, data: body.data }`, `const { type, data } = req.body` then `{ id, type, data }`; real-world batch
        // 288): the body, where a spread or one of those parts is.
        const parts: Node[] = [];
        for (const property of target.properties) {
          if (property.type === AST_NODE_TYPES.SpreadElement) parts.push(property.argument);
          else if (property.type === AST_NODE_TYPES.Property && !property.computed) {
            const key = propertyKey(property, this.sourceCode);
            const value = unwrap(property.value);
            if (key !== 'type' && key !== 'data') continue;
            if (value.type === AST_NODE_TYPES.MemberExpression && memberName(value, this.sourceCode) === key) parts.push(value.object);
            else if (value.type === AST_NODE_TYPES.Identifier && value.name === key) {
              const destructured = this.destructuredFrom(value, key, params);
              if (destructured?.kind === 'body') return destructured;
            }
          }
        }
        const rebuilt = this.sourceOfAny(parts, params, seen);
        if (rebuilt?.kind === 'body') return rebuilt;
        break;
      }
      case AST_NODE_TYPES.Identifier: {
        const variable = variableOf(target, this.sourceCode);
        if (!variable || seen.has(variable)) return null;
        if (params.has(variable)) {
          const bound = params.get(variable)!;
          return bound.kind === 'raw' ? null : bound;
        }
        seen.add(variable);
        const found = this.sourceOfAny(this.writes(variable), params, seen);
        if (found) return found;
        break;
      }
      default:
        break;
    }
    if (target.type === AST_NODE_TYPES.Property) return { kind: 'body', node: target }; // `const { body } = req`
    return requestRead(target, this.handler, this.sourceCode) === 'body' ? { kind: 'body', node: target } : null;
  }

  /** The same-file helper a call calls, whose returned event can be read: no generator, not one already being read (recursion), not too deep. */
  private readableHelper(call: TSESTree.CallExpression): FunctionNode | null {
    const helper = this.sameFileFunction(call);
    return helper && !helper.generator && !this.helpersRead.has(helper) && this.helpersRead.size < MAX_DEPTH ? helper : null;
  }

  /** The raw body, handed on (`await req.text()`, a variable holding it): a `raw` source for the parameter that receives it. */
  private rawSource(node: Node, params: Map<Variable, EventSource>): EventSource | null {
    return this.fromRequest(node, params) ? { kind: 'raw', node } : null;
  }

  /**
   * The event a same-file helper returns (`eventSource`), read with the parameters that receive the request as it, and
   * those that receive its body, raw or parsed, as that (`parseEvent(await request.text(), sig)` returning
   * `JSON.parse(payload)`; real-world batch 269).
   */
  private helperEventSource(call: TSESTree.CallExpression, helper: FunctionNode, params: Map<Variable, EventSource>, seen: Set<Variable>): EventSource | null {
    const aliases: Variable[] = [];
    const bodies = new Map(params);
    let handedBodies = 0;
    call.arguments.forEach((arg, index) => {
      const param = helper.params[index];
      const id = param?.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
      if (arg.type === AST_NODE_TYPES.SpreadElement || id?.type !== AST_NODE_TYPES.Identifier) return;
      const variable = variableOf(id, this.sourceCode);
      if (!variable) return;
      if (this.isRequest(arg)) aliases.push(variable);
      else {
        const source = this.rawSource(arg, params);
        if (source) {
          bodies.set(variable, source);
          handedBodies++;
        }
      }
    });
    if (aliases.length === 0 && handedBodies === 0) return null;
    const outer = this.scan.handler;
    this.scan.handler = { ...outer, requests: [...outer.requests, ...aliases] };
    this.helpersRead.add(helper);
    try {
      for (const value of returnedValues(helper, this.sourceCode)) {
        const source = this.eventSource(value, bodies, seen);
        if (source) return source;
      }
      return null;
    } finally {
      this.scan.handler = outer;
      this.helpersRead.delete(helper);
    }
  }

  /** Parameters of same-file helpers that receive the request's signature (or its headers, or the request). */
  private readonly signatures = new Set<Variable>();

  /** The helpers whose returned event is being read (a helper that returns its own call ends there). */
  private readonly helpersRead = new Set<FunctionNode>();

  /**
   * Values written to a variable: its initialiser (or the destructured request body) and every `=` assignment. Read
   * once per variable: each read of it asks, and the answer reads all its references.
   */
  private writes(variable: Variable): readonly Node[] {
    let out = this.writesOf.get(variable);
    if (!out) {
      out = this.collectWrites(variable);
      this.writesOf.set(variable, out);
    }
    return out;
  }

  private readonly writesOf = new Map<Variable, readonly Node[]>();

  private collectWrites(variable: Variable): Node[] {
    const out: Node[] = [];
    for (const def of variable.defs) {
      if (def.type !== 'Variable' || !def.node.init) continue;
      if (def.node.id.type === AST_NODE_TYPES.Identifier) out.push(def.node.init);
      else if (def.node.id.type === AST_NODE_TYPES.ObjectPattern) {
        // const { body } = req
        const property = def.node.id.properties.find(
          (p): p is PropertyOf<typeof p> =>
            p.type === AST_NODE_TYPES.Property &&
            !p.computed &&
            p.key.type === AST_NODE_TYPES.Identifier &&
            (p.value === def.name || (p.value.type === AST_NODE_TYPES.AssignmentPattern && p.value.left === def.name)),
        );
        if (property && property.key.type === AST_NODE_TYPES.Identifier && property.key.name === 'body' && requestRead(def.node.init, this.handler, this.sourceCode) === 'request') {
          out.push(property);
        }
      }
    }
    for (const ref of variable.references) {
      if (ref.init || !ref.isWrite() || !ref.writeExpr) continue;
      const assignment = ref.identifier.parent;
      if (assignment?.type === AST_NODE_TYPES.AssignmentExpression && assignment.operator === '=') out.push(ref.writeExpr);
    }
    return out;
  }

  /** Does the value come from the request body, raw or parsed (`req.body`, `await req.text()`, `buffer(req)`)? */
  fromRequest(node: Node, params: Map<Variable, EventSource>, depth = 0, seen = new Set<Variable>()): boolean {
    if (depth > 8) return false;
    let target = unwrap(node);
    if (target.type === AST_NODE_TYPES.AwaitExpression) target = unwrap(target.argument);
    const read = requestRead(target, this.handler, this.sourceCode);
    if (read === 'body' || read === 'raw-body') return true;
    if (target.type === AST_NODE_TYPES.Property) return true; // `const { body } = req`
    switch (target.type) {
      case AST_NODE_TYPES.CallExpression: {
        const name = calleeName(target, this.sourceCode);
        const callee = unwrap(target.callee);
        if (name !== null && RAW_READERS.has(name) && target.arguments.some((a) => this.isRequest(a))) return true;
        if (callee.type === AST_NODE_TYPES.MemberExpression && ['toString', 'trim', 'valueOf'].includes(name ?? '') && this.fromRequest(callee.object, params, depth + 1, seen)) return true;
        if (name !== null && ['from', 'concat', 'String', 'decode'].includes(name)) return target.arguments.some((a) => this.fromRequest(a, params, depth + 1, seen));
        return false;
      }
      case AST_NODE_TYPES.TemplateLiteral:
        return target.expressions.some((e) => this.fromRequest(e, params, depth + 1, seen));
      case AST_NODE_TYPES.BinaryExpression:
      case AST_NODE_TYPES.LogicalExpression: // `event.body ?? '{}'`
        return this.fromRequest(target.left, params, depth + 1, seen) || this.fromRequest(target.right, params, depth + 1, seen);
      // `event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body` (real-world batch FA)
      case AST_NODE_TYPES.ConditionalExpression:
        return this.fromRequest(target.consequent, params, depth + 1, seen) || this.fromRequest(target.alternate, params, depth + 1, seen);
      case AST_NODE_TYPES.Identifier: {
        const variable = variableOf(target, this.sourceCode);
        if (!variable || seen.has(variable)) return false;
        seen.add(variable);
        const bound = params.get(variable)?.kind;
        if (bound === 'body' || bound === 'raw') return true;
        if (this.isRequestChunk(variable)) return true;
        // `for await (const chunk of req)`, `for (const b of buffers)`, `buffers.forEach((b) => …)`: an element of the
        // request's body stream, or of a list of its chunks (real-world batch 227).
        const list = elementListOf(variable);
        if (list && (this.isRequest(list) || this.fromRequest(list, params, depth + 1, seen))) return true;
        if (this.writes(variable).some((w) => this.fromRequest(w, params, depth + 1, seen))) return true;
        // chunks.push(chunk) / data += chunk
        return variable.references.some((ref) => {
          const parent = ref.identifier.parent;
          if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === ref.identifier && memberName(parent) === 'push' && parent.parent?.type === AST_NODE_TYPES.CallExpression) {
            return parent.parent.arguments.some((a) => a.type !== AST_NODE_TYPES.SpreadElement && this.fromRequest(a, params, depth + 1, seen));
          }
          if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === ref.identifier && parent.operator === '+=') {
            return this.fromRequest(parent.right, params, depth + 1, seen);
          }
          return false;
        });
      }
      default:
        return false;
    }
  }

  /** The request itself, or a constant set to it: `req`, h3's `event.node.req`, `const req = event.node.req`. */
  private isRequest(node: Node, depth = 0): boolean {
    if (requestRead(node, this.handler, this.sourceCode) === 'request') return true;
    const target = unwrap(node);
    if (depth > 3 || target.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = variableOf(target, this.sourceCode);
    const init = variable && constInit(variable);
    return !!init && this.isRequest(init, depth + 1);
  }

  /** The chunk parameter of `req.on('data', (chunk) => …)`. */
  private isRequestChunk(variable: Variable): boolean {
    const def = variable.defs[0];
    if (def?.type !== 'Parameter') return false;
    const fn = def.node;
    const call = fn.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(fn as TSESTree.CallExpressionArgument)) return false;
    const callee = unwrap(call.callee);
    return (
      callee.type === AST_NODE_TYPES.MemberExpression &&
      memberName(callee) === 'on' &&
      requestRead(callee.object, this.handler, this.sourceCode) === 'request' &&
      call.arguments[0] !== undefined &&
      call.arguments[0].type !== AST_NODE_TYPES.SpreadElement &&
      staticString(call.arguments[0], this.sourceCode) === 'data'
    );
  }
}

/** Array methods whose callback's first parameter is an element of the array they are called on. */
const ELEMENT_CALLBACK_METHODS: ReadonlySet<string> = new Set(['forEach', 'map', 'flatMap']);

/**
 * The iterable a variable takes its elements from: `for (const chunk of list)` / `for await (…)`, or the first parameter
 * of `list.forEach((chunk) => …)` (also `map`, `flatMap`); null otherwise.
 */
function elementListOf(variable: Variable): Node | null {
  const def = variable.defs[0];
  if (!def || variable.defs.length !== 1) return null;
  if (def.type === 'Variable') {
    const declaration = def.parent;
    const loop = declaration?.parent;
    return loop?.type === AST_NODE_TYPES.ForOfStatement && loop.left === declaration && def.node.id === def.name ? loop.right : null;
  }
  if (def.type !== 'Parameter' || !isFunctionNode(def.node) || def.node.params[0] !== def.name) return null;
  const call = def.node.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== def.node) return null;
  const callee = unwrap(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && ELEMENT_CALLBACK_METHODS.has(memberName(callee) ?? '') ? callee.object : null;
}

/** `[...types].includes(event.type)`, `new Set([...]).has(type)`. */
const MEMBERSHIP_METHODS: ReadonlySet<string> = new Set(['includes', 'has']);

/** A member's name as written (no scope work): `undefined` when computed from an expression (`a[k]`). */
function writtenMemberName(member: TSESTree.MemberExpression): string | null | undefined {
  return member.computed && member.property.type !== AST_NODE_TYPES.Literal ? undefined : memberName(member);
}

/** `calleeName` without scope work: `undefined` when the called member's name is computed from an expression. */
function writtenCalleeName(call: TSESTree.CallExpression): string | null | undefined {
  const callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression) return writtenMemberName(callee);
  return null;
}

/** The elements listed by `[...].includes(x)` / `new Set([...]).has(x)` (also through a const holding the list). */
function membershipList(call: TSESTree.CallExpression, sourceCode: SourceCode): Node[] {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !MEMBERSHIP_METHODS.has(memberName(callee) ?? '')) return [];
  const list = resolveValue(callee.object, sourceCode);
  const elements =
    list.type === AST_NODE_TYPES.ArrayExpression
      ? list.elements
      : list.type === AST_NODE_TYPES.NewExpression && list.arguments[0]
        ? ((l) => (l.type === AST_NODE_TYPES.ArrayExpression ? l.elements : []))(resolveValue(list.arguments[0], sourceCode))
        : [];
  return elements.filter((element): element is TSESTree.Expression => element !== null && element.type !== AST_NODE_TYPES.SpreadElement);
}

/** The static prefix of `node.startsWith(prefix)` (`node` an event type read), else null. */
function startsWithPrefix(node: Node, sourceCode: SourceCode): string | null {
  const member = node.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== node || memberName(member) !== STARTS_WITH) return null;
  const call = member.parent;
  const arg = call?.type === AST_NODE_TYPES.CallExpression && call.callee === member ? call.arguments[0] : undefined;
  return arg && arg.type !== AST_NODE_TYPES.SpreadElement ? staticString(arg, sourceCode) : null;
}
const STARTS_WITH = 'startsWith';
const STARTS_WITH_NAMES: ReadonlySet<string> = new Set([STARTS_WITH]);

/** `{ object }` (with other keys) as the pattern of `data` in `const { data: { object } } = event`. */
const isDataObjectPattern = (pattern: TSESTree.ObjectPattern): boolean =>
  pattern.properties.some((p) => p.type === AST_NODE_TYPES.Property && !p.computed && p.key.type === AST_NODE_TYPES.Identifier && p.key.name === 'object');

/**
 * Could `node` be what `comparedNames` is asked about: an event type read (`event.type`, through TS wrappers and
 * optional chains) or a variable holding one? A cheap over-approximation: identifiers, and members named `type` or
 * with a computed name.
 */
function mayReadEventType(node: Node): boolean {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Identifier) return true;
  if (target.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = writtenMemberName(target);
  return name === undefined || name === 'type';
}

/**
 * What a file that names no webhook helper must contain for a handler in it to be reported, gathered in one pass over
 * the file with cheap node checks (names as written; computed names and non-literal values are resolved at the end,
 * only if still needed):
 *
 * - a call named like a webhook helper (verifying or not): `withoutVerification`, `verificationIgnored` and acts on a
 *   verified event all need one; or
 * - a Stripe act on the body, which needs a compared event name that is a Stripe event type (a distinctive one when
 *   the file never mentions Stripe), or, in a file that mentions Stripe, a read of an event's `data.object`.
 *
 * The names are the same values `comparedNames` reads (`staticString` of the other side of an equality, of `case`
 * tests, of `includes` / `has` lists), gathered wherever they are compared with something that may be a type read.
 */
class FileEvidence {
  private webhookCall = false;
  private verifyingCall = false;
  /** Calls whose member name is computed (`x[k](...)`). */
  private readonly computedCalls: TSESTree.CallExpression[] = [];
  private eventName = false;
  /** Compared values that are not literals. */
  private readonly values: Node[] = [];
  /** `includes` / `has` calls on something that may be a type read. */
  private readonly lists: TSESTree.CallExpression[] = [];
  /** The arguments of `startsWith` calls on something that may be a type read. */
  private readonly prefixes: Node[] = [];
  private dataObject = false;
  /** Some `const { data, … } = x` (a `d.object` read may then be an event's data object). */
  private dataPattern = false;
  /** `x.object` / `x.data.object` reads, some with computed names. */
  private readonly objectReads: TSESTree.MemberExpression[] = [];

  constructor(
    private readonly sourceCode: SourceCode,
    private readonly stripeMentioned: boolean,
  ) {}

  /** Does this (static) compared name make an act on it count as Stripe's? */
  private counts(name: string | null): boolean {
    return name !== null && (this.stripeMentioned ? isStripeEventType(name) : isDistinctiveStripeEventType(name));
  }

  /** Gather the evidence of the whole file in one pass; returns its `x.use(...)` calls (see `isUseCall`). */
  scan(root: Node): TSESTree.CallExpression[] {
    const useCalls: TSESTree.CallExpression[] = [];
    forEachNode(root, this.sourceCode, (node) => {
      switch (node.type) {
        case AST_NODE_TYPES.CallExpression:
          if (isUseCall(node, this.call(node))) useCalls.push(node);
          return;
        case AST_NODE_TYPES.BinaryExpression:
          if (!EQUALITY_OPERATORS.has(node.operator)) return;
          this.comparison(node.left, node.right);
          this.comparison(node.right, node.left);
          return;
        case AST_NODE_TYPES.SwitchStatement:
          for (const c of node.cases) if (c.test) this.comparison(c.test, node.discriminant);
          return;
        // `data.object` reads count as Stripe acts only in files that mention Stripe.
        case AST_NODE_TYPES.MemberExpression:
          if (this.stripeMentioned) this.memberRead(node);
          return;
        case AST_NODE_TYPES.VariableDeclarator:
          if (this.stripeMentioned) this.declarator(node);
          return;
        default:
          return;
      }
    });
    return useCalls;
  }

  /** Record a call; returns its name as written (`undefined` when computed). */
  private call(node: TSESTree.CallExpression): string | null | undefined {
    const name = writtenCalleeName(node);
    if (name === undefined) this.computedCalls.push(node);
    else if (name !== null && WEBHOOK_CALL_NAMES.has(name)) {
      this.webhookCall = true;
      if (VERIFYING_WEBHOOK_METHODS.has(name)) this.verifyingCall = true;
    }
    const first = node.arguments[0];
    if (first && first.type !== AST_NODE_TYPES.SpreadElement && mayReadEventType(first)) {
      const callee = unwrap(node.callee);
      if (callee.type === AST_NODE_TYPES.MemberExpression && MEMBERSHIP_METHODS.has(memberName(callee) ?? '')) this.lists.push(node);
    }
    // `type.startsWith('customer.subscription')`
    if (name === STARTS_WITH && first && first.type !== AST_NODE_TYPES.SpreadElement) {
      const callee = unwrap(node.callee);
      if (callee.type === AST_NODE_TYPES.MemberExpression && mayReadEventType(callee.object)) this.prefixes.push(first);
    }
    return name;
  }

  /** `value` is compared with `other` (`===`, `case`). */
  private comparison(value: Node, other: Node): void {
    if (this.eventName || !mayReadEventType(other)) return;
    if (value.type === AST_NODE_TYPES.Literal) {
      if (typeof value.value === 'string' && this.counts(value.value)) this.eventName = true;
      return;
    }
    this.values.push(value);
  }

  private memberRead(node: TSESTree.MemberExpression): void {
    const name = writtenMemberName(node);
    if (this.dataObject || (name !== undefined && name !== 'object')) return;
    const data = unwrap(node.object);
    if (data.type === AST_NODE_TYPES.MemberExpression || data.type === AST_NODE_TYPES.Identifier) this.objectReads.push(node);
  }

  private declarator(node: TSESTree.VariableDeclarator): void {
    if (node.id.type !== AST_NODE_TYPES.ObjectPattern || !node.init) return;
    for (const property of node.id.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.computed || property.key.type !== AST_NODE_TYPES.Identifier || property.key.name !== 'data') continue;
      this.dataPattern = true;
      const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
      if (value.type === AST_NODE_TYPES.ObjectPattern && isDataObjectPattern(value)) this.dataObject = true;
    }
  }

  /** `x.data.object`, or `d.object` where some `const { data } = …` may bind `d` (as `destructuredFrom` reads it). */
  private isDataObjectRead(node: TSESTree.MemberExpression): boolean {
    if (memberName(node, this.sourceCode) !== 'object') return false;
    const data = unwrap(node.object);
    if (data.type === AST_NODE_TYPES.Identifier) return this.dataPattern;
    return data.type === AST_NODE_TYPES.MemberExpression && memberName(data, this.sourceCode) === 'data';
  }

  /** Some call in the file may be a verifying helper (so an event may come from one). */
  mayCallVerifier(): boolean {
    return this.verifyingCall || this.computedCalls.some((call) => VERIFYING_WEBHOOK_METHODS.has(calleeName(call, this.sourceCode) ?? ''));
  }

  /** Can any handler of the file be reported? Cheap facts first, scope work last. */
  mayReport(): boolean {
    if (this.webhookCall || this.eventName || this.dataObject) return true;
    if (this.objectReads.some((read) => this.isDataObjectRead(read))) return true;
    if (this.values.some((value) => this.counts(staticString(value, this.sourceCode)))) return true;
    if (this.lists.some((call) => membershipList(call, this.sourceCode).some((element) => this.counts(staticString(element, this.sourceCode))))) return true;
    if (this.prefixes.some((prefix) => eventTypesUnder(staticString(prefix, this.sourceCode) ?? '', this.stripeMentioned).some((name) => this.counts(name)))) return true;
    return this.computedCalls.some((call) => WEBHOOK_CALL_NAMES.has(calleeName(call, this.sourceCode) ?? ''));
  }
}

/** `x.use(...)`, Fastify's `x.addHook(...)`, or a computed `x[k](...)` that may be one (`name` is the callee name as written). */
const isUseCall = (call: TSESTree.CallExpression, name: string | null | undefined): boolean =>
  (name === 'use' || name === FASTIFY_ADD_HOOK || name === undefined) && unwrap(call.callee).type === AST_NODE_TYPES.MemberExpression;

const FASTIFY_ADD_HOOK = 'addHook';
/** Fastify's hooks that run before a route's handler, and can answer the request instead (real-world batch FS). */
const FASTIFY_REQUEST_HOOKS: ReadonlySet<string> = new Set(['onRequest', 'preParsing', 'preValidation', 'preHandler']);

/**
 * An app-wide middleware registration: `app.use(fn)` (Express, Koa, Connect), or a Fastify plugin's
 * `fastify.addHook('preHandler', fn)`, which runs before every route the plugin registers.
 */
function isMiddlewareRegistration(call: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  const name = calleeName(call, sourceCode);
  if (name === 'use') return true;
  const hook = call.arguments[0];
  return name === FASTIFY_ADD_HOOK && hook !== undefined && FASTIFY_REQUEST_HOOKS.has(staticString(hook, sourceCode) ?? '');
}

/** The file's `x.use(...)` calls (and computed calls that may be), in source order. */
function fileUseCalls(sourceCode: SourceCode): TSESTree.CallExpression[] {
  const calls: TSESTree.CallExpression[] = [];
  forEachNode(sourceCode.ast, sourceCode, (node) => {
    if (node.type === AST_NODE_TYPES.CallExpression && isUseCall(node, writtenCalleeName(node))) calls.push(node);
  });
  return calls;
}

/** Every function of the file (each has a function scope). */
function fileFunctions(sourceCode: SourceCode): FunctionNode[] {
  const out: FunctionNode[] = [];
  for (const scope of sourceCode.scopeManager?.scopes ?? []) {
    if (scope.type === 'function' && isFunctionNode(scope.block as Node)) out.push(scope.block as FunctionNode);
  }
  return out;
}

/**
 * Does `text` write the name of a webhook helper (`WEBHOOK_CALL_NAMES`) as itself, e.g. as a called member? With the
 * names written with escapes (identifier escapes, string values; see `textMayReport`), a file-level necessary
 * condition for calling one by a name written in the file (a name computed from other strings is not seen).
 */
export const spellsWebhookHelper = textFinder(WEBHOOK_NAME_STEMS, { everyFile: true });

/**
 * The file-level text condition of any report, before any node is looked at (see `FileEvidence` for what each report
 * needs): a webhook helper's name; or, for an act on a Stripe event from the body, a Stripe event type in quotes (a
 * distinctive one unless the file mentions Stripe), or, where Stripe is mentioned, the words `data` and `object` of
 * a `data.object` read. Names and strings assembled from other strings are not looked for (as in the other text
 * prefilters of the plugin).
 */
export function textMayReport(text: string, stripeMentioned: boolean, namesHelper = spellsWebhookHelper(text)): boolean {
  if (namesHelper) return true;
  // Cheapest conditions first (one `includes` each); every spelling with escapes needs a backslash, and most files
  // have none: there, a string's value is its source text, so a helper's name in quotes is one `namesHelper` found.
  const plainData = stripeMentioned && text.includes('data');
  if (plainData && text.includes('object')) return true;
  const accepts = stripeMentioned ? isStripeEventType : isDistinctiveStripeEventType;
  if (spellsPlainEventType(text, accepts)) return true;
  // `event.type.startsWith('checkout.session')`: the word, then an event object in quotes (escapes included)
  const callsStartsWith = text.includes(STARTS_WITH) || (text.includes('\\') && identifierEscapesSpell(text, STARTS_WITH_NAMES));
  if (callsStartsWith && spellsEventPrefix(text, stripeMentioned)) return true;
  if (!text.includes('\\')) return false;
  // Spellings with escapes: a helper's name or a word in an identifier (`webhooks.\u0063onstructEvent`), or in a
  // string (`webhooks['\x63onstructEvent']`, an event type), decoded. (The same values without escapes are the text
  // looked for above.)
  if (identifierEscapesSpell(text, WEBHOOK_CALL_NAMES)) return true;
  if (spellsEscapedQuoted(text, isWordChar, (value) => WEBHOOK_CALL_NAMES.has(value) || isEventTypeName(value, accepts))) return true;
  return stripeMentioned && (plainData || writesEscapedName(text, 'data')) && (text.includes('object') || writesEscapedName(text, 'object'));
}

const DATA_OBJECT_WORDS = { data: new Set(['data']), object: new Set(['object']) } as const;

/** Can a member or key of the file be named `word` by a spelling with escapes, in an identifier or a string? */
const writesEscapedName = (text: string, word: 'data' | 'object'): boolean =>
  identifierEscapesSpell(text, DATA_OBJECT_WORDS[word]) || spellsEscapedQuoted(text, isWordChar, (value) => value === word);

/** The middleware modules above but Express (whose app, called with a request, routes it to handlers that may verify). */
const PARSER_MIDDLEWARE_MODULES: ReadonlySet<string> = new Set([...BODY_PARSER_MODULES].filter((module) => module !== 'express'));

/**
 * A function of a CORS or body-parsing module: the module's export (`cors`), or what calling it made (`const cors =
 * require('cors')({ origin: true })`, `const corsHandler = cors({ origin: true })`).
 */
function isParserMiddleware(node: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  const isExport = (ref: ReturnType<typeof moduleRefOf>): boolean => ref !== null && PARSER_MIDDLEWARE_MODULES.has(ref.module) && ref.path.length === 0;
  const ref = moduleRefOf(node, sourceCode);
  if (ref) return isExport(ref);
  const variable = variableOf(node, sourceCode);
  const init = variable ? constInit(variable) : null;
  const made = init ? unwrap(init) : null;
  return made?.type === AST_NODE_TYPES.CallExpression && isExport(moduleRefOf(made.callee, sourceCode));
}

/** Middleware that is known not to verify anything: body parsers, Hono's schema validators of the body, and CORS. */
function isBodyParser(node: Node, sourceCode: SourceCode): boolean {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrap(target.callee);
  let parser = false;
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(callee, sourceCode);
    parser = name !== null && BODY_PARSER_METHODS.has(name);
  } else if (callee.type === AST_NODE_TYPES.Identifier) {
    const ref = moduleRefOf(callee, sourceCode);
    parser = ref !== null && (BODY_PARSER_MODULES.has(ref.module) || (SCHEMA_VALIDATOR_MODULES.has(ref.module) && isBodyTarget(target.arguments[0], sourceCode)));
  }
  // body-parser's `verify(req, res, buf)` option runs before the route: one that may check the signature is no mere
  // parser (`express.json({ verify: (req, res, buf) => stripe.webhooks.constructEvent(buf, …) })`).
  return parser && !verifiesInOption(target, sourceCode);
}

/** A body parser call whose `verify` option is, or names, a function of the file that may check signatures. */
function verifiesInOption(call: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  for (const arg of call.arguments) {
    const verify = objectEntries(arg, sourceCode)?.find((entry) => entry.key === 'verify');
    if (verify && mayVerify(verify.value, sourceCode)) return true;
  }
  return false;
}

/** Where to report a handler: its name, or the head of an anonymous function (`(req, res) =>`). */
function handlerLoc(fn: FunctionNode, sourceCode: SourceCode): TSESTree.SourceLocation {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) return fn.id.loc;
  const parent = fn.parent;
  if ((parent?.type === AST_NODE_TYPES.MethodDefinition || parent?.type === AST_NODE_TYPES.Property) && parent.value === fn && !parent.computed) return parent.key.loc;
  // (Also through a type wrapper: `const handler = (async (req, res) => { … }) satisfies Handler`; real-world batch 279.)
  const held = withTypeWrappers(fn);
  const declarator = held.parent;
  if (declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.init === held) {
    // `export const POST: APIRoute = …`: the name, not its type annotation
    const id = declarator.id;
    return id.type === AST_NODE_TYPES.Identifier && id.typeAnnotation ? (sourceCode.getFirstToken(id) ?? id).loc : id.loc;
  }
  const beforeBody = sourceCode.getTokenBefore(fn.body);
  return { start: fn.loc.start, end: beforeBody ? beforeBody.loc.end : fn.loc.end };
}

function catchLoc(node: Node, sourceCode: SourceCode): TSESTree.SourceLocation {
  if (node.type !== AST_NODE_TYPES.CatchClause) return node.loc;
  const end = node.param ? sourceCode.getTokenAfter(node.param) : sourceCode.getFirstToken(node);
  return { start: node.loc.start, end: (end ?? node).loc.end };
}

/** `req.body`, `JSON.parse(raw)`, `@Body() event` for a NestJS body parameter, the parsed body `body` of `({ body })`. */
function describeSource(node: Node, handler: RequestHandler, sourceCode: SourceCode): string {
  const text = sourceCode.getText(node);
  if (node.type === AST_NODE_TYPES.Identifier && refersTo(node, handler.bodies, sourceCode)) {
    const declared = variableOf(node, sourceCode)?.defs[0]?.name.parent;
    const destructured = declared?.type === AST_NODE_TYPES.Property || declared?.type === AST_NODE_TYPES.AssignmentPattern;
    return destructured ? `the parsed body \`${text}\`` : `\`@Body() ${text}\``;
  }
  // `const { body } = req`
  if (node.type === AST_NODE_TYPES.Property && node.parent?.parent?.type === AST_NODE_TYPES.VariableDeclarator && node.parent.parent.init) {
    return `\`${shorten(sourceCode.getText(node.parent.parent.init))}.body\``;
  }
  return `\`${shorten(text)}\``;
}

const shorten = (text: string): string => {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
};

export default createRule<[], MessageIds>({
  name: 'require-webhook-signature',
  meta: {
    type: 'problem',
    docs: {
      description: "Require Stripe webhook handlers to verify the event's signature before acting on it",
      recommended: 'recommended',
      saq: 'A-requirement',
    },
    schema: [],
    messages: {
      unverifiedEvent:
        "This handler acts on a Stripe event taken from {{source}} without checking its Stripe-Signature header, so anyone who finds the endpoint can forge events (fake payments, refunds, subscription changes). Stripe's security guide requires verifying webhook signatures: build the event with stripe.webhooks.constructEvent(rawBody, signature, endpointSecret) and use the event it returns.",
      verificationIgnored:
        'This catch lets the handler carry on after the Stripe signature check failed, so forged events are processed as if they were genuine. Stop here: respond 400 and return (or rethrow).',
      verificationNotAwaited:
        '`{{call}}` checks the Stripe signature in an async function that the handler does not await, so the handler carries on before the check can fail and forged events are processed as if they were genuine. Await it, and let its failure stop the handler (respond 400).',
      verificationSelfSigned:
        "This Stripe signature header is made by the handler itself with `generateTestHeaderString`, stripe-node's test helper, so the signature check that follows passes for any request and forged events are processed as if they were genuine. Verify only the request's own Stripe-Signature header, and reject a request without one (respond 400).",
      verificationSkippable:
        'The Stripe signature is checked only when `{{test}}` holds, that is when the request carries a Stripe-Signature header: a forged request leaves the header out and its event is processed unverified. Reject a request without the header (respond 400) and always verify.',
      withoutVerification:
        '`{{method}}` builds the event from the request without checking its signature, so anyone can forge events. Use `{{replacement}}` with the Stripe-Signature header and the endpoint secret; the unverified helpers are for payloads verified already or delivered by a trusted channel (EventBridge, Event Grid).',
    },
  },
  defaultOptions: [],
  create(context) {
    const sourceCode = context.sourceCode;
    const stripeMentioned = mentionsStripe(sourceCode);
    const namesHelper = spellsWebhookHelper(sourceCode.text);
    if (!textMayReport(sourceCode.text, stripeMentioned, namesHelper)) return {};
    /** `x.use(...)` / `x.addHook(...)` calls (or computed `x[k](...)`): an app-wide middleware that may check signatures covers the routes. */
    let useCalls: TSESTree.CallExpression[] | undefined;
    let verifyingMiddleware: boolean | undefined;
    const coveredByMiddleware = (): boolean => {
      useCalls ??= fileUseCalls(sourceCode);
      return (verifyingMiddleware ??= useCalls.some(
        (call) => isMiddlewareRegistration(call, sourceCode) && call.arguments.some((arg) => arg.type !== AST_NODE_TYPES.SpreadElement && mayVerify(arg, sourceCode)),
      ));
    };

    function check(handler: RequestHandler, mayCount: ActFilter): void {
      const fn = handler.fn;
      const scan: Scan = {
        handler,
        acts: [],
        verified: false,
        handOffs: [],
        swallowing: [],
        notAwaited: [],
        skippable: [],
        unverifiedHelpers: [],
        selfSigned: [],
        visited: new Set(),
      };
      const analysis = new HandlerAnalysis(sourceCode, scan, mayCount);
      analysis.run(fn, new Map(), 0);
      // A header the handler signs itself passes whatever else it checks (a test's handler may: its requests are made up).
      for (const call of scan.selfSigned) context.report({ node: call, messageId: 'verificationSelfSigned' });
      if (scan.verified) return;
      const stripeActs = scan.acts.filter((act) => act.source.kind === 'verified' || isStripeActShape(act.kind, act.names, stripeMentioned));
      // With nothing to report, whether something else verifies does not matter: it is not worked out.
      if (scan.unverifiedHelpers.length === 0 && stripeActs.length === 0) return;
      // A function called with the request by a handler of this file (`forwardedHandler`) is behind that handler's route.
      let route = handler;
      for (;;) {
        if (route.middleware.some((m) => !isBodyParser(m, sourceCode))) return;
        if (route.kind === 'route' && coveredByMiddleware()) return;
        // A NestJS middleware bound to the controller (or its path) in a module file, that checks signatures.
        const controller = route.nestController;
        if (controller?.name && nestMiddlewareVerifies(controller.name, controller.path, context.physicalFilename)) return;
        if (route.caller === null) break;
        route = route.caller;
      }
      // A controller exported by name is routed in another file, with middleware this file does not show (and so is a
      // function it hands the request to); one this file routes too is judged by that route (`forwardedHandler`). Unless
      // an Express router of its package routes it bare (`routedWithoutMiddleware`; real-world batch 288).
      if (route.kind === 'request-params') {
        const names = exportedNames(route.fn, sourceCode);
        if (names.length > 0 && !names.some((name) => name !== null && routedWithoutMiddleware(name, context.physicalFilename))) return;
      }
      if (analysis.mayVerifyElsewhere()) return;
      for (const node of analysis.bodyFallbacks()) scan.swallowing.push({ node, unsetEvent: false });

      for (const helper of scan.unverifiedHelpers) {
        context.report({
          node: helper.node,
          messageId: 'withoutVerification',
          data: { method: helper.method, replacement: VERIFYING_REPLACEMENT[helper.method] ?? 'constructEvent' },
        });
      }

      if (stripeActs.length === 0) return;
      // A failure that leaves the event unset: acting on it throws (`event.type`) or finds nothing (`event?.type`), unless
      // the handler also acts on what it read from the request.
      const onlyVerified = stripeActs.every((act) => act.source.kind === 'verified');
      const swallowing = scan.swallowing.filter((swallowed) => !(swallowed.unsetEvent && onlyVerified));
      if (swallowing.length > 0) {
        for (const { node } of swallowing) context.report({ loc: catchLoc(node, sourceCode), messageId: 'verificationIgnored' });
        return;
      }
      if (scan.notAwaited.length > 0) {
        for (const call of scan.notAwaited) context.report({ node: call, messageId: 'verificationNotAwaited', data: { call: calleeText(call, sourceCode) } });
        return;
      }
      const fromBody = stripeActs.find((act) => act.source.kind === 'body');
      if (!fromBody) return;
      if (scan.skippable.length > 0) {
        for (const test of scan.skippable) context.report({ node: test, messageId: 'verificationSkippable', data: { test: sourceCode.getText(test) } });
        return;
      }
      context.report({
        loc: handlerLoc(fn, sourceCode),
        messageId: 'unverifiedEvent',
        data: { source: describeSource(fromBody.source.node, handler, sourceCode) },
      });
    }

    return {
      'Program:exit'() {
        let mayCount: ActFilter = () => true;
        if (!namesHelper) {
          // Only a Stripe event type or data read can lead to a report: look for one before any handler is judged.
          const evidence = new FileEvidence(sourceCode, stripeMentioned);
          useCalls = evidence.scan(sourceCode.ast);
          if (!evidence.mayReport()) return;
          const verifying = evidence.mayCallVerifier();
          mayCount = (kind, names) => verifying || isStripeActShape(kind, names, stripeMentioned);
        }
        // A test file's handlers serve made-up requests (a stub of the app's route, a fake endpoint that receives a
        // mocked event): none is deployed (probe 345).
        if (isTestSource(context)) return;
        for (const fn of fileFunctions(sourceCode)) {
          const handler = requestHandler(fn, sourceCode);
          if (handler) check(handler, mayCount);
        }
      },
    };
  },
});
