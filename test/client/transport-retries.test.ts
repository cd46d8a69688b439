// Retries never duplicate billed work: what is retried by default (provably not run, or asked for by the server),
// what is not, how often, and how long the client waits — attempts counted and timed on a real server.
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  InternalServerError,
  RateLimitError,
  StreamError,
} from '../../src/errors/index.js';
import type { RetryInfo } from '../../src/client/retry.js';
import { closedPort, type ReceivedRequest } from '../helpers/http-server.js';
import {
  clientFor,
  json,
  rejection,
  responseBody,
  sseFrames,
  sseReply,
  streamEvents,
  useServers,
} from '../helpers/sequrity-server.js';

const start = useServers();
const body = { model: 'gpt-5-mini', input: 'Hello' };
const NOW = { 'retry-after-ms': '0' };

/**
 * A server that answers the n-th request with `script[n]` (the last entry repeats) and notes when each arrived.
 * An entry is a status with headers (answered with a JSON error, or a response for 2xx) or a custom handler.
 */
async function scripted(
  script: (
    [number, Record<string, string>?] | ((request: ReceivedRequest, response: ServerResponse) => void)
  )[],
) {
  const arrivals: number[] = [];
  const server = await start((request, response) => {
    arrivals.push(performance.now());
    const step = script[Math.min(arrivals.length, script.length) - 1];
    if (typeof step === 'function') return step(request, response);
    const [status, headers = {}] = step ?? [200];
    json(
      response,
      status < 300 ? responseBody('resp_ok', 'ok') : { detail: `status ${status}` },
      headers,
      status,
    );
  });
  const gaps = () => arrivals.slice(1).map((time, index) => time - (arrivals[index] ?? 0));
  return { server, arrivals, gaps };
}

describe('retried by default', () => {
  it.each([408, 429, 503])('%i, until a success', async (status) => {
    const { server } = await scripted([[status, NOW], [status, NOW], [200]]);
    const result = await clientFor(server).responses.create(body);
    expect(result.output_text).toBe('ok');
    expect(server.requests).toHaveLength(3);
    // The retry is the same request again.
    expect(new Set(server.requests.map((request) => request.body)).size).toBe(1);
  });

  it('a 500 marked x-should-retry: true', async () => {
    const { server } = await scripted([[500, { ...NOW, 'x-should-retry': 'true' }], [200]]);
    await clientFor(server).responses.create(body);
    expect(server.requests).toHaveLength(2);
  });

  it('a refused connection (nothing was sent), up to maxRetries times', async () => {
    const baseURL = await closedPort();
    const attempts: string[] = [];
    const counting: typeof fetch = (input, init) => {
      attempts.push(String(input));
      return fetch(input, init);
    };
    const client = clientFor(
      { url: baseURL, requests: [], close: async () => {} },
      { fetch: counting, maxRetries: 2 },
    );
    const error = await rejection(client.responses.create(body));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).toMatchObject({ code: 'ECONNREFUSED', mayHaveBeenSent: false });
    expect(attempts).toEqual(Array(3).fill(`${baseURL}/control/chat/v1/responses`));
  });

  it('a streamed request answered 503 before its body started', async () => {
    const { server } = await scripted([
      [503, NOW],
      (_request, response) => sseReply(response, streamEvents('resp_s', 'streamed')),
    ]);
    const stream = await clientFor(server).responses.create({ ...body, stream: true });
    expect((await stream.finalResponse()).output_text).toBe('streamed');
    expect(server.requests).toHaveLength(2);
  });
});

describe('not retried by default', () => {
  it.each<[string, number, Record<string, string>]>([
    ['500', 500, NOW],
    ['502', 502, NOW],
    ['400', 400, NOW],
    ['409', 409, NOW],
    ['a 503 marked x-should-retry: false', 503, { ...NOW, 'x-should-retry': 'false' }],
    ['a 429 marked x-should-retry: false', 429, { ...NOW, 'x-should-retry': 'false' }],
  ])('%s', async (_name, status, headers) => {
    const { server } = await scripted([[status, headers], [200]]);
    const error = await rejection(clientFor(server).responses.create(body));
    expect(error).toMatchObject({ status });
    expect(server.requests).toHaveLength(1);
  });

  it('a per-attempt timeout (the server may be working on it)', async () => {
    const { server } = await scripted([() => {}, [200]]);
    const error = await rejection(clientFor(server, { timeout: 100 }).responses.create(body));
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(server.requests).toHaveLength(1);
  });

  it('a socket destroyed after the request was read', async () => {
    const { server } = await scripted([(_request, response) => response.socket?.destroy(), [200]]);
    const error = await rejection(clientFor(server).responses.create(body));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).toMatchObject({ mayHaveBeenSent: true });
    expect(server.requests).toHaveLength(1);
  });

  it('a stream once its body started', async () => {
    const { server } = await scripted([
      (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        response.write(sseFrames(streamEvents('resp_s', 'x'))[0], () =>
          setTimeout(() => response.socket?.destroy(), 20),
        );
      },
      (_request, response) => sseReply(response, streamEvents('resp_s2', 'again')),
    ]);
    const stream = await clientFor(server).responses.create({ ...body, stream: true });
    const error = await rejection(stream.finalResponse());
    expect(error).toBeInstanceOf(StreamError);
    expect(error).toMatchObject({ type: 'read-failed' });
    expect(server.requests).toHaveLength(1);
  });

  it('a Retry-After over 60 s, which RateLimitError reports instead', async () => {
    const { server } = await scripted([[429, { 'retry-after': '61' }], [200]]);
    const error = await rejection(clientFor(server).responses.create(body));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(61_000);
    expect(server.requests).toHaveLength(1);
  });

  it('a retry-after-ms over 60 000', async () => {
    const { server } = await scripted([[503, { 'retry-after-ms': '60001' }], [200]]);
    await expect(clientFor(server).responses.create(body)).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });
});

