// Secrets never leak: no apiKey or llmApiKey in any error's message, stack, fields, util.inspect or JSON.stringify,
// in any log line, or in util.inspect / JSON.stringify of the client — even when the server echoes the keys back.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../src/client/logger.js';
import { SequrityClient } from '../../src/client/sequrity-client.js';
import { APIConnectionError, APIError, APIUserAbortError } from '../../src/errors/index.js';
import { reply } from '../helpers/http-server.js';
import {
  API_KEY,
  clientFor,
  json,
  LLM_KEY,
  rejection,
  responseBody,
  useServers,
} from '../helpers/sequrity-server.js';

const start = useServers();
const body = { model: 'gpt-5-mini', input: 'Hello' };
const PER_CALL_KEY = 'byok-per-call-Zq81xLm2';
const KEYS = [API_KEY, LLM_KEY, PER_CALL_KEY];

/** Every way an error can be shown, joined. */
function everyView(error: unknown): string {
  const err = error as Error;
  return [
    err.message,
    err.stack ?? '',
    inspect(err, { showHidden: true, depth: 8 }),
    JSON.stringify(err),
    JSON.stringify(
      Object.getOwnPropertyNames(err).map((name) =>
        inspect((err as unknown as Record<string, unknown>)[name], { showHidden: true, depth: 8 }),
      ),
    ),
    inspect(err.cause, { showHidden: true, depth: 8 }),
  ].join('\n');
}

function expectNoKeys(text: string): void {
  for (const key of KEYS) expect(text).not.toContain(key);
}

function capture(): Logger & { text: () => string } {
  const lines: string[] = [];
  const keep = (message: string, ...details: unknown[]) =>
    lines.push([message, ...details].map(String).join(' '));
  return { error: keep, warn: keep, info: keep, debug: keep, text: () => lines.join('\n') };
}

describe('an error reply that echoes the keys', () => {
  const echo = () =>
    start((request, response) =>
      json(
        response,
        {
          detail: `Invalid key ${String(request.headers.authorization)}; provider key ${String(request.headers['x-api-key'])}`,
          error: {
            message: `raw ${String(request.headers.authorization).slice('Bearer '.length)}`,
            code: String(request.headers['x-api-key']),
          },
          echo: { authorization: request.headers.authorization, llm: request.headers['x-api-key'] },
        },
        {
          'x-echo-key': String(request.headers['x-api-key']),
          'x-echo-auth': String(request.headers.authorization),
          'retry-after-ms': '0',
        },
        401,
      ),
    );

  it('is masked in every view of the error (client keys)', async () => {
    const server = await echo();
    const error = await rejection(clientFor(server, { llmApiKey: LLM_KEY }).responses.create(body));
    expect(error).toBeInstanceOf(APIError);
    expect((error as Error).message).toContain('Invalid key Bearer ***');
    expectNoKeys(everyView(error));
    expectNoKeys(JSON.stringify((error as APIError).body));
    expectNoKeys(JSON.stringify([...(error as APIError).headers]));
  });

  it('is masked in every view of the error (a per-call llmApiKey)', async () => {
    const server = await echo();
    const error = await rejection(clientFor(server).responses.create(body, { llmApiKey: PER_CALL_KEY }));
    expect(error).toBeInstanceOf(APIError);
    expectNoKeys(everyView(error));
    expectNoKeys(JSON.stringify((error as APIError).body));
    expectNoKeys(JSON.stringify([...(error as APIError).headers]));
  });

  it('is masked in the log lines, at every level, over retries', async () => {
    const server = await start((request, response) =>
      json(
        response,
        { detail: `bad ${String(request.headers['x-api-key'])} ${API_KEY}` },
        { 'retry-after-ms': '0' },
        503,
      ),
    );
    const logger = capture();
    await rejection(
      clientFor(server, { logLevel: 'debug', logger, llmApiKey: LLM_KEY }).responses.create(body, {
        llmApiKey: PER_CALL_KEY,
      }),
    );
    expect(logger.text()).toContain('retrying');
    expectNoKeys(logger.text());
  });

  it('is masked also in a plain-text error body', async () => {
    const server = await start((request, response) =>
      reply(
        response,
        500,
        { 'content-type': 'text/plain' },
        `upstream said: ${String(request.headers['x-api-key'])}`,
      ),
    );
    const error = await rejection(
      clientFor(server, { maxRetries: 0 }).responses.create(body, { llmApiKey: PER_CALL_KEY }),
    );
    expect((error as Error).message).toBe('500 upstream said: ***: POST /control/chat/v1/responses');
    expectNoKeys(everyView(error));
  });
});

