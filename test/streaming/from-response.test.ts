// ResponseStream.fromResponse on real HTTP replies from a loopback server, read both with fetch directly and through
// the low-level client (openapi-fetch), which has already read an error reply's body when the stream sees it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  APIError,
  AuthenticationError,
  InternalServerError,
  RateLimitError,
  StreamError,
} from '../../src/errors/index.js';
import { ResponseStream, type StreamReply } from '../../src/index.js';
import { createLowLevelClient } from '../../src/spec.js';
import { collect } from '../helpers/collect.js';
import { TEXT, textEvents } from '../helpers/events.js';
import { reply, startServer, type TestServer } from '../helpers/http-server.js';
import { sseText } from '../helpers/sse.js';

const json = { 'content-type': 'application/json' };
const eventStream = { 'content-type': 'text/event-stream' };

/** What the server answers, by the `x-test-reply` request header. */
const REPLIES: Record<string, { status: number; headers: Record<string, string>; body: string | string[] }> =
  {
    overloaded: {
      status: 500,
      headers: { ...json, 'x-request-id': 'req_500' },
      body: JSON.stringify({
        error: { message: 'The model is overloaded', type: 'server_error', code: 'overloaded' },
      }),
    },
    'bad-key': {
      status: 401,
      headers: { ...json, 'x-request-id': 'req_401' },
      body: JSON.stringify({
        error: {
          message: 'Incorrect API key provided: sk-proj-abcdefghijklmnop',
          type: 'invalid_request_error',
          param: 'authorization',
          code: 'invalid_api_key',
        },
      }),
    },
    'fastapi-429': {
      status: 429,
      headers: { ...json, 'retry-after': '2' },
      body: JSON.stringify({ detail: 'Rate limit exceeded for this session' }),
    },
    'text-502': { status: 502, headers: { 'content-type': 'text/plain' }, body: 'upstream connect error' },
    'huge-500': {
      status: 500,
      headers: { 'content-type': 'text/plain' },
      body: ['z'.repeat(100_000), 'z'.repeat(100_000)],
    },
    json: { status: 200, headers: json, body: JSON.stringify(textEvents[5].response) },
    stream: {
      status: 200,
      headers: { ...eventStream, 'x-request-id': 'req_ok', 'x-session-id': 'sess-ok' },
      body: [sseText(textEvents.slice(0, 3)), sseText(textEvents.slice(3))],
    },
  };

let server: TestServer;
beforeAll(async () => {
  server = await startServer((request, response) => {
    const name = String(request.headers['x-test-reply']);
    const { status, headers, body } = REPLIES[name] ?? { status: 404, headers: {}, body: '' };
    reply(response, status, headers, body);
  });
});
afterAll(() => server.close());

/** The reply named `name`, read with `fetch` itself. */
const viaFetch = (name: string): Promise<StreamReply> =>
  fetch(`${server.url}/control/chat/v1/responses`, { method: 'POST', headers: { 'x-test-reply': name } });

/** The reply named `name`, read through the low-level client (openapi-fetch), with `fetch` injected. */
const viaClient = (name: string, parseAs: 'stream' | 'json' = 'stream'): Promise<StreamReply> =>
  createLowLevelClient({ baseUrl: server.url, fetch: (request) => fetch(request) }).createResponse({
    params: { path: { endpoint_type: 'chat' } },
    body: { model: 'gpt-5-mini', input: 'Hi', stream: true },
    headers: { 'x-test-reply': name },
    parseAs,
  });

const ways = [
  ['a fetch Response', viaFetch],
  ["openapi-fetch's result", viaClient],
] as const;

describe.each(ways)('ResponseStream.fromResponse(%s)', (_way, send) => {
  it('streams a text/event-stream reply, with its request and session ids', async () => {
    const stream = ResponseStream.fromResponse(await send('stream'));
    const { events, error } = await collect(stream);
    expect(error).toBeUndefined();
    expect(events).toEqual(textEvents);
    expect([stream.requestId, stream.sessionId]).toEqual(['req_ok', 'sess-ok']);
    expect((await stream.finalResponse()).output_text).toBe(TEXT);
  });

  it("fails a 500 with an InternalServerError that carries the server's message, status, body and ids", async () => {
    const stream = ResponseStream.fromResponse(await send('overloaded'));
    const { events, error } = await collect(stream);
    expect(events).toEqual([]);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toBeInstanceOf(APIError);
    expect(error).not.toBeInstanceOf(StreamError);
    const apiError = error as APIError;
    expect(apiError.message).toBe(
      '500 The model is overloaded: /control/chat/v1/responses (request req_500)',
    );
    expect(apiError).toMatchObject({
      status: 500,
      code: 'overloaded',
      errorType: 'server_error',
      requestId: 'req_500',
      body: { error: { message: 'The model is overloaded' } },
    });
    expect(apiError.headers.get('content-type')).toBe('application/json');
    await expect(stream.finalResponse()).rejects.toBe(error);
  });

  it('fails a 401 with an AuthenticationError whose code and param are read and whose key is masked', async () => {
    const { error } = await collect(ResponseStream.fromResponse(await send('bad-key')));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({
      status: 401,
      code: 'invalid_api_key',
      param: 'authorization',
      requestId: 'req_401',
    });
    expect((error as Error).message).toMatch(/^401 Incorrect API key provided: sk-proj-\*\*\*: \/control/);
    expect(JSON.stringify(error)).not.toContain('abcdefghijklmnop');
  });

  it("reads FastAPI's `detail` and a plain-text body too", async () => {
    const limited = (await collect(ResponseStream.fromResponse(await send('fastapi-429')))).error;
    expect(limited).toBeInstanceOf(RateLimitError);
    expect((limited as APIError).message).toContain('429 Rate limit exceeded for this session');
    expect((limited as APIError).headers.get('retry-after')).toBe('2');
    const upstream = (await collect(ResponseStream.fromResponse(await send('text-502')))).error;
    expect(upstream).toMatchObject({ status: 502, body: 'upstream connect error' });
    expect((upstream as Error).message).toContain('502 upstream connect error');
  });

  it('reads at most 64 KiB of an error body', async () => {
    const { error } = await collect(ResponseStream.fromResponse(await send('huge-500')));
    expect(error).toMatchObject({ status: 500, body: 'z'.repeat(64 * 1024) });
  });

  it('fails a successful JSON reply with not-event-stream, not a SyntaxError', async () => {
    const { error } = await collect(ResponseStream.fromResponse(await send('json')));
    expect(error).toBeInstanceOf(StreamError);
    expect(error).toMatchObject({
      type: 'not-event-stream',
      message: expect.stringContaining('application/json'),
    });
  });
});

describe("ResponseStream.fromResponse(openapi-fetch's result without parseAs: 'stream')", () => {
  it('fails a JSON reply that openapi-fetch already parsed with not-event-stream', async () => {
    const result = await viaClient('json', 'json');
    expect(result).toMatchObject({ data: { id: 'resp_1' } });
    const { error } = await collect(ResponseStream.fromResponse(result));
    expect(error).toMatchObject({ type: 'not-event-stream' });
  });
});
