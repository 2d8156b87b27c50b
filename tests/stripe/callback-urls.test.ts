import { describe, expect, it } from 'vitest';
import { CALLBACK_URL_METHOD_NAMES, CALLBACK_URL_PARAMS, callbackUrlParam } from '../../src/stripe/callback-urls.js';

describe('CALLBACK_URL_METHOD_NAMES', () => {
  it('holds the last segment of every callback-URL method, and nothing else', () => {
    for (const param of CALLBACK_URL_PARAMS) {
      const path = param.method.split('.');
      expect(callbackUrlParam(param.side, path)).toBe(param);
      expect(CALLBACK_URL_METHOD_NAMES.has(path.at(-1)!), param.method).toBe(true);
    }
    expect([...CALLBACK_URL_METHOD_NAMES].sort()).toEqual(['confirm', 'confirmPayment', 'confirmSetup', 'create', 'update']);
  });
});
