/**
 * Error trackers, monitoring and product analytics: services an app hands events to, with whatever context it
 * attaches, and which keep them (an error's extra data, a breadcrumb, an event's properties) for weeks, searchable by
 * everyone on the team. A card number or CVC sent to one is stored outside the cardholder data environment, as it is
 * in a log, so no-card-data-logging reads these calls as log calls. Each SDK is known by its module, followed through
 * `originOf` (imports, requires, consts, `new`, calls of the module's own factories, typed parameters and fields),
 * and only its calls that send data are sinks:
 *
 * - Sentry (`@sentry/…`, also `sentry-expo`; the old `raven` / `raven-js`): `captureMessage`, `captureException`,
 *   `captureEvent`, `setExtra(s)`, `setContext`, `setTag(s)`, `setUser`, `addBreadcrumb` (Raven's `setExtraContext`,
 *   `setUserContext`, `captureBreadcrumb`), on the module, its scopes (`Sentry.getCurrentScope()`), or the scope
 *   a callback of the SDK is handed (TELEMETRY_CALLBACK_METHODS); a function imported by name or taken out of the SDK's
 *   object and called bare (`captureException(error, { extra })`, `const { track } = useAnalytics()`);
 * - Rollbar (`rollbar`: `log`, `debug`, `info`, `warn(ing)`, `error`, `critical`), Bugsnag (`@bugsnag/…`: `notify`,
 *   `addMetadata`, `leaveBreadcrumb`, `setUser`, also on the event its `notify` callback is handed), Honeybadger (`@honeybadger-io/…`: `notify`, `setContext`,
 *   `addBreadcrumb`), New Relic (`newrelic`: `noticeError`, `addCustomAttribute(s)`, `recordCustomEvent`,
 *   `recordLogEvent`), Datadog RUM (`@datadog/browser-rum`: `addAction`, `addError`, `setGlobalContext(Property)`,
 *   `setUser`, `setUserProperty`), Application Insights (`@microsoft/applicationinsights-web`, `applicationinsights`:
 *   `trackEvent`, `trackTrace`, `trackException`, `trackPageView`), LogRocket (`logrocket`: `track`, `identify`,
 *   `captureMessage`, `captureException`, and its console methods), Crashlytics (`@react-native-firebase/crashlytics`:
 *   `log`, `setAttribute(s)`, `recordError`);
 * - analytics: Segment (`@segment/analytics-next`, `@segment/analytics-node`, `analytics-node`,
 *   `@segment/analytics-react-native`: `track`, `identify`, `page`, `screen`, `group`), PostHog (`posthog-js`,
 *   `posthog-node`, `posthog-react-native`: `capture`, `identify`, `register`, `setPersonProperties`), Mixpanel
 *   (`mixpanel-browser`, `mixpanel`: `track`, `identify`, `register`), Amplitude (`@amplitude/analytics-…`,
 *   `amplitude-js`: `track`, `logEvent`), Firebase Analytics (`firebase/analytics`'s `logEvent(analytics, name,
 *   params)`, `@react-native-firebase/analytics`' `analytics().logEvent(name, params)`), Google Analytics through
 *   react-ga4 and react-ga (`event`, `send`, `gtag`, `exception`); Mixpanel's `people.set` and its siblings are named
 *   with their object (`people.set`), as `logSinkAt` asks for them.
 *
 * Every argument of such a call is read (an event's name is text, its properties the data). A global of a snippet
 * (Segment's `analytics`, `gtag`, the browser agent's `newrelic`) and a client the app exports from a module of its
 * own are not followed: nothing proves what they are.
 */

/** A service and the methods of its SDK that send what they are given. */
interface TelemetryService {
  /** As a log call's sink reads in a message: `Sentry (an error tracker)`. */
  label: string;
  methods: ReadonlySet<string>;
}

const service = (name: string, kind: string, methods: readonly string[]): TelemetryService => ({ label: `${name} (${kind})`, methods: new Set(methods) });

const SENTRY = service('Sentry', 'an error tracker', [
  'captureMessage', 'captureException', 'captureEvent', 'setExtra', 'setExtras', 'setContext', 'setTag', 'setTags', 'setUser', 'addBreadcrumb',
]);
const RAVEN = service('Sentry', 'an error tracker', [
  'captureMessage', 'captureException', 'setExtraContext', 'setUserContext', 'setTagsContext', 'captureBreadcrumb',
]);
const ROLLBAR = service('Rollbar', 'an error tracker', ['log', 'debug', 'info', 'warn', 'warning', 'error', 'critical']);
const BUGSNAG = service('Bugsnag', 'an error tracker', ['notify', 'addMetadata', 'leaveBreadcrumb', 'setUser']);
const HONEYBADGER = service('Honeybadger', 'an error tracker', ['notify', 'setContext', 'addBreadcrumb']);
const NEW_RELIC = service('New Relic', 'monitoring', ['noticeError', 'addCustomAttribute', 'addCustomAttributes', 'recordCustomEvent', 'recordLogEvent']);
const DATADOG_RUM = service('Datadog RUM', 'monitoring', ['addAction', 'addError', 'setGlobalContext', 'setGlobalContextProperty', 'setUser', 'setUserProperty']);
const APP_INSIGHTS = service('Application Insights', 'monitoring', ['trackEvent', 'trackTrace', 'trackException', 'trackPageView']);
const LOGROCKET = service('LogRocket', 'session replay', ['track', 'identify', 'captureMessage', 'captureException', 'log', 'info', 'warn', 'error', 'debug']);
const CRASHLYTICS = service('Crashlytics', 'an error tracker', ['log', 'setAttribute', 'setAttributes', 'recordError']);
const SEGMENT = service('Segment', 'analytics', ['track', 'identify', 'page', 'screen', 'group']);
const POSTHOG = service('PostHog', 'analytics', ['capture', 'identify', 'register', 'setPersonProperties']);
// (`people.set`: a method of the SDK's `people` object, `mixpanel.people.set({ … })`; real-world batch 270.)
const MIXPANEL = service('Mixpanel', 'analytics', ['track', 'identify', 'register', 'people.set', 'people.set_once', 'people.append', 'people.union']);
const AMPLITUDE = service('Amplitude', 'analytics', ['track', 'logEvent']);
const FIREBASE_ANALYTICS = service('Firebase Analytics', 'analytics', ['logEvent']);
// react-ga4 (`ReactGA.event(name, params)`, `ReactGA.send(fields)`, `ReactGA.gtag(…)`) and the older react-ga for
// Universal Analytics (`ReactGA.event({ category, action, label })`); real-world batch 270.
const GOOGLE_ANALYTICS = service('Google Analytics', 'analytics', ['event', 'send', 'gtag', 'exception']);

