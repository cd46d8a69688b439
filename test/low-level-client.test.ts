import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';

import {
  createLowLevelClient,
  encodeJsonHeaders,
  type LowLevelClient,
  type Response as ResponseObject,
} from '../src/index.js';
import { reply, startServer, type ReceivedRequest, type TestServer } from './helpers/http-server.js';
import { components } from './helpers/spec-tooling.js';
import { sse } from './helpers/sse.js';

// ---------------------------------------------------------------------------------------------------------------
// A real HTTP server on 127.0.0.1 that records each request and answers with the reply the test set up.
// ---------------------------------------------------------------------------------------------------------------

interface Reply {
  status: number;
  headers: Record<string, string>;
  /** Written in this many pieces, so a streamed body really arrives in parts. */
  chunks: string[];
}

let nextReply: Reply = { status: 500, headers: {}, chunks: ['no reply set up'] };

/** Sets what the server answers to the next request. */
function replyWith(next: Reply): void {
  nextReply = next;
}

/** The request the server received last. */
function lastRequest(): ReceivedRequest {
  const request = server.requests.at(-1);
  if (!request) throw new Error('The server received no request');
  return request;
}

let server: TestServer;
let client: LowLevelClient;

beforeAll(async () => {
  server = await startServer((_request, response) => {
    reply(response, nextReply.status, nextReply.headers, nextReply.chunks);
  });
  client = createLowLevelClient({ baseUrl: server.url, headers: { Authorization: 'Bearer sk-test' } });
});

afterAll(() => server.close());

// Example documents of the spec, as the server sends them.
const example = (name: string): { type?: string } => {
  const found = components['examples']?.[name] as { value: { type?: string } } | undefined;
  if (!found) throw new Error(`No example ${name} in the spec`);
  return found.value;
};

const completedResponse = example('ResponseCompleted');

/** One server-sent event frame, as the Responses API writes it. */
const frame = (event: { type?: string }): string => sse.event({ type: '', ...event });

/** An OpenAI-style 401 body, byte for byte as recorded by dd-trace-py (fixture `response_error`). */
const invalidApiKeyBody =
  '{\n  "error": {\n    "message": "Incorrect API key provided: <not-a-r****key>. You can find your API key at https://platform.openai.com/account/api-keys.",\n    "type": "invalid_request_error",\n    "param": null,\n    "code": "invalid_api_key"\n  }\n}';

const json = { 'content-type': 'application/json' };

// ---------------------------------------------------------------------------------------------------------------