describe('maxRetries', () => {
  it('bounds the attempts: the client option', async () => {
    const { server } = await scripted([[503, NOW]]);
    await expect(clientFor(server, { maxRetries: 1 }).responses.create(body)).rejects.toMatchObject({
      status: 503,
    });
    expect(server.requests).toHaveLength(2);
  });

  it('defaults to 2 retries (3 attempts)', async () => {
    const { server } = await scripted([[429, NOW]]);
    await expect(clientFor(server).responses.create(body)).rejects.toBeInstanceOf(RateLimitError);
    expect(server.requests).toHaveLength(3);
  });

  it('per call over the client option, both ways', async () => {
    const { server } = await scripted([[503, NOW]]);
    const client = clientFor(server, { maxRetries: 0 });
    await expect(client.responses.create(body, { maxRetries: 3 })).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(4);
    await expect(
      clientFor(server, { maxRetries: 5 }).responses.create(body, { maxRetries: 0 }),
    ).rejects.toMatchObject({
      status: 503,
    });
    expect(server.requests).toHaveLength(5);
  });

  it('is checked per call', async () => {
    const { server } = await scripted([[200]]);
    await expect(clientFor(server).responses.create(body, { maxRetries: -1 })).rejects.toThrow(/maxRetries/);
    await expect(clientFor(server).responses.create(body, { timeout: NaN })).rejects.toThrow(/timeout/);
    expect(server.requests).toHaveLength(0);
  });
});

// Each wait has its floor asserted; its ceiling is the case's timeout, several times the wait, so that a loaded
// machine does not fail them (the delay arithmetic itself is tested exactly in retry.test.ts).
describe('how long the client waits', () => {
  it('retry-after-ms, in milliseconds', async () => {
    const { server, gaps } = await scripted([[503, { 'retry-after-ms': '300' }], [200]]);
    await clientFor(server).responses.create(body);
    expect(server.requests).toHaveLength(2);
    const [gap = 0] = gaps();
    expect(gap).toBeGreaterThanOrEqual(290);
  }, 5_000);

  it('retry-after-ms over Retry-After when both are sent', async () => {
    const { server, gaps } = await scripted([[429, { 'retry-after-ms': '150', 'retry-after': '30' }], [200]]);
    await clientFor(server).responses.create(body);
    const [gap = 0] = gaps();
    expect(gap).toBeGreaterThanOrEqual(140);
  }, 10_000); // Retry-After alone would wait 30 s

  it('Retry-After in seconds', async () => {
    const { server, gaps } = await scripted([[429, { 'retry-after': '1' }], [200]]);
    await clientFor(server).responses.create(body);
    const [gap = 0] = gaps();
    expect(gap).toBeGreaterThanOrEqual(990);
  }, 6_000);

  it('Retry-After as an HTTP date', async () => {
    // HTTP dates have whole seconds: aim at a second boundary 1–2 s ahead, so the wait is known exactly.
    const target = Math.ceil((Date.now() + 1_000) / 1_000) * 1_000;
    let secondAt = 0;
    const { server } = await scripted([
      [503, { 'retry-after': new Date(target).toUTCString() }],
      (_request, response) => {
        secondAt = Date.now();
        json(response, responseBody('resp_ok', 'ok'));
      },
    ]);
    await clientFor(server).responses.create(body);
    expect(server.requests).toHaveLength(2);
    expect(secondAt).toBeGreaterThanOrEqual(target - 20);
  }, 7_000);

  it('otherwise backs off exponentially with jitter: about 0.5 s, then about 1 s', async () => {
    const { server, gaps } = await scripted([[503], [503], [200]]);
    await clientFor(server).responses.create(body);
    const [first = 0, second = 0] = gaps();
    // Jitter takes up to a quarter off: [375, 500] ms, then [750, 1000] ms.
    expect(first).toBeGreaterThanOrEqual(370);
    expect(second).toBeGreaterThanOrEqual(740);
  }, 10_000);
});

describe('the retry option', () => {
  it('statuses replaces the retried statuses', async () => {
    const { server } = await scripted([[500, NOW], [503, NOW], [200]]);
    const error = await rejection(clientFor(server, { retry: { statuses: [500] } }).responses.create(body));
    expect(error).toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(2);
  });

  it('shouldRetry can retry what the default would not, and is told about the attempt', async () => {
    const { server } = await scripted([() => {}, [200]]);
    const seen: RetryInfo[] = [];
    const client = clientFor(server, {
      timeout: 100,
      retry: {
        shouldRetry: (info) => {
          seen.push(info);
          return info.outcome.kind === 'timeout' ? true : undefined;
        },
      },
    });
    expect((await client.responses.create(body)).output_text).toBe('ok');
    expect(server.requests).toHaveLength(2);
    expect(seen).toEqual([
      { outcome: { kind: 'timeout' }, attempt: 1, maxRetries: 2, defaultDecision: false },
    ]);
  });

  it('shouldRetry can veto a default retry', async () => {
    const { server } = await scripted([[429, NOW], [200]]);
    const client = clientFor(server, { retry: { shouldRetry: () => false } });
    await expect(client.responses.create(body)).rejects.toBeInstanceOf(RateLimitError);
    expect(server.requests).toHaveLength(1);
  });
});
