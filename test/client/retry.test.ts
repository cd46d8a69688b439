// The retry policy: which outcomes are retried, how long to wait, and which fetch failures provably happened
// before the request was sent — the last checked against the errors Node's fetch really throws on 127.0.0.1.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import {
  classifyFetchError,
  DEFAULT_RETRY_STATUSES,
  retryDelayMs,
  shouldRetry,
  type AttemptOutcome,
  type RetryInfo,
} from '../../src/client/retry.js';
import { retryAfterMs } from '../../src/internal/retry-after.js';
import { startServer, type TestServer } from '../helpers/http-server.js';

const reply = (
  status: number,
  headers: Record<string, string> = {},
  streamStarted?: boolean,
): AttemptOutcome => ({
  kind: 'response',
  status,
  headers: new Headers(headers),
  ...(streamStarted === undefined ? {} : { streamStarted }),
});

describe('shouldRetry (default policy, maxRetries 2)', () => {
  it.each<[string, AttemptOutcome, number, boolean]>([
    // [row, outcome, attempt, retried?]
    ['408 Request Timeout', reply(408), 1, true],
    ['429 Too Many Requests', reply(429), 1, true],
    ['503 Service Unavailable', reply(503), 2, true],
    ['429 on the last allowed attempt', reply(429), 2, true],
    ['429 beyond the budget', reply(429), 3, false],
    ['500 (the server may have done the work)', reply(500), 1, false],
    ['502', reply(502), 1, false],
    ['504', reply(504), 1, false],
    ['409', reply(409), 1, false],
    ['400', reply(400), 1, false],
    ['401', reply(401), 1, false],
    ['500 with x-should-retry: true', reply(500, { 'x-should-retry': 'true' }), 1, true],
    ['400 with x-should-retry: TRUE', reply(400, { 'x-should-retry': ' TRUE ' }), 1, true],
    ['429 with x-should-retry: false', reply(429, { 'x-should-retry': 'false' }), 1, false],
    ['503 with x-should-retry: false', reply(503, { 'x-should-retry': 'false' }), 1, false],
    ['429 with an unreadable x-should-retry', reply(429, { 'x-should-retry': 'maybe' }), 1, true],
    ['x-should-retry: true beyond the budget', reply(500, { 'x-should-retry': 'true' }), 3, false],
    ['503 whose stream body had started', reply(503, {}, true), 1, false],
    ['x-should-retry: true once a stream started', reply(500, { 'x-should-retry': 'true' }, true), 1, false],
    ['a 200 (nothing failed)', reply(200, { 'x-should-retry': 'true' }), 1, false],
    ['connection failed before sending', { kind: 'connection', sent: false, code: 'ECONNREFUSED' }, 1, true],
    ['connection failed before sending, beyond the budget', { kind: 'connection', sent: false }, 3, false],
    ['connection lost after sending', { kind: 'connection', sent: true, code: 'UND_ERR_SOCKET' }, 1, false],
    ['per-attempt timeout', { kind: 'timeout' }, 1, false],
    ['abort', { kind: 'abort' }, 1, false],
  ])('%s → %s', (_row, outcome, attempt, expected) => {
    expect(shouldRetry(outcome, { attempt, maxRetries: 2 })).toBe(expected);
  });

  it('never retries with maxRetries 0', () => {
    expect(shouldRetry(reply(429), { attempt: 1, maxRetries: 0 })).toBe(false);
    expect(shouldRetry({ kind: 'connection', sent: false }, { attempt: 1, maxRetries: 0 })).toBe(false);
  });

  it('retries exactly 408, 429 and 503 by default', () => {
    expect(DEFAULT_RETRY_STATUSES).toEqual([408, 429, 503]);
    const retried = [];
    for (let status = 400; status < 600; status += 1) {
      if (shouldRetry(reply(status), { attempt: 1, maxRetries: 2 })) retried.push(status);
    }
    expect(retried).toEqual([408, 429, 503]);
  });
});

