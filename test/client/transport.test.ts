// No reply, a late reply, a silent stream, a caller who gives up: the per-attempt timeout, the stream idle timeout,
// abort before and after the headers, and connection failures, each against a real server on 127.0.0.1.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import {
  APIError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  SequrityError,
  StreamError,
} from '../../src/errors/index.js';
import { SequrityClient } from '../../src/client/sequrity-client.js';
import { collect } from '../helpers/collect.js';
import { closed, closedPort } from '../helpers/http-server.js';
import {
  API_KEY,
  clientFor,
  json,
  LLM_KEY,
  rejection,
  responseBody,
  sseFrames,
  streamEvents,
  useServers,
} from '../helpers/sequrity-server.js';

const start = useServers();
const body = { model: 'gpt-5-mini', input: 'Hello' };

describe('connection failures', () => {
  it('a refused port is an APIConnectionError with its code, marked as not sent', async () => {
    const baseURL = await closedPort();
    const error = await rejection(
      clientFor({ url: baseURL, requests: [], close: async () => {} }, { maxRetries: 0 }).responses.create(
        body,
      ),
    );
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
    expect(error).toMatchObject({ name: 'APIConnectionError', code: 'ECONNREFUSED', mayHaveBeenSent: false });
    expect((error as Error).message).toBe(`POST ${baseURL}/control/chat/v1/responses failed: ECONNREFUSED`);
  });

  it('a socket destroyed after the request was read is an APIConnectionError that may have been sent', async () => {
    const server = await start((_request, response) => {
      response.socket?.destroy();
    });
    const error = await rejection(clientFor(server, { maxRetries: 0 }).responses.create(body));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).toMatchObject({ mayHaveBeenSent: true });
    expect((error as Error).message).toMatch(/may have reached the server, so it is not retried/);
  });

  it('a non-streamed body cut off half-way is an APIConnectionError', async () => {
    const server = await start((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"id":"resp_1","obj');
      setTimeout(() => response.socket?.destroy(), 20);
    });
    const error = await rejection(clientFor(server, { maxRetries: 0 }).responses.create(body));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).toMatchObject({ mayHaveBeenSent: true });
  });

  it("explains undici's own 300 s headers timeout, which ends a request before a longer timeout option", async () => {
    // What Node's fetch rejects with when undici's headersTimeout fires (TypeError: fetch failed, coded cause).
    const undiciTimeout: typeof fetch = async () => {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('Headers Timeout Error'), { code: 'UND_ERR_HEADERS_TIMEOUT' }),
      });
    };
    const client = clientFor(
      { url: 'http://127.0.0.1:1', requests: [], close: async () => {} },
      { fetch: undiciTimeout },
    );
    const error = await rejection(client.responses.create(body));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).toMatchObject({ code: 'UND_ERR_HEADERS_TIMEOUT', mayHaveBeenSent: true });
    expect((error as Error).message).toMatch(/undici's headersTimeout, 300 s by default/);
  });
});