describe('errors raised before or without a reply', () => {
  it('a rejected header value names the option, not the value', async () => {
    const server = await start((_request, response) => json(response, responseBody('resp_1', 'ok')));
    const error = await rejection(
      clientFor(server).responses.create(body, { llmApiKey: `${PER_CALL_KEY}\r\nX-Evil: 1` }),
    );
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/^llmApiKey \(the X-Api-Key header\) contains a line break/);
    expectNoKeys(everyView(error));
    expect(server.requests).toHaveLength(0);
  });

  it('a rejected apiKey or llmApiKey at construction names the option, not the value', () => {
    for (const options of [
      { apiKey: `${API_KEY}\n` },
      { apiKey: API_KEY, llmApiKey: `${LLM_KEY}\u2028\r` },
    ]) {
      let error: unknown;
      try {
        new SequrityClient({ ...options, baseURL: 'http://127.0.0.1:1' });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(TypeError);
      expectNoKeys(everyView(error));
    }
  });

  it('a key pasted into an option that shows rejected values is not shown', () => {
    const unprefixed = 'Zq81xLm2Zq81xLm2Zq81xLm2Zq81xLm2Zq81'; // a key without a known prefix
    for (const options of [
      { provider: API_KEY },
      { endpointType: unprefixed },
      { logLevel: LLM_KEY },
      { baseURL: API_KEY },
      { baseURL: `//user:${unprefixed}@example.com` },
      { apiKey: 123456789 as never },
    ] as const) {
      let error: unknown;
      try {
        new SequrityClient({ apiKey: 'sk-test-000000000000', ...(options as object) });
      } catch (caught) {
        error = caught;
      }
      // A string outside an enum is a RangeError, any other refusal a TypeError.
      expect(error).toBeInstanceOf(
        'provider' in options || 'endpointType' in options || 'logLevel' in options ? RangeError : TypeError,
      );
      const views = everyView(error);
      expectNoKeys(views);
      expect(views).not.toContain(unprefixed);
      expect((error as Error).message).toMatch(/, got (string|number)\.$|such as https/);
    }
    // A short name is still shown, so a typo is easy to spot.
    expect(
      () => new SequrityClient({ apiKey: 'sk-test-000000000000', endpointType: 'Chat' as never }),
    ).toThrow('endpointType must be one of chat, code, agent, lang-graph, got "Chat"; did you mean chat?');
  });

  it('a fetch failure whose message quotes the request headers', async () => {
    let seen: [string, string][] = [];
    const leaky: typeof fetch = async (_input, init) => {
      const headers = [...new Headers(init?.headers)];
      seen = headers;
      throw new TypeError(`fetch failed with ${JSON.stringify(headers)}`, {
        cause: new Error(`socket hang up; auth=${API_KEY}; key=${PER_CALL_KEY}`),
      });
    };
    const client = clientFor(
      { url: 'http://127.0.0.1:1', requests: [], close: async () => {} },
      { fetch: leaky },
    );
    const error = await rejection(client.responses.create(body, { llmApiKey: PER_CALL_KEY }));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(seen).toContainEqual(['x-api-key', PER_CALL_KEY]);
    expect((error as Error).message).toMatch(/failed: socket hang up; auth=\*\*\*; key=\*\*\*/);
    expectNoKeys(everyView(error));
  });

  it('an abort whose reason mentions a key', async () => {
    const server = await start(() => {});
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error(`cancelled request with ${API_KEY}`)), 30);
    const error = await rejection(clientFor(server).responses.create(body, { signal: controller.signal }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(String((error as APIUserAbortError).reason)).toContain('cancelled request with ***');
    expectNoKeys(everyView(error));
  });

  it('a timeout and a refused connection', async () => {
    const server = await start(() => {});
    const timeout = await rejection(
      clientFor(server, { timeout: 50, llmApiKey: LLM_KEY }).responses.create(body, {
        llmApiKey: PER_CALL_KEY,
      }),
    );
    expectNoKeys(everyView(timeout));
    const refused = await rejection(
      clientFor(
        { url: 'http://127.0.0.1:1', requests: [], close: async () => {} },
        { maxRetries: 0 },
      ).responses.create(body),
    );
    expect(refused).toBeInstanceOf(APIConnectionError);
    expectNoKeys(everyView(refused));
  });
});

describe('the client itself', () => {
  it('shows no key in util.inspect or JSON.stringify, nor do its parts', async () => {
    const server = await start((_request, response) =>
      json(response, responseBody('resp_1', 'ok'), { 'x-session-id': 'sess-1' }),
    );
    const client = clientFor(server, { llmApiKey: LLM_KEY, defaultHeaders: { 'x-team': 'core' } });
    const chat = client.conversation();
    await chat.create(body);
    const views = [
      inspect(client, { showHidden: true, depth: 8 }),
      JSON.stringify(client),
      inspect(client.responses, { showHidden: true, depth: 8 }),
      JSON.stringify(client.responses),
      inspect(chat, { showHidden: true, depth: 8 }),
      JSON.stringify(chat),
      JSON.stringify(Object.entries(client)),
    ].join('\n');
    expect(views).toContain('sess-1');
    expectNoKeys(views);
  });
});
