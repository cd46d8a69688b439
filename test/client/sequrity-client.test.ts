// SequrityClient: construction (credentials, base URL, option checks), the URL of every route, the body that is
// sent, and what `responses.create` returns — all against a real node:http server on 127.0.0.1.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SequrityClient } from '../../src/client/sequrity-client.js';
import type { SequrityClientOptions } from '../../src/client/options.js';
import { features, policy } from '../../src/client/security-headers/index.js';
import { SequrityError, StreamError } from '../../src/errors/index.js';
import { ResponseStream } from '../../src/streaming/response-stream.js';
import type { EndpointType } from '../../src/types.js';
import { VERSION } from '../../src/version.js';
import {
  API_KEY,
  bodyOf,
  clientFor,
  json,
  rejection,
  responseBody,
  sseReply,
  streamEvents,
  useServers,
} from '../helpers/sequrity-server.js';

const start = useServers();
const body = { model: 'gpt-5-mini', input: 'Hello' };
const okServer = () => start((_request, response) => json(response, responseBody('resp_1', 'Hi!')));

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('new SequrityClient: credentials', () => {
  it('sends the apiKey option as a bearer token', async () => {
    const server = await okServer();
    await clientFor(server).responses.create(body);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it('reads the key from SEQURITY_API_KEY when the option is left out', async () => {
    const server = await okServer();
    vi.stubEnv('SEQURITY_API_KEY', 'sqrt-from-env-1234');
    await new SequrityClient({ baseURL: server.url }).responses.create(body);
    expect(server.requests[0]?.headers.authorization).toBe('Bearer sqrt-from-env-1234');
  });

  it('prefers the option over the environment', async () => {
    const server = await okServer();
    vi.stubEnv('SEQURITY_API_KEY', 'sqrt-from-env-1234');
    await clientFor(server).responses.create(body);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it.each([
    ['unset', undefined],
    ['empty', ''],
  ])('fails when no key is given and SEQURITY_API_KEY is %s, naming both', (_name, value) => {
    vi.stubEnv('SEQURITY_API_KEY', value);
    const construct = () => new SequrityClient({ baseURL: 'http://127.0.0.1:1' });
    expect(construct).toThrow(SequrityError);
    expect(construct).toThrow(/apiKey option.*SEQURITY_API_KEY/);
  });

  it('fails for an empty apiKey even when the environment has one', () => {
    vi.stubEnv('SEQURITY_API_KEY', 'sqrt-from-env-1234');
    expect(() => new SequrityClient({ apiKey: '' })).toThrow(/apiKey/);
  });
});

describe('new SequrityClient: base URL', () => {
  it('defaults to https://api.sequrity.ai', () => {
    vi.stubEnv('SEQURITY_BASE_URL', undefined);
    expect(new SequrityClient({ apiKey: API_KEY }).baseURL).toBe('https://api.sequrity.ai');
  });

  it('treats an empty SEQURITY_BASE_URL as unset', () => {
    vi.stubEnv('SEQURITY_BASE_URL', '');
    expect(new SequrityClient({ apiKey: API_KEY }).baseURL).toBe('https://api.sequrity.ai');
  });

  it('reads SEQURITY_BASE_URL, and the option wins over it', async () => {
    const server = await okServer();
    vi.stubEnv('SEQURITY_BASE_URL', server.url);
    const fromEnv = new SequrityClient({ apiKey: API_KEY });
    expect(fromEnv.baseURL).toBe(server.url);
    await fromEnv.responses.create(body);
    expect(server.requests).toHaveLength(1);
    expect(new SequrityClient({ apiKey: API_KEY, baseURL: 'http://example.test' }).baseURL).toBe(
      'http://example.test',
    );
  });

  it.each([
    ['one trailing slash', '/'],
    ['two trailing slashes', '//'],
    ['three trailing slashes', '///'],
  ])('normalises %s: no // before control', async (_name, suffix) => {
    const server = await okServer();
    const client = new SequrityClient({ apiKey: API_KEY, baseURL: `${server.url}${suffix}` });
    expect(client.baseURL).toBe(server.url);
    await client.responses.create(body);
    expect(server.requests[0]?.url).toBe('/control/chat/v1/responses');
  });

  it('keeps a path prefix (a proxy mount point) without its trailing slashes', async () => {
    const server = await okServer();
    await new SequrityClient({ apiKey: API_KEY, baseURL: `${server.url}/proxy/sequrity//` }).responses.create(
      body,
    );
    expect(server.requests[0]?.url).toBe('/proxy/sequrity/control/chat/v1/responses');
  });
});

describe('new SequrityClient: invalid options fail at construction, naming the option', () => {
  const base: SequrityClientOptions = { apiKey: API_KEY, baseURL: 'http://127.0.0.1:1' };
  it.each<[string, Record<string, unknown>, RegExp]>([
    ['a negative timeout', { timeout: -1 }, /timeout/],
    ['a NaN timeout', { timeout: NaN }, /timeout/],
    ['a string timeout', { timeout: '5000' }, /timeout/],
    ['a negative idleTimeoutMs', { idleTimeoutMs: -5 }, /idleTimeoutMs/],
    ['a NaN idleTimeoutMs', { idleTimeoutMs: NaN }, /idleTimeoutMs/],
    ['a fractional maxRetries', { maxRetries: 1.5 }, /maxRetries/],
    ['a negative maxRetries', { maxRetries: -1 }, /maxRetries/],
    ['an infinite maxRetries', { maxRetries: Infinity }, /maxRetries/],
    ['a NaN maxRetries', { maxRetries: NaN }, /maxRetries/],
    ['a numeric apiKey', { apiKey: 12345 }, /apiKey/],
    ['an object apiKey', { apiKey: { key: 'x' } }, /apiKey/],
    ['a numeric llmApiKey', { llmApiKey: 42 }, /llmApiKey/],
    [
      'an endpointType that leaves its path segment',
      { endpointType: '../admin' },
      /^endpointType must be one of chat, code, agent, lang-graph, got string\.$/,
    ],
    ['an empty endpointType', { endpointType: '' }, /endpointType/],
    ['a provider with a slash', { provider: 'openai/v2' }, /^provider must be one of openai, sequrity_azure/],
    [
      'an endpointType the spec does not list',
      { endpointType: 'chatt' },
      /^endpointType must be one of chat, code, agent, lang-graph, got "chatt"; did you mean chat\?$/,
    ],
    [
      'a provider the spec does not list',
      { provider: 'anthropic' },
      /^provider must be one of openai, sequrity_azure, got "anthropic"\.$/,
    ],
    [
      'an unknown option',
      { baseUrl: 'http://127.0.0.1:1' },
      /^baseUrl is not one of the SequrityClient options; did you mean baseURL\?$/,
    ],
    [
      'a misspelt option',
      { maxRetry: 3 },
      /^maxRetry is not one of the SequrityClient options; did you mean maxRetries\?$/,
    ],
    [
      'a logLevel in the wrong case',
      { logLevel: 'DEBUG' },
      /^logLevel must be one of off, error, warn, info, debug, got "DEBUG"; did you mean debug\?$/,
    ],
    ['a baseURL without a scheme', { baseURL: 'api.sequrity.ai' }, /baseURL/],
    ['a ftp: baseURL', { baseURL: 'ftp://api.sequrity.ai' }, /baseURL/],
    ['a file: baseURL', { baseURL: 'file:///etc/passwd' }, /baseURL/],
    ['an empty baseURL', { baseURL: '' }, /baseURL/],
    ['a baseURL with a query', { baseURL: 'https://api.sequrity.ai/?x=1' }, /baseURL/],
    [
      'a baseURL with CR LF (which URL parsing would silently drop)',
      { baseURL: 'http://127.0.0.1:1/a\r\nb' },
      /baseURL contains a control character/,
    ],
    ['a baseURL with a tab', { baseURL: 'http://127.0.0.1:1/\tx' }, /baseURL contains a control character/],
    ['a baseURL with credentials', { baseURL: 'https://user:pw@api.sequrity.ai' }, /baseURL/],
    ['an unknown logLevel', { logLevel: 'verbose' }, /logLevel/],
    ['a logger without methods', { logger: {} }, /logger/],
    ['a zero maxHeaderBytes', { maxHeaderBytes: 0 }, /maxHeaderBytes/],
    ['a fractional maxHeaderBytes', { maxHeaderBytes: 10.5 }, /maxHeaderBytes/],
    ['a fetch that is not a function', { fetch: 'fetch' }, /fetch/],
    ['features that are not an object', { features: 'dual-llm' }, /features/],
    ['a policy that is an array', { policy: [] }, /policy/],
    ['defaultHeaders that are not an object', { defaultHeaders: 'x' }, /defaultHeaders/],
    ['a defaultHeaders value that is not a string', { defaultHeaders: { 'x-a': 1 } }, /defaultHeaders/],
    ['a defaultHeaders value with a line break', { defaultHeaders: { 'x-a': 'a\r\nb' } }, /defaultHeaders/],
    ['a defaultHeaders name that is not a token', { defaultHeaders: { 'x a': 'b' } }, /defaultHeaders/],
    ['defaultHeaders naming one header twice', { defaultHeaders: { 'X-A': '1', 'x-a': '2' } }, /twice/],
    ['retry that is not an object', { retry: true }, /retry/],
    ['retry.statuses that are not numbers', { retry: { statuses: ['429'] } }, /retry\.statuses/],
    ['retry.shouldRetry that is not a function', { retry: { shouldRetry: true } }, /retry\.shouldRetry/],
    ['an apiKey with a line break', { apiKey: 'sqrt\r\nX-Evil: 1' }, /apiKey/],
    ['an llmApiKey with a line break', { llmApiKey: 'byok\nX-Evil: 1' }, /llmApiKey/],
  ])('%s', (_name, options, message) => {
    expect(() => new SequrityClient({ ...base, ...options } as SequrityClientOptions)).toThrow(message);
  });

  it('fails for a default security header over maxHeaderBytes, naming the header', () => {
    expect(() => new SequrityClient({ ...base, policy: policy.dualLlm(), maxHeaderBytes: 64 })).toThrow(
      /The X-Policy header is \d+ bytes, more than maxHeaderBytes \(64\)/,
    );
  });

  it('fails for a default security document with a cycle, naming the option', () => {
    const document: Record<string, unknown> = { agent_arch: 'dual-llm' };
    document['self'] = document;
    expect(() => new SequrityClient({ ...base, features: document })).toThrow(
      /features contains a circular reference/,
    );
  });

  it('fails for options that are not an object', () => {
    expect(() => new SequrityClient(null as never)).toThrow(/options must be an object/);
  });

  it('fails for an invalid SEQURITY_BASE_URL, naming the variable', () => {
    vi.stubEnv('SEQURITY_BASE_URL', 'localhost:8000');
    expect(() => new SequrityClient({ apiKey: API_KEY })).toThrow(/SEQURITY_BASE_URL/);
  });

  it('fails for an invalid SEQURITY_LOG, naming the variable', () => {
    vi.stubEnv('SEQURITY_LOG', 'loud');
    expect(() => new SequrityClient(base)).toThrow(
      /^SEQURITY_LOG .*must be one of off, error, warn, info, debug/,
    );
  });

  it('does not echo the credentials of a baseURL it refuses', () => {
    expect(() => new SequrityClient({ apiKey: API_KEY, baseURL: 'https://me:hunter22@x.test' })).toThrow(
      /^baseURL must not contain credentials; pass the key as the apiKey option\.$/,
    );
  });

  it('accepts 0 and Infinity as "no timeout"', () => {
    expect(new SequrityClient({ ...base, timeout: 0, idleTimeoutMs: Infinity }).baseURL).toBe(
      'http://127.0.0.1:1',
    );
  });
});

describe('the options object', () => {
  it('is copied: changing it later changes nothing the client sends', async () => {
    const server = await okServer();
    const options = {
      apiKey: API_KEY,
      baseURL: server.url,
      llmApiKey: 'byok-original-1234',
      features: features.singleLlm(),
      endpointType: 'chat' as EndpointType,
    };
    const client = new SequrityClient(options);
    options.llmApiKey = 'byok-changed-5678';
    options.features.agent_arch = 'dual-llm';
    options.endpointType = 'code';
    await client.responses.create(body);
    const [request] = server.requests;
    expect(request?.url).toBe('/control/chat/v1/responses');
    expect(request?.headers['x-api-key']).toBe('byok-original-1234');
    expect(request?.headers['x-features']).toBe('{"agent_arch":"single-llm"}');
  });
});

describe('the URL of each route', () => {
  const endpointTypes = ['chat', 'code', 'agent', 'lang-graph'] as const;
  const providers = [undefined, 'openai', 'sequrity_azure'] as const;
  const cases = endpointTypes.flatMap((endpointType) =>
    providers.map((provider) => ({
      endpointType,
      provider,
      path: `/control/${endpointType}/${provider === undefined ? '' : `${provider}/`}v1/responses`,
    })),
  );

  it.each(cases)(
    'client default $endpointType / $provider → $path',
    async ({ endpointType, provider, path }) => {
      const server = await okServer();
      await clientFor(server, { endpointType, provider }).responses.create(body);
      expect(server.requests.map((request) => [request.method, request.url])).toEqual([['POST', path]]);
    },
  );

  it.each(cases)('per call $endpointType / $provider → $path', async ({ endpointType, provider, path }) => {
    const server = await okServer();
    // The client's own defaults differ from every case, so the per-call value must win.
    const client = clientFor(server, { endpointType: 'agent', provider: 'openai' });
    await client.responses.create(body, { endpointType, provider: provider ?? null });
    expect(server.requests.map((request) => request.url)).toEqual([path]);
  });

  it('defaults to the chat endpoint on the default route', async () => {
    const server = await okServer();
    await clientFor(server).responses.create(body);
    expect(server.requests[0]?.url).toBe('/control/chat/v1/responses');
  });

  it('provider: null per call takes the default route although the client names a provider', async () => {
    const server = await okServer();
    const client = clientFor(server, { endpointType: 'code', provider: 'sequrity_azure' });
    await client.responses.create(body, { provider: null });
    await client.responses.create(body);
    expect(server.requests.map((request) => request.url)).toEqual([
      '/control/code/v1/responses',
      '/control/code/sequrity_azure/v1/responses',
    ]);
  });

  it('rejects a per-call provider or endpointType that is not a string', async () => {
    const server = await okServer();
    const client = clientFor(server);
    await expect(client.responses.create(body, { provider: 1 as never })).rejects.toThrow(/provider/);
    await expect(client.responses.create(body, { endpointType: {} as never })).rejects.toThrow(
      /endpointType/,
    );
    await expect(client.responses.create(body, { endpointType: '..' as never })).rejects.toThrow(
      /^endpointType must be one of chat, code, agent, lang-graph, got string\.$/,
    );
    await expect(client.responses.create(body, { endpointType: 'Code' as never })).rejects.toThrow(
      /^endpointType must be one of chat, code, agent, lang-graph, got "Code"; did you mean code\?$/,
    );
    await expect(client.responses.create(body, { timeoutMs: 5 } as never)).rejects.toThrow(
      new TypeError('timeoutMs is not one of the request options; did you mean timeout?'),
    );
    await expect(client.responses.create(body, { provider: '' as never })).rejects.toThrow(/provider/);
    expect(server.requests).toHaveLength(0);
  });
});

describe('the request body', () => {
  it('is the body as given, as JSON', async () => {
    const server = await okServer();
    const sent = {
      model: 'gpt-5-mini',
      input: [{ role: 'user' as const, content: 'Grüße 🌍' }],
      temperature: 0.2,
      metadata: { run: '7' },
    };
    await clientFor(server).responses.create(sent);
    expect(server.requests[0]?.headers['content-type']).toBe('application/json');
    expect(bodyOf(server.requests[0])).toEqual(sent);
  });

  it('merges extraBody into it, extra fields over typed ones', async () => {
    const server = await okServer();
    await clientFor(server).responses.create(
      { model: 'gpt-5-mini', input: 'x', temperature: 1 },
      { extraBody: { brand_new_field: { nested: [1, 2] }, temperature: 0 } },
    );
    expect(bodyOf(server.requests[0])).toEqual({
      model: 'gpt-5-mini',
      input: 'x',
      temperature: 0,
      brand_new_field: { nested: [1, 2] },
    });
  });

  it('never sends a timeout field (it is a client-side deadline)', async () => {
    const server = await okServer();
    await clientFor(server).responses.create({ ...body, timeout: 30 } as never);
    expect(bodyOf(server.requests[0])).toEqual(body);
    expect(server.requests[0]?.body).not.toContain('timeout');
  });

  it('refuses a body that is not an object, and a bad timeout in it', async () => {
    const server = await okServer();
    const client = clientFor(server);
    await expect(client.responses.create(null as never)).rejects.toThrow(/request body must be an object/);
    await expect(client.responses.create('hi' as never)).rejects.toThrow(/request body must be an object/);
    await expect(client.responses.create({ ...body, timeout: -1 } as never)).rejects.toThrow(
      /timeout \(in the body, in seconds\)/,
    );
    expect(server.requests).toHaveLength(0);
  });

  it('refuses stream in extraBody, which would not change the return type', async () => {
    const server = await okServer();
    await expect(clientFor(server).responses.create(body, { extraBody: { stream: true } })).rejects.toThrow(
      /extraBody may not set stream/,
    );
    expect(server.requests).toHaveLength(0);
  });

  it('refuses an extraBody that is not a plain object', async () => {
    const server = await okServer();
    await expect(clientFor(server).responses.create(body, { extraBody: 'stream' as never })).rejects.toThrow(
      /extraBody/,
    );
    expect(server.requests).toHaveLength(0);
  });
});

describe('responses.create without stream', () => {
  it('returns the response with output_text, session_id from X-Session-ID and request_id', async () => {
    const server = await start((_request, response) =>
      json(response, responseBody('resp_9', 'The answer is 97.'), {
        'x-session-id': 'sess-1',
        'x-request-id': 'req_abc',
      }),
    );
    const result = await clientFor(server).responses.create(body);
    expect(result).toMatchObject({
      id: 'resp_9',
      status: 'completed',
      output_text: 'The answer is 97.',
      session_id: 'sess-1',
      request_id: 'req_abc',
    });
    expect(server.requests[0]?.headers.accept).toBe('application/json');
  });

  it('takes session_id from the body when the header is missing, and leaves both out when neither has one', async () => {
    const replies = [responseBody('resp_1', 'a', { session_id: 'sess-body' }), responseBody('resp_2', 'b')];
    const server = await start((_request, response) => json(response, replies.shift()));
    const client = clientFor(server);
    const first = await client.responses.create(body);
    expect(first.session_id).toBe('sess-body');
    const second = await client.responses.create(body);
    expect(second).not.toHaveProperty('session_id');
    expect(second).not.toHaveProperty('request_id');
  });

  it('joins the text of every output_text part', async () => {
    const server = await start((_request, response) =>
      json(response, {
        ...responseBody('resp_1', ''),
        output: [
          {
            id: 'msg_1',
            type: 'message',
            role: 'assistant',
            status: 'completed',
            content: [
              { type: 'output_text', text: 'one ', annotations: [] },
              { type: 'output_text', text: 'two', annotations: [] },
            ],
          },
        ],
      }),
    );
    expect((await clientFor(server).responses.create(body)).output_text).toBe('one two');
  });

  it('returns a policy denial (200 with status "failed") instead of throwing', async () => {
    const denial = responseBody('resp_denied', "Tool call 'send_email' is denied by policy.", {
      status: 'failed',
      error: { code: 'server_error', message: "'send_email' is denied" },
    });
    const server = await start((_request, response) => json(response, denial));
    const result = await clientFor(server).responses.create(body);
    expect(result.status).toBe('failed');
    expect(result.error).toEqual({ code: 'server_error', message: "'send_email' is denied" });
    expect(result.output_text).toContain("'send_email' is denied");
  });

  it("fails with a StreamError 'invalid-json' for a 2xx reply that is not JSON, without quoting it", async () => {
    const server = await start((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('not json');
    });
    const error = await rejection(clientFor(server).responses.create(body));
    expect(error).toBeInstanceOf(StreamError);
    expect(error).toMatchObject({ type: 'invalid-json' });
    expect((error as Error).cause).toBeUndefined();
    expect((error as Error).message).toBe(
      'POST /control/chat/v1/responses answered 200 with a body that is not valid JSON (8 characters, content ' +
        'type text/plain).',
    );
    // Not retried: the server did the work.
    expect(server.requests).toHaveLength(1);
  });

  it('fails with a SequrityError for a 2xx reply without a body', async () => {
    const server = await start((_request, response) => {
      response.writeHead(200, { 'content-length': '0' });
      response.end();
    });
    const error = await rejection(clientFor(server).responses.create(body));
    expect(error).toBeInstanceOf(SequrityError);
    expect((error as Error).message).toMatch(/without a JSON response body/);
  });
});

describe('responses.create with stream: true', () => {
  it('returns a ResponseStream as soon as the headers arrive, with the events and final response', async () => {
    const events = streamEvents('resp_s', 'Hello there');
    const server = await start((_request, response) =>
      sseReply(response, events, { 'x-session-id': 'sess-s', 'x-request-id': 'req_s' }),
    );
    const stream = await clientFor(server).responses.create({ ...body, stream: true });
    expect(stream).toBeInstanceOf(ResponseStream);
    expect(stream.sessionId).toBe('sess-s');
    expect(stream.requestId).toBe('req_s');
    const received = [];
    for await (const event of stream) received.push(event);
    expect(received).toEqual(events);
    const final = await stream.finalResponse();
    expect(final).toMatchObject({ id: 'resp_s', status: 'completed', output_text: 'Hello there' });
    expect(final.session_id).toBe('sess-s');
    expect(bodyOf(server.requests[0])).toEqual({ ...body, stream: true });
    expect(server.requests[0]?.headers.accept).toBe('text/event-stream');
  });

  it('gives finalResponse() without iterating', async () => {
    const server = await start((_request, response) => sseReply(response, streamEvents('resp_f', 'abc')));
    const stream = await clientFor(server).responses.create({ ...body, stream: true });
    expect((await stream.finalResponse()).output_text).toBe('abc');
  });
});

describe('the fetch option', () => {
  it('is called with the URL and a RequestInit for every attempt', async () => {
    const server = await okServer();
    const calls: { url: string; method: string | undefined; signal: boolean }[] = [];
    const recording: typeof fetch = (input, init) => {
      calls.push({ url: String(input), method: init?.method, signal: init?.signal instanceof AbortSignal });
      return fetch(input, init);
    };
    const result = await clientFor(server, { fetch: recording }).responses.create(body, {
      provider: 'openai',
    });
    expect(result.output_text).toBe('Hi!');
    expect(calls).toEqual([
      { url: `${server.url}/control/chat/openai/v1/responses`, method: 'POST', signal: true },
    ]);
  });
});

describe('User-Agent', () => {
  it('is sequrity-responses/<version> in Node', async () => {
    const server = await okServer();
    await clientFor(server).responses.create(body);
    expect(server.requests[0]?.headers['user-agent']).toBe(`sequrity-responses/${VERSION}`);
  });

  it("uses the package's version (src/version.ts equals package.json)", () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(VERSION).toBe(pkg.version);
  });
});

describe('util.inspect and JSON.stringify of the client', () => {
  it('show the base URL and session only', async () => {
    const server = await start((_request, response) =>
      json(response, responseBody('resp_1', 'x'), { 'x-session-id': 'sess-7' }),
    );
    const client = clientFor(server);
    await client.responses.create(body);
    expect(JSON.parse(JSON.stringify(client))).toEqual({ baseURL: server.url, sessionId: 'sess-7' });
  });
});