describe('shouldRetry (configured)', () => {
  it('replaces the status list with `statuses`', () => {
    const policy = { attempt: 1, maxRetries: 2, statuses: [502, 504] };
    expect([502, 504, 429, 503].map((status) => shouldRetry(reply(status), policy))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('lets `shouldRetry` override the default decision, and tells it what the default was', () => {
    const seen: RetryInfo[] = [];
    const policy = {
      attempt: 2,
      maxRetries: 3,
      shouldRetry: (info: RetryInfo) => {
        seen.push(info);
        return info.outcome.kind === 'timeout' ? true : info.outcome.kind === 'response' ? false : undefined;
      },
    };
    expect(shouldRetry({ kind: 'timeout' }, policy)).toBe(true);
    expect(shouldRetry(reply(429), policy)).toBe(false);
    expect(shouldRetry({ kind: 'connection', sent: false }, policy)).toBe(true); // undefined keeps the default
    expect(shouldRetry({ kind: 'connection', sent: true }, policy)).toBe(false);
    expect(
      seen.map((info) => [info.outcome.kind, info.attempt, info.maxRetries, info.defaultDecision]),
    ).toEqual([
      ['timeout', 2, 3, false],
      ['response', 2, 3, true],
      ['connection', 2, 3, true],
      ['connection', 2, 3, false],
    ]);
  });

  it.each<[string, AttemptOutcome, number]>([
    ['an abort', { kind: 'abort' }, 1],
    ['an attempt beyond the budget', reply(500), 3],
    ['a started stream', reply(500, {}, true), 1],
    ['x-should-retry: false', reply(500, { 'x-should-retry': 'false' }), 1],
  ])('does not ask `shouldRetry` about %s, which is never retried', (_name, outcome, attempt) => {
    let asked = false;
    const decision = shouldRetry(outcome, {
      attempt,
      maxRetries: 2,
      shouldRetry: () => {
        asked = true;
        return true;
      },
    });
    expect([decision, asked]).toEqual([false, false]);
  });
});

describe('retryDelayMs', () => {
  const now = () => Date.parse('2026-01-01T00:00:00Z');
  const noJitter = { random: () => 0, now };

  it.each<[string, Record<string, string> | undefined, number, ReturnType<typeof retryDelayMs>]>([
    // [row, headers, attempt, delay]
    [
      'retry-after-ms',
      { 'retry-after-ms': '1500' },
      1,
      { retry: true, delayMs: 1500, source: 'retry-after-ms' },
    ],
    [
      'fractional retry-after-ms',
      { 'retry-after-ms': '12.5' },
      1,
      { retry: true, delayMs: 12.5, source: 'retry-after-ms' },
    ],
    [
      'retry-after-ms wins over Retry-After',
      { 'retry-after-ms': '100', 'retry-after': '30' },
      1,
      { retry: true, delayMs: 100, source: 'retry-after-ms' },
    ],
    [
      'an invalid retry-after-ms falls back to Retry-After',
      { 'retry-after-ms': 'soon', 'retry-after': '3' },
      1,
      { retry: true, delayMs: 3000, source: 'retry-after' },
    ],
    ['Retry-After seconds', { 'retry-after': '2' }, 1, { retry: true, delayMs: 2000, source: 'retry-after' }],
    ['Retry-After 0', { 'retry-after': '0' }, 1, { retry: true, delayMs: 0, source: 'retry-after' }],
    [
      'Retry-After 60 s (the limit)',
      { 'retry-after': '60' },
      1,
      { retry: true, delayMs: 60_000, source: 'retry-after' },
    ],
    [
      'Retry-After 61 s: not retried',
      { 'retry-after': '61' },
      1,
      { retry: false, retryAfterMs: 61_000, source: 'retry-after' },
    ],
    [
      'retry-after-ms over 60 s: not retried',
      { 'retry-after-ms': '60001' },
      1,
      { retry: false, retryAfterMs: 60_001, source: 'retry-after-ms' },
    ],
    [
      'Retry-After HTTP date 5 s ahead',
      { 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' },
      1,
      { retry: true, delayMs: 5000, source: 'retry-after' },
    ],
    [
      'Retry-After HTTP date 2 minutes ahead: not retried',
      { 'retry-after': 'Thu, 01 Jan 2026 00:02:00 GMT' },
      1,
      { retry: false, retryAfterMs: 120_000, source: 'retry-after' },
    ],
    [
      'Retry-After HTTP date in the past: retry now',
      { 'retry-after': 'Wed, 31 Dec 2025 23:59:00 GMT' },
      1,
      { retry: true, delayMs: 0, source: 'retry-after' },
    ],
    [
      'Retry-After negative: backoff',
      { 'retry-after': '-1' },
      1,
      { retry: true, delayMs: 500, source: 'backoff' },
    ],
    [
      'Retry-After garbage: backoff',
      { 'retry-after': 'later' },
      1,
      { retry: true, delayMs: 500, source: 'backoff' },
    ],
    [
      'Retry-After empty: backoff',
      { 'retry-after': '' },
      2,
      { retry: true, delayMs: 1000, source: 'backoff' },
    ],
    ['no headers, attempt 1', {}, 1, { retry: true, delayMs: 500, source: 'backoff' }],
    ['no headers, attempt 2', {}, 2, { retry: true, delayMs: 1000, source: 'backoff' }],
    ['no headers, attempt 3', {}, 3, { retry: true, delayMs: 2000, source: 'backoff' }],
    ['no headers, attempt 4', {}, 4, { retry: true, delayMs: 4000, source: 'backoff' }],
    ['no headers, attempt 5 (cap)', {}, 5, { retry: true, delayMs: 8000, source: 'backoff' }],
    ['no headers, attempt 9 (cap)', {}, 9, { retry: true, delayMs: 8000, source: 'backoff' }],
    [
      'after a connection failure (no reply)',
      undefined,
      2,
      { retry: true, delayMs: 1000, source: 'backoff' },
    ],
  ])('%s', (_row, headers, attempt, expected) => {
    expect(retryDelayMs(headers === undefined ? undefined : new Headers(headers), attempt, noJitter)).toEqual(
      expected,
    );
  });

  it('jitters backoff into [0.75, 1] of the nominal delay (rounded to whole ms)', () => {
    const delay = (random: number, attempt: number) =>
      retryDelayMs(undefined, attempt, { random: () => random }) as { delayMs: number };
    expect(delay(0, 1).delayMs).toBe(500);
    expect(delay(0.5, 1).delayMs).toBe(438); // 500 × 0.875, rounded
    expect(delay(0.999_999, 1).delayMs).toBe(375);
    expect(delay(0.999_999, 5).delayMs).toBe(6000);
    for (let i = 0; i < 200; i += 1) {
      const { delayMs } = retryDelayMs(undefined, 3) as { delayMs: number };
      expect(delayMs).toBeGreaterThanOrEqual(1500);
      expect(delayMs).toBeLessThanOrEqual(2000);
    }
  });

  it('does not jitter a delay the server asked for', () => {
    expect(retryDelayMs(new Headers({ 'retry-after': '1' }), 1, { random: () => 0.9 })).toMatchObject({
      delayMs: 1000,
    });
  });
});

describe('retryAfterMs', () => {
  it('reports a long wait the caller will not retry, for RateLimitError.retryAfterMs', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': '3600' }))).toEqual({
      ms: 3_600_000,
      source: 'retry-after',
    });
    expect(retryAfterMs(new Headers({}))).toBeUndefined();
    expect(retryAfterMs(new Headers({ 'retry-after': '1.5.2' }))).toBeUndefined();
  });
});

describe('classifyFetchError on real Node fetch failures', () => {
  const servers: { close(): unknown }[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });

  async function listen<T extends Server>(server: T): Promise<number> {
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.address() as AddressInfo).port;
  }

  async function fetchError(url: string, init?: RequestInit): Promise<unknown> {
    try {
      await fetch(url, init);
    } catch (error) {
      return error;
    }
    throw new Error(`fetch ${url} did not fail`);
  }

  it('a closed port is ECONNREFUSED, not sent', async () => {
    const probe = createNetServer();
    const port = await listen(probe);
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const error = await fetchError(`http://127.0.0.1:${port}/`, { method: 'POST', body: '{}' });
    expect(error).toBeInstanceOf(TypeError);
    expect(classifyFetchError(error)).toEqual({ sent: false, code: 'ECONNREFUSED' });
  });

  it('a host that does not resolve is a DNS error, not sent', async () => {
    const error = await fetchError('http://sequrity-test.invalid/', { method: 'POST', body: '{}' });
    const result = classifyFetchError(error);
    expect(result.sent).toBe(false);
    expect(['ENOTFOUND', 'EAI_AGAIN']).toContain(result.code);
  });

  it('a server that destroys the socket after reading the request is UND_ERR_SOCKET, sent', async () => {
    const server: TestServer = await startServer((_request, response) => {
      response.socket?.destroy();
    });
    servers.push(server);
    const error = await fetchError(server.url, { method: 'POST', body: '{"model":"m"}' });
    expect(server.requests.map((request) => request.body)).toEqual(['{"model":"m"}']);
    expect(classifyFetchError(error)).toEqual({ sent: true, code: 'UND_ERR_SOCKET' });
  });

  it('a connection reset after the request arrived is ECONNRESET, sent', async () => {
    const port = await listen(
      createNetServer((socket) => socket.once('data', () => socket.resetAndDestroy())),
    );
    const error = await fetchError(`http://127.0.0.1:${port}/`, { method: 'POST', body: '{}' });
    expect(classifyFetchError(error)).toEqual({ sent: true, code: 'ECONNRESET' });
  });

  it('a reply that is not HTTP is a parser error, sent', async () => {
    const port = await listen(
      createNetServer((socket) => socket.once('data', () => socket.end('garbage\r\n\r\n'))),
    );
    const error = await fetchError(`http://127.0.0.1:${port}/`);
    const result = classifyFetchError(error);
    expect(result.sent).toBe(true);
    // llhttp's code (HPE_INVALID_CONSTANT); the undici of Node 24 leaves the parser error's code undefined.
    expect(result.code ?? 'none').toMatch(/^(HPE_|none$)/);
  });

  it('https to a plain-HTTP port fails the TLS handshake, not sent', async () => {
    const server = await startServer((_request, response) => {
      response.end('plain');
    });
    servers.push(server);
    const error = await fetchError(server.url.replace('http:', 'https:'), { method: 'POST', body: '{}' });
    expect(classifyFetchError(error)).toEqual({ sent: false, code: 'ERR_SSL_WRONG_VERSION_NUMBER' });
  });

  it('a TLS server that rejects the handshake (alert) is not sent', async () => {
    // A PSK-only server needs no certificate and refuses fetch's certificate-based handshake.
    const port = await listen(
      createTlsServer({ pskCallback: () => Buffer.alloc(16), ciphers: 'PSK-AES128-CBC-SHA256' }, (socket) =>
        socket.end(),
      ),
    );
    const error = await fetchError(`https://127.0.0.1:${port}/`, { method: 'POST', body: '{}' });
    // OpenSSL 3.2 renamed the alert (Node 20 ships 3.0, Node 22 and 24 ship 3.x later than 3.2).
    expect(classifyFetchError(error)).toEqual({
      sent: false,
      code: expect.stringMatching(/^ERR_SSL_(SSLV3|SSL\/TLS)_ALERT_HANDSHAKE_FAILURE$/),
    });
  });

  const openssl = (() => {
    try {
      execFileSync('openssl', ['version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  it.skipIf(!openssl)(
    'a self-signed certificate fails verification, not sent (needs the openssl command)',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sequrity-tls-'));
      try {
        execFileSync(
          'openssl',
          ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1'].concat([
            '-keyout',
            join(dir, 'key.pem'),
            '-out',
            join(dir, 'cert.pem'),
          ]),
          { stdio: 'ignore' },
        );
        const server = createHttpsServer(
          { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
          (_request, response) => response.end('ok'),
        );
        const port = await listen(server);
        const error = await fetchError(`https://127.0.0.1:${port}/`, { method: 'POST', body: '{}' });
        expect(classifyFetchError(error)).toEqual({ sent: false, code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

describe('classifyFetchError on other values', () => {
  const coded = (code: string, extra: Record<string, unknown> = {}) =>
    Object.assign(new Error(code), { code, ...extra });
  const fetchFailed = (cause: unknown) => new TypeError('fetch failed', { cause });

  it.each<[string, unknown, { sent: boolean; code?: string }]>([
    [
      'a connect timeout (undici)',
      fetchFailed(coded('UND_ERR_CONNECT_TIMEOUT')),
      { sent: false, code: 'UND_ERR_CONNECT_TIMEOUT' },
    ],
    [
      'ETIMEDOUT while connecting',
      fetchFailed(coded('ETIMEDOUT', { syscall: 'connect' })),
      { sent: false, code: 'ETIMEDOUT' },
    ],
    [
      'ETIMEDOUT while reading',
      fetchFailed(coded('ETIMEDOUT', { syscall: 'read' })),
      { sent: true, code: 'ETIMEDOUT' },
    ],
    [
      'an altname mismatch',
      fetchFailed(coded('ERR_TLS_CERT_ALTNAME_INVALID')),
      { sent: false, code: 'ERR_TLS_CERT_ALTNAME_INVALID' },
    ],
    [
      'an unverifiable leaf',
      fetchFailed(coded('UNABLE_TO_VERIFY_LEAF_SIGNATURE')),
      { sent: false, code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' },
    ],
    [
      'IPv6 and IPv4 both refused (AggregateError)',
      fetchFailed(
        Object.assign(
          new AggregateError([
            coded('ECONNREFUSED', { syscall: 'connect' }),
            coded('ECONNREFUSED', { syscall: 'connect' }),
          ]),
          {
            code: 'ECONNREFUSED',
          },
        ),
      ),
      { sent: false, code: 'ECONNREFUSED' },
    ],
    [
      'an AggregateError with one reset',
      fetchFailed(
        Object.assign(new AggregateError([coded('ECONNREFUSED'), coded('ECONNRESET')]), {
          code: 'ECONNREFUSED',
        }),
      ),
      { sent: true, code: 'ECONNREFUSED' },
    ],
    ['a browser "Failed to fetch" (no cause)', new TypeError('Failed to fetch'), { sent: true }],
    ['a DOMException (numeric code)', new DOMException('aborted', 'AbortError'), { sent: true }],
    ['a string', 'boom', { sent: true }],
    ['undefined', undefined, { sent: true }],
  ])('%s', (_name, error, expected) => {
    expect(classifyFetchError(error)).toEqual(expected);
  });

  // Every code that proves the request was not sent (name resolution, TCP connect, TLS handshake), and codes that
  // look alike but also occur after sending: a whole-code match, never a prefix.
  const notSent = [
    ...['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA', 'EAI_ADDRFAMILY', 'ECONNREFUSED'],
    ...['EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN', 'EADDRNOTAVAIL', 'UND_ERR_CONNECT_TIMEOUT'],
    ...['ERR_TLS_CERT_ALTNAME_INVALID', 'ERR_TLS_HANDSHAKE_TIMEOUT', 'ERR_SSL_WRONG_VERSION_NUMBER'],
    ...['ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE', 'ERR_SSL_SSL/TLS_ALERT_HANDSHAKE_FAILURE'],
    ...[
      'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
      'ERR_SSL_UNSUPPORTED_PROTOCOL',
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    ],
    ...['UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'DEPTH_ZERO_SELF_SIGNED_CERT'],
    ...[
      'SELF_SIGNED_CERT_IN_CHAIN',
      'CERT_HAS_EXPIRED',
      'CERT_NOT_YET_VALID',
      'CERT_REVOKED',
      'CERT_UNTRUSTED',
    ],
    ...['CERT_REJECTED', 'CERT_SIGNATURE_FAILURE', 'HOSTNAME_MISMATCH'],
  ];
  const mayHaveBeenSent = [
    ...[
      'ECONNRESET',
      'EPIPE',
      'ETIMEDOUT',
      'UND_ERR_SOCKET',
      'UND_ERR_HEADERS_TIMEOUT',
      'UND_ERR_BODY_TIMEOUT',
    ],
    ...['ERR_SSL_DECRYPTION_FAILED_OR_BAD_RECORD_MAC', 'ERR_SSL_SSLV3_ALERT_BAD_RECORD_MAC', 'ERR_TLS_'],
    ...['ENOTFOUNDX', 'XENOTFOUND', 'EAI_', 'ECONNREFUSED ', 'econnrefused', 'CERT_', 'UNABLE_TO_GET_ISSUER'],
  ];

  it.each(notSent)('%s (no syscall) is not sent', (code) => {
    expect(classifyFetchError(fetchFailed(coded(code)))).toEqual({ sent: false, code });
  });

  it.each(mayHaveBeenSent)('%s (no syscall) may have been sent', (code) => {
    expect(classifyFetchError(fetchFailed(coded(code)))).toEqual({ sent: true, code });
  });

  it('stops on a cause cycle', () => {
    const a: { cause?: unknown } = {};
    a.cause = { cause: a };
    expect(classifyFetchError(a)).toEqual({ sent: true });
  });
});