describe('the per-attempt timeout', () => {
  it('fails a server that never sends headers with APIConnectionTimeoutError naming the option and value', async () => {
    let gone: Promise<void> | undefined;
    const server = await start((_request, response) => {
      gone = closed(response); // and never answer
    });
    const started = performance.now();
    const error = await rejection(clientFor(server, { timeout: 150, maxRetries: 0 }).responses.create(body));
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).toMatchObject({ name: 'APIConnectionTimeoutError', timeoutMs: 150 });
    expect((error as Error).message).toMatch(/timed out after 150 ms .*the timeout option, per attempt/);
    // Not before its time (a late one is caught by the case's timeout: undici alone would wait 300 s).
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    // The connection is closed, not left hanging.
    await gone;
  }, 10_000);

  it('also covers the headers of a streamed request', async () => {
    const server = await start(() => {});
    const error = await rejection(
      clientFor(server, { timeout: 100, maxRetries: 0 }).responses.create({ ...body, stream: true }),
    );
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 100 });
  });

  it('is taken per call over the client option', async () => {
    const server = await start(() => {});
    const error = await rejection(
      clientFor(server, { timeout: 60_000, maxRetries: 0 }).responses.create(body, { timeout: 100 }),
    );
    expect(error).toMatchObject({ timeoutMs: 100 });
  });

  it('reads a timeout in the body as seconds, and does not send it', async () => {
    // A fetch that records the body at once and answers never: no server to outpace the 100 ms on a loaded machine.
    const sent: unknown[] = [];
    const fetch: typeof globalThis.fetch = (_input, init) => {
      sent.push(JSON.parse(String(init?.body)));
      return new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error), { once: true }),
      );
    };
    const client = new SequrityClient({
      apiKey: API_KEY,
      baseURL: 'http://sequrity.test',
      maxRetries: 0,
      fetch,
    });
    const error = await rejection(client.responses.create({ ...body, timeout: 0.1 } as never));
    expect(error).toMatchObject({ timeoutMs: 100 });
    expect(sent).toEqual([body]);
  });

  it('also covers a non-streamed body that never finishes', async () => {
    const server = await start((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"id":"resp_1",');
    });
    const started = performance.now();
    const error = await rejection(clientFor(server, { timeout: 200, maxRetries: 0 }).responses.create(body));
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('does not cut a stream that outlives it once the headers arrived', async () => {
    const server = await start(async (_request, response) => {
      const frames = sseFrames(streamEvents('resp_1', 'slow but steady'));
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      for (const frame of frames) {
        response.write(frame);
        await sleep(100);
      }
      response.end();
    });
    const started = performance.now();
    const stream = await clientFor(server, { timeout: 300 }).responses.create({ ...body, stream: true });
    expect((await stream.finalResponse()).output_text).toBe('slow but steady');
    // Six frames 100 ms apart: the stream lasted well past the 300 ms per-attempt timeout.
    expect(performance.now() - started).toBeGreaterThanOrEqual(500);
  });

  it('waits out a timeout longer than setTimeout can hold (2^31 ms) instead of firing at once', async () => {
    const server = await start(async (_request, response) => {
      await sleep(50);
      json(response, responseBody('resp_1', 'in time'));
    });
    const client = clientFor(server, { timeout: 2 ** 31 + 1_000 });
    expect((await client.responses.create(body)).output_text).toBe('in time');
  });

  it('is off with 0', async () => {
    const server = await start(async (_request, response) => {
      await sleep(50);
      json(response, responseBody('resp_1', 'late'));
    });
    expect((await clientFor(server, { timeout: 0 }).responses.create(body)).output_text).toBe('late');
  });
});

