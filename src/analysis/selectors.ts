/**
 * Listener selectors narrowed by the names written in the code, so that a listener runs only on the nodes whose
 * written name can matter to it (ESLint matches the selector before calling the listener). Each selector also keeps
 * every node whose name is not written plainly: computed members (`a['x']`, `a[k]`) and callees in TS wrappers or in
 * parentheses of an optional chain, which listeners unwrap.
 */

/** Names that can be written as identifiers (others can only be reached through computed members). */
const IDENTIFIER_NAME = /^[A-Za-z_$][\w$]*$/;

/** Patterns already made, by their names in the order given: rules ask per file for the same few lists. Bounded. */
const patterns = new Map<string, string | null>();

/** An esquery regular expression matching exactly these names (identifier names only), or null when there is none. */
export function namesPattern(names: Iterable<string>): string | null {
  const list = [...names];
  // Each name with its length before it: no two lists share a key, whatever characters an option's names hold.
  let key = '';
  for (const name of list) key += `${name.length}:${name}`;
  let pattern = patterns.get(key);
  if (pattern === undefined) {
    const written = [...new Set(list)].filter((name) => IDENTIFIER_NAME.test(name)).sort();
    pattern = written.length === 0 ? null : `/^(?:${written.map((name) => name.replace(/\$/g, '\\$')).join('|')})$/`;
    if (patterns.size >= 256) patterns.clear();
    patterns.set(key, pattern);
  }
  return pattern;
}

/** Members named one of `names` as written (`a.card`), and every computed member (`a['card']`, `a[k]`). */
export function memberSelector(names: Iterable<string>): string {
  const pattern = namesPattern(names);
  return pattern === null ? 'MemberExpression[computed=true]' : `MemberExpression[computed=true], MemberExpression[property.name=${pattern}]`;
}

export interface CallSelectorOptions {
  /** Every `f(...)` whatever its name (a name bound to a module may be any local name). */
  anyBareCall?: boolean;
  /** Calls of a call's result (`require('x')(...)`). */
  calledResults?: boolean;
}

/**
 * Calls whose callee, as written, can be named one of `names` (`f(...)`, `a.f(...)`), computed members, and callees
 * in TS wrappers or in parentheses of an optional chain (`(f as F)(...)`, `(a?.f)(...)`).
 */
export function callSelector(names: Iterable<string>, options: CallSelectorOptions = {}): string {
  const pattern = namesPattern(names);
  const selectors = ['CallExpression[callee.computed=true]', 'CallExpression[callee.type=/^(?:TS|Chain)/]'];
  if (options.anyBareCall) selectors.push('CallExpression[callee.type="Identifier"]');
  if (options.calledResults) selectors.push('CallExpression[callee.type="CallExpression"]');
  if (pattern !== null) selectors.push(`CallExpression[callee.name=${pattern}]`, `CallExpression[callee.property.name=${pattern}]`);
  return selectors.join(', ');
}

/**
 * The listeners under their final selectors, as a new object: a key that `selectors` maps to a narrower selector (of
 * the same node type) is moved there, one it maps to null is left out, the others stay. (Deleting keys from the
 * listeners' object literal instead costs a few µs per file: the object goes to dictionary mode.)
 */
export function selectListeners<T extends object>(listeners: T, selectors: Readonly<Record<string, string | null>>): T {
  const selected: Record<string, unknown> = {};
  for (const [key, listener] of Object.entries(listeners)) {
    const to = Object.hasOwn(selectors, key) ? selectors[key] : key;
    if (to !== null && to !== undefined) selected[to] = listener;
  }
  return selected as T;
}
