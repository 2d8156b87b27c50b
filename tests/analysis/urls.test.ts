import { describe, expect, it } from 'vitest';
import { findUrls, parseUrl } from '../../src/analysis/urls.js';

describe('URL offsets', () => {
  it('hostEnd and end locate the host and path in the searched text', () => {
    const text = "script-src 'self' http://js.stripe.com:443/v3?x=1 //hooks.stripe.com";
    const urls = findUrls(text);
    expect(urls.map((u) => [text.slice(u.start, u.hostEnd), text.slice(u.start, u.end)])).toEqual([
      ['http://js.stripe.com', 'http://js.stripe.com:443/v3'],
      ['//hooks.stripe.com', '//hooks.stripe.com'],
    ]);
  });

  it('parseUrl shifts offsets past leading whitespace', () => {
    const text = '  http://user@api.stripe.com/v1';
    const url = parseUrl(text)!;
    expect([text.slice(url.start, url.hostEnd), url.host, url.end]).toEqual(['http://user@api.stripe.com', 'api.stripe.com', text.length]);
  });
});

describe('URL scanning cost', () => {
  it('long runs of scheme characters stay linear', () => {
    const text = `${'a.'.repeat(50_000)}//js.stripe.com ${'b-'.repeat(50_000)}`;
    const start = performance.now();
    const urls = findUrls(text);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(urls.map((u) => u.host)).toEqual([]); // `a.//js…`: the `//` follows a token character
    expect(findUrls(`${'x'.repeat(40)}://js.stripe.com`).map((u) => [u.scheme, u.host])).toEqual([]);
  });
});