describe('the stream idle timeout', () => {
  it('fails a stream that goes quiet with StreamError idle-timeout, keeping what arrived', async () => {
    const server = await start((_request, response) => {
      const frames = sseFrames(streamEvents('resp_idle', 'hello'));
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write(frames[0]);
      response.write(frames[1]); // then silence
    });
    const stream = await clientFor(server, { idleTimeoutMs: 150 }).responses.create({
      ...body,
      stream: true,
    });
    const started = performance.now();
    const { events, error } = await collect(stream);
    expect(events.map((event) => event.type)).toEqual(['response.created', 'response.output_item.added']);
    expect(error).toBeInstanceOf(StreamError);
    expect(error).toMatchObject({ type: 'idle-timeout' });
    expect((error as StreamError).response?.id).toBe('resp_idle');
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('is taken per call', async () => {
    const server = await start((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write(sseFrames(streamEvents('resp_idle', 'x'))[0]);
    });
    const client = clientFor(server, { idleTimeoutMs: 60_000 });
    const stream = await client.responses.create({ ...body, stream: true }, { idleTimeoutMs: 100 });
    expect((await collect(stream)).error).toMatchObject({ type: 'idle-timeout' });
  });

  it.each([0, Infinity])('is off with %s', async (idleTimeoutMs) => {
    const server = await start(async (_request, response) => {
      const frames = sseFrames(streamEvents('resp_1', 'pause'));
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write(frames[0]);
      await sleep(80);
      for (const frame of frames.slice(1)) response.write(frame);
      response.end();
    });
    const stream = await clientFor(server, { idleTimeoutMs }).responses.create({ ...body, stream: true });
    const { events, error } = await collect(stream);
    expect(error).toBeUndefined();
    expect(events).toHaveLength(6);
  });
});

describe('abort', () => {
  it('before the headers is an APIUserAbortError carrying signal.reason, and closes the connection', async () => {
    let gone: Promise<void> | undefined;
    const controller = new AbortController();
    const reason = new Error('the user closed the tab');
    // Aborted once the server has the request, and before it answers: no timer to race.
    const server = await start((_request, response) => {
      gone = closed(response);
      controller.abort(reason);
    });
    const error = await rejection(clientFor(server).responses.create(body, { signal: controller.signal }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(error).toMatchObject({ name: 'APIUserAbortError' });
    expect((error as APIUserAbortError).reason).toBe(reason);
    expect((error as Error).cause).toBe(reason);
    await gone;
    expect(server.requests).toHaveLength(1);
  });

  it('with a signal aborted already sends nothing', async () => {
    const server = await start((_request, response) => json(response, responseBody('resp_1', 'x')));
    const error = await rejection(
      clientFor(server).responses.create(body, { signal: AbortSignal.abort('changed my mind') }),
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect((error as APIUserAbortError).reason).toBe('changed my mind');
    expect(server.requests).toHaveLength(0);
  });

  it('before the headers of a stream is also an APIUserAbortError', async () => {
    const controller = new AbortController();
    const server = await start(() => controller.abort());
    const error = await rejection(
      clientFor(server).responses.create({ ...body, stream: true }, { signal: controller.signal }),
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect((error as APIUserAbortError).reason).toBeInstanceOf(DOMException);
    expect(server.requests).toHaveLength(1);
  });

  it('during a retry wait is an APIUserAbortError, without another attempt', async () => {
    const server = await start((_request, response) =>
      json(response, { detail: 'busy' }, { 'retry-after': '5' }, 503),
    );
    const controller = new AbortController();
    // Aborted as the client announces the 5 s wait; had the wait gone on, a second attempt would follow it.
    const logger = { error() {}, warn() {}, debug() {}, info: () => controller.abort('stop waiting') };
    const client = clientFor(server, { logLevel: 'info', logger });
    const error = await rejection(client.responses.create(body, { signal: controller.signal }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect((error as APIUserAbortError).reason).toBe('stop waiting');
    expect(server.requests).toHaveLength(1);
  }, 4_000);

  it('mid-stream is a StreamError aborted, and closes the connection', async () => {
    let gone: Promise<void> | undefined;
    const server = await start((_request, response) => {
      gone = closed(response);
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write(sseFrames(streamEvents('resp_1', 'x'))[0]);
    });
    const controller = new AbortController();
    const stream = await clientFor(server).responses.create(
      { ...body, stream: true },
      { signal: controller.signal },
    );
    const iterator = stream[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toMatchObject({ type: 'response.created' });
    controller.abort(new Error('enough'));
    const error = await rejection(iterator.next());
    expect(error).toBeInstanceOf(StreamError);
    expect(error).toMatchObject({ type: 'aborted' });
    await expect(stream.finalResponse()).rejects.toMatchObject({ type: 'aborted' });
    await gone;
  });

  it('does not fire after a completed call (the timers and listeners are gone)', async () => {
    const server = await start((_request, response) => json(response, responseBody('resp_1', 'done')));
    const controller = new AbortController();
    const result = await clientFor(server, { timeout: 50 }).responses.create(body, {
      signal: controller.signal,
    });
    await sleep(80);
    controller.abort();
    expect(result.output_text).toBe('done');
  });
});

describe('redirects', () => {
  it.each([301, 302, 303, 307, 308])(
    'a %i is an APIError naming the location, and nothing reaches the other origin',
    async (status) => {
      const elsewhere = await start((_request, response) =>
        json(response, responseBody('resp_x', 'elsewhere')),
      );
      const server = await start((_request, response) => {
        response.writeHead(status, { location: `${elsewhere.url}/collect` });
        response.end();
      });
      const error = await rejection(
        clientFor(server, { llmApiKey: LLM_KEY }).responses.create(body, { policy: { mode: 'strict' } }),
      );
      expect(error).toBeInstanceOf(APIError);
      expect(error).toMatchObject({ status });
      expect((error as Error).message).toBe(
        `${status} redirect to ${elsewhere.url}/collect: POST /control/chat/v1/responses; set baseURL to the ` +
          'address that answers (redirects are not followed: they would re-send the keys).',
      );
      expect(elsewhere.requests).toHaveLength(0);
      expect(server.requests).toHaveLength(1);
    },
  );
});

describe('a reply that is not what was asked for', () => {
  it('a non-stream reply to stream: true fails when read, naming the content type', async () => {
    const server = await start((_request, response) => json(response, responseBody('resp_1', 'x')));
    const stream = await clientFor(server).responses.create({ ...body, stream: true });
    const { error } = await collect(stream);
    expect(error).toBeInstanceOf(SequrityError);
    expect(error).toMatchObject({ type: 'not-event-stream' });
  });
});

describe('maxResponseBytes', () => {
  const reply = responseBody('resp_1', 'x'.repeat(1000));
  const size = JSON.stringify(reply).length;

  it('lets a JSON reply of exactly maxResponseBytes through', async () => {
    const server = await start((_request, response) => json(response, reply));
    const result = await clientFor(server, { maxResponseBytes: size }).responses.create(body);
    expect(result.output_text).toBe('x'.repeat(1000));
  });

  it('fails a larger JSON reply with response-too-large naming the option, and does not retry it', async () => {
    const server = await start((_request, response) => json(response, reply));
    const error = await rejection(clientFor(server, { maxResponseBytes: size - 1 }).responses.create(body));
    expect(error).toBeInstanceOf(StreamError);
    expect(error).toMatchObject({ type: 'response-too-large' });
    expect((error as Error).message).toBe(
      `POST /control/chat/v1/responses answered 200 with a body over ${size - 1} bytes (the maxResponseBytes ` +
        'option); the rest was cancelled. Raise maxResponseBytes if such a reply is expected.',
    );
    expect(server.requests).toHaveLength(1);
  });

  it('per call wins over the client, and Infinity switches it off', async () => {
    const server = await start((_request, response) => json(response, reply));
    const client = clientFor(server, { maxResponseBytes: 10 });
    expect((await client.responses.create(body, { maxResponseBytes: Infinity })).id).toBe('resp_1');
    const error = await rejection(clientFor(server).responses.create(body, { maxResponseBytes: 10 }));
    expect(error).toMatchObject({ type: 'response-too-large' });
  });

  it('bounds the total a stream receives', async () => {
    const server = await start((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      for (const frame of sseFrames(streamEvents('resp_1', 'y'.repeat(4000)))) response.write(frame);
      response.end();
    });
    const stream = await clientFor(server).responses.create(
      { ...body, stream: true },
      { maxResponseBytes: 3000 },
    );
    const { events, error } = await collect(stream);
    expect(error).toMatchObject({ type: 'response-too-large' });
    expect((error as Error).message).toContain('more than 3000 bytes (the maxResponseBytes option)');
    expect(events.length).toBeLessThan(6);
  });

  it.each<[string, unknown, ErrorConstructor]>([
    ['0', 0, RangeError],
    ['a fraction', 2.5, RangeError],
    // A TypeError or a RangeError, as the option table reports it.
    ['a string', '1000', Error],
  ])('rejects %s, naming the option, in the client and per call', async (_name, value, ErrorClass) => {
    const server = await start((_request, response) => json(response, reply));
    const options = { maxResponseBytes: value as number };
    expect(() => clientFor(server, options)).toThrow(ErrorClass);
    expect(() => clientFor(server, options)).toThrow(/^maxResponseBytes must be/);
    await expect(clientFor(server).responses.create(body, options)).rejects.toThrow(
      /^maxResponseBytes must be/,
    );
    expect(server.requests).toHaveLength(0);
  });
});