describe('the generated low-level client', () => {
  it('POSTs createResponse to /control/{endpoint_type}/v1/responses with the JSON body and header documents', async () => {
    replyWith({
      status: 200,
      headers: { ...json, 'X-Session-ID': 'session-1' },
      chunks: [JSON.stringify(completedResponse)],
    });
    const body = { model: 'gpt-5-mini', input: 'What is 2 + 2?', temperature: 0.2 };

    const { data, error, response } = await client.createResponse({
      params: {
        path: { endpoint_type: 'chat' },
        header: encodeJsonHeaders({
          'X-Features': { agent_arch: 'dual-llm', content_blockers: [{ name: 'url_blocker' }] },
          'X-Policy': undefined,
          'X-Config': { fsm: { max_n_turns: 5, enabled_internal_tools: [] } },
        }),
      },
      body,
    });

    const request = lastRequest();
    expect([request.method, request.url]).toEqual(['POST', '/control/chat/v1/responses']);
    expect(request.headers['authorization']).toBe('Bearer sk-test');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['x-features']).toBe(
      '{"agent_arch":"dual-llm","content_blockers":[{"name":"url_blocker"}]}',
    );
    expect(request.headers['x-config']).toBe('{"fsm":{"max_n_turns":5,"enabled_internal_tools":[]}}');
    expect(request.headers).not.toHaveProperty('x-policy');
    expect(JSON.parse(request.body)).toEqual(body);

    expect(error).toBeUndefined();
    expect(data).toEqual(completedResponse);
    expect(response.headers.get('x-session-id')).toBe('session-1');
  });

  it('builds /control/{endpoint_type}/{provider}/v1/responses for createResponseWithProvider', async () => {
    replyWith({ status: 200, headers: json, chunks: [JSON.stringify(completedResponse)] });

    const { data } = await client.createResponseWithProvider({
      params: { path: { endpoint_type: 'code', provider: 'openai' } },
      body: { model: 'gpt-5-mini', input: 'Hi' },
    });

    expect([lastRequest().method, lastRequest().url]).toEqual(['POST', '/control/code/openai/v1/responses']);
    expect(JSON.parse(lastRequest().body)).toEqual({ model: 'gpt-5-mini', input: 'Hi' });
    expect(data).toEqual(completedResponse);
  });

  it('returns a 401 error body as `error`, with no `data`', async () => {
    replyWith({
      status: 401,
      headers: { ...json, 'x-request-id': 'req_a2233fd9185402ec4253a4bfff19c965' },
      chunks: [invalidApiKeyBody],
    });

    const { data, error, response } = await client.createResponse({
      params: { path: { endpoint_type: 'chat' } },
      body: { model: 'gpt-5-mini', input: 'Hi' },
    });

    expect(data).toBeUndefined();
    expect(error).toEqual({
      error: {
        message:
          'Incorrect API key provided: <not-a-r****key>. You can find your API key at https://platform.openai.com/account/api-keys.',
        type: 'invalid_request_error',
        param: null,
        code: 'invalid_api_key',
      },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('x-request-id')).toBe('req_a2233fd9185402ec4253a4bfff19c965');
  });

  describe('reading the reply as the body asks', () => {
    const streamFrames = (): string[] =>
      ['EventResponseCreated', 'EventOutputTextDelta', 'EventResponseCompleted'].map((name) =>
        frame(example(name)),
      );

    it('hands over the unread event-stream body for stream: true, without parseAs', async () => {
      const frames = streamFrames();
      replyWith({ status: 200, headers: { 'content-type': 'text/event-stream' }, chunks: frames });

      const { data, error, response } = await client.createResponse({
        params: { path: { endpoint_type: 'chat' } },
        body: { model: 'gpt-5-mini', input: 'Hi', stream: true },
      });
      expectTypeOf(data).toEqualTypeOf<globalThis.Response['body'] | undefined>();

      expect(JSON.parse(lastRequest().body)).toEqual({ model: 'gpt-5-mini', input: 'Hi', stream: true });
      expect(error).toBeUndefined();
      expect(response.headers.get('content-type')).toBe('text/event-stream');
      expect(data).toBeInstanceOf(ReadableStream);
      // Nothing was read yet: `data` is the response's own body, so ResponseStream.fromResponse(response) works too.
      expect(response.bodyUsed).toBe(false);
      expect(data).toBe(response.body);
      // Read to the end as UTF-8: the bytes are exactly what the server sent, in order.
      expect(await new Response(data).text()).toBe(frames.join(''));
    });

    it('does the same for createResponseWithProvider', async () => {
      const frames = streamFrames();
      replyWith({ status: 200, headers: { 'content-type': 'text/event-stream' }, chunks: frames });

      const { data, response } = await client.createResponseWithProvider({
        params: { path: { endpoint_type: 'code', provider: 'openai' } },
        body: { model: 'gpt-5-mini', input: 'Hi', stream: true },
      });

      expect(lastRequest().url).toBe('/control/code/openai/v1/responses');
      expect(response.bodyUsed).toBe(false);
      expect(await new Response(data).text()).toBe(frames.join(''));
    });

    it('parses the JSON reply for stream: false', async () => {
      replyWith({ status: 200, headers: json, chunks: [JSON.stringify(completedResponse)] });

      const { data } = await client.createResponse({
        params: { path: { endpoint_type: 'chat' } },
        body: { model: 'gpt-5-mini', input: 'Hi', stream: false },
      });

      expect(data).toEqual(completedResponse);
    });

    it('keeps the parseAs the caller passed', async () => {
      const frames = streamFrames();
      replyWith({ status: 200, headers: { 'content-type': 'text/event-stream' }, chunks: frames });

      const { data } = await client.createResponse({
        params: { path: { endpoint_type: 'chat' } },
        body: { model: 'gpt-5-mini', input: 'Hi', stream: true },
        parseAs: 'text',
      });
      expectTypeOf(data).toEqualTypeOf<string | undefined>();

      expect(data).toBe(frames.join(''));
    });

    it('types data as either when stream is only known to be a boolean', async () => {
      replyWith({ status: 200, headers: json, chunks: [JSON.stringify(completedResponse)] });
      const stream: boolean = JSON.parse('false') as boolean;

      const { data } = await client.createResponse({
        params: { path: { endpoint_type: 'chat' } },
        body: { model: 'gpt-5-mini', input: 'Hi', stream },
      });
      // The call may stream or not, so `data` is typed as either (structurally: openapi-fetch maps it through Readable<>).
      expectTypeOf(data).branded.toEqualTypeOf<ResponseObject | globalThis.Response['body'] | undefined>();

      expect(data).toEqual(completedResponse);
    });
  });
});