/** The last names of methods named with their object (`people.set` → `set`). */
function nestedMethodNames(methods: Iterable<string>): string[] {
  return [...methods].filter((name) => name.includes('.')).map((name) => name.slice(name.lastIndexOf('.') + 1));
}

/**
 * Names of SDK methods that are common words of other objects (`res.send`, `map.set`, `emitter.event`): calls so
 * named are asked about only in a file that imports an SDK (`logSinkAt` needs one to find a sink in them), where the
 * rest of TELEMETRY_METHOD_NAMES are asked about in every file (a helper of the file named `track` may log).
 */
export const SDK_ONLY_CALL_NAMES: ReadonlySet<string> = new Set([...GOOGLE_ANALYTICS.methods, ...nestedMethodNames(MIXPANEL.methods)]);

/** The SDKs' modules (as `normalizeModule` leaves a specifier), each with its service; Sentry's and others' scoped packages below. */
const MODULES: ReadonlyMap<string, TelemetryService> = new Map([
  ['sentry-expo', SENTRY],
  ['raven', RAVEN],
  ['raven-js', RAVEN],
  ['rollbar', ROLLBAR],
  ['newrelic', NEW_RELIC],
  ['@datadog/browser-rum', DATADOG_RUM],
  ['@microsoft/applicationinsights-web', APP_INSIGHTS],
  ['applicationinsights', APP_INSIGHTS],
  ['logrocket', LOGROCKET],
  ['@react-native-firebase/crashlytics', CRASHLYTICS],
  ['@segment/analytics-next', SEGMENT],
  ['@segment/analytics-node', SEGMENT],
  ['analytics-node', SEGMENT],
  ['@segment/analytics-react-native', SEGMENT],
  ['posthog-js', POSTHOG],
  ['posthog-js/react', POSTHOG],
  ['posthog-node', POSTHOG],
  ['posthog-react-native', POSTHOG],
  ['mixpanel-browser', MIXPANEL],
  ['mixpanel', MIXPANEL],
  ['amplitude-js', AMPLITUDE],
  ['firebase/analytics', FIREBASE_ANALYTICS],
  ['@react-native-firebase/analytics', FIREBASE_ANALYTICS],
  ['react-ga4', GOOGLE_ANALYTICS],
  ['react-ga', GOOGLE_ANALYTICS],
]);

/** Scoped packages whose every module is one service's SDK (`@sentry/node`, `@sentry/react`…). */
const SCOPES: ReadonlyMap<string, TelemetryService> = new Map([
  ['@sentry/', SENTRY],
  ['@bugsnag/', BUGSNAG],
  ['@honeybadger-io/', HONEYBADGER],
  ['@amplitude/analytics-', AMPLITUDE],
]);

/** The service whose SDK a module is, or null. */
export function telemetryServiceOf(source: string): TelemetryService | null {
  const known = MODULES.get(source);
  if (known) return known;
  for (const [scope, found] of SCOPES) if (source.startsWith(scope)) return found;
  return null;
}

/** Every method name some SDK above sends data with: the cheap test before a call's receiver is followed. */
export const TELEMETRY_METHOD_NAMES: ReadonlySet<string> = new Set(
  [...MODULES.values(), ...SCOPES.values()].flatMap((known) => [...known.methods]),
);

/** The last names of the SDKs' methods named with their object (`people.set` → `set`): what such a call ends with. */
export const TELEMETRY_NESTED_METHOD_NAMES: ReadonlySet<string> = new Set(nestedMethodNames(TELEMETRY_METHOD_NAMES));

/**
 * The SDK calls that hand a callback of theirs the SDK's own object, its first parameter: Sentry's scope
 * (`Sentry.withScope((scope) => …)`, `withScope(scope, callback)`, `configureScope`, and the capture calls' scope
 * callback, `captureException(error, (scope) => …)`), Bugsnag's and Honeybadger's event (`Bugsnag.notify(error,
 * (event) => event.addMetadata(…))`).
 */
export const TELEMETRY_CALLBACK_METHODS: ReadonlySet<string> = new Set(['withScope', 'configureScope', 'captureException', 'captureMessage', 'notify']);
