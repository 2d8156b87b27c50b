import { describe, expect, it } from 'vitest';
import { TELEMETRY_METHOD_NAMES, telemetryServiceOf } from '../../src/analysis/telemetry.js';

describe('telemetryServiceOf', () => {
  it("knows each SDK's modules, Sentry's and Bugsnag's scoped packages whole; not a look-alike", () => {
    const label = (source: string): string | null => telemetryServiceOf(source)?.label ?? null;
    expect(['@sentry/nextjs', '@sentry/react-native', 'sentry-expo', 'raven-js'].map(label)).toEqual(Array(4).fill('Sentry (an error tracker)'));
    expect(['@bugsnag/browser', '@honeybadger-io/react', '@amplitude/analytics-node', 'amplitude-js'].map(label)).toEqual([
      'Bugsnag (an error tracker)',
      'Honeybadger (an error tracker)',
      'Amplitude (analytics)',
      'Amplitude (analytics)',
    ]);
    expect(['posthog-node', 'mixpanel', 'analytics-node', 'firebase/analytics', 'applicationinsights'].map(label)).toEqual([
      'PostHog (analytics)',
      'Mixpanel (analytics)',
      'Segment (analytics)',
      'Firebase Analytics (analytics)',
      'Application Insights (monitoring)',
    ]);
    expect(['sentry', '@sentryx/node', 'analytics', 'firebase/app', '@amplitude/experiment-js-client', './posthog'].map(label)).toEqual(Array(6).fill(null));
  });

  it("sends with each service's own methods only", () => {
    expect(telemetryServiceOf('@sentry/node')!.methods.has('captureException')).toBe(true);
    expect(telemetryServiceOf('@sentry/node')!.methods.has('init')).toBe(false);
    expect(telemetryServiceOf('posthog-js')!.methods.has('track')).toBe(false);
    expect(telemetryServiceOf('mixpanel-browser')!.methods.has('track')).toBe(true);
    expect(TELEMETRY_METHOD_NAMES.has('trackEvent')).toBe(true);
    expect(TELEMETRY_METHOD_NAMES.has('set')).toBe(false);
    expect(TELEMETRY_METHOD_NAMES.has('people.set')).toBe(true);
    expect(telemetryServiceOf('react-ga4')!.methods.has('event')).toBe(true);
    expect(['track', 'capture', 'logEvent', 'captureException', 'recordError', 'noticeError', 'addAction'].every((name) => TELEMETRY_METHOD_NAMES.has(name))).toBe(true);
  });
});
