import { describe, expect, it } from 'vitest';
import { isWeakSecureProtocol, isWeakTlsVersion } from '../../src/stripe/tls.js';

describe('TLS facts', () => {
  it('versions below TLS 1.2 are weak; unknown strings are not judged', () => {
    expect(['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3', 'tlsv1', 'SSLv3'].map(isWeakTlsVersion)).toEqual([true, true, false, false, false, false]);
  });

  it('secureProtocol methods pinning SSL / TLS 1.0 / 1.1 are weak; negotiating methods are not', () => {
    expect(
      ['SSLv3_method', 'SSLv2_client_method', 'TLSv1_method', 'TLSv1_1_server_method', 'TLSv1_2_method', 'TLS_method', 'SSLv23_method'].map(
        isWeakSecureProtocol,
      ),
    ).toEqual([true, true, true, true, false, false, false]);
  });
});