describe('the safe defaults of createLowLevelClient', () => {
  const call = (target: LowLevelClient) =>
    target.createResponse({
      params: { path: { endpoint_type: 'chat' } },
      body: { model: 'gpt-5-mini', input: 'Hi' },
    });

  it('reads at most 64 KiB of an error body, keeping the status, headers and URL', async () => {
    replyWith({
      status: 500,
      headers: { 'x-request-id': 'req_1' },
      chunks: ['e'.repeat(100_000), 'f'.repeat(100_000)],
    });
    const { error, response } = await call(client);
    expect(error).toBe('e'.repeat(64 * 1024));
    expect([response.status, response.headers.get('x-request-id')]).toEqual([500, 'req_1']);
    expect(response.url).toBe(`${server.url}/control/chat/v1/responses`);
  });

  it('keeps a status above 599, which a Response cannot be built with', async () => {
    replyWith({ status: 799, headers: {}, chunks: ['odd'] });
    const { error, response } = await call(client);
    expect([response.status, response.ok, error]).toEqual([799, false, 'odd']);
  });

  it('fails a JSON reply over maxResponseBytes with response-too-large', async () => {
    replyWith({ status: 200, headers: json, chunks: [JSON.stringify(completedResponse)] });
    const small = createLowLevelClient({ baseUrl: server.url, maxResponseBytes: 100 });
    await expect(call(small)).rejects.toMatchObject({ name: 'StreamError', type: 'response-too-large' });
    const unlimited = createLowLevelClient({ baseUrl: server.url, maxResponseBytes: Infinity });
    expect((await call(unlimited)).data).toEqual(completedResponse);
  });

  it('rejects an invalid maxResponseBytes when the client is created', () => {
    expect(() => createLowLevelClient({ maxResponseBytes: 0 })).toThrow(RangeError);
    expect(() => createLowLevelClient({ maxResponseBytes: 0 })).toThrow(/^maxResponseBytes must be/);
  });
});

describe('encodeJsonHeaders', () => {
  it('sends each document as its JSON text and leaves out undefined ones', () => {
    expect(
      encodeJsonHeaders({
        'X-Features': { agent_arch: 'single-llm' },
        'X-Policy': undefined,
        'X-Config': { fsm: { max_n_turns: 2 } },
      }),
    ).toEqual({
      'X-Features': '{"agent_arch":"single-llm"}',
      'X-Config': '{"fsm":{"max_n_turns":2}}',
    });
    expect(encodeJsonHeaders({})).toEqual({});
  });

  it('writes non-ASCII text as \\u escapes, so new Headers() and fetch accept it, and JSON.parse gives it back', () => {
    const policy = {
      codes: { code: 'tool "envoyer_e-mail" { must deny when body.tags overlaps {"secret"}; } // é ✓ 🌍' },
    };
    const header = encodeJsonHeaders({ 'X-Policy': policy, 'X-Features': { agent_arch: 'dual-llm' } });
    const headers = new Headers(header);
    const sent = headers.get('X-Policy') ?? '';
    expect(sent).toMatch(/^[\x20-\x7e]+$/);
    expect(sent).toContain('\\u00e9 \\u2713 \\ud83c\\udf0d');
    expect(JSON.parse(sent)).toEqual(policy);
    expect(headers.get('X-Features')).toBe('{"agent_arch":"dual-llm"}');
  });

  it('is the encoder SequrityClient uses: the same value and the same size limit', () => {
    const big = { codes: { code: 'x'.repeat(9000) } };
    expect(() => encodeJsonHeaders({ 'X-Policy': big })).toThrow(
      /^The X-Policy header is 9021 bytes, more than maxHeaderBytes \(8192\)/,
    );
    expect(encodeJsonHeaders({ 'X-Policy': big }, { maxHeaderBytes: Infinity })['X-Policy']).toHaveLength(
      9021,
    );
  });
});
