// Hostile echoes: a server puts keys where an error keeps them (the x-request-id header, the body's request_id, a
// 2xx body that is not JSON, a redirect's Location). No field of the error, nor its message, stack, util.inspect or
// JSON.stringify, shows one.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { APIError, StreamError } from '../../src/errors/index.js';
import { createLowLevelClient, ResponseStream } from '../../src/index.js';
import { collect } from '../helpers/collect.js';
import { reply } from '../helpers/http-server.js';
import { API_KEY, clientFor, json, LLM_KEY, rejection, useServers } from '../helpers/sequrity-server.js';

const start = useServers();
const body = { model: 'gpt-5-mini', input: 'Hello' };
/** A key of a well-known shape that the client was not given: masked by pattern. */
const FOREIGN_KEY = 'sk-proj-Zq81LmN0pQr5StUv';

/** Every view of an error that may end up in a log. */
const views = (error: unknown): string[] => {
  const fields = Object.entries(error as object).map(([name, value]) => `${name}=${String(value)}`);
  return [
    inspect(error, { depth: 8 }),
    JSON.stringify(error),
    (error as Error).message,
    String((error as Error).stack),
    ...fields,
  ];
};

const expectNoKeys = (error: unknown, keys: readonly string[]): void => {
  for (const view of views(error)) for (const key of keys) expect(view).not.toContain(key);
};

describe('a request id that carries a key', () => {
  it('is masked in APIError.requestId and everywhere else (x-request-id header)', async () => {
    const server = await start((_request, response) =>
      json(response, { error: { message: 'bad request' } }, { 'x-request-id': FOREIGN_KEY }, 400),
    );
    const error = await rejection(clientFor(server).responses.create(body));
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).requestId).toBe('sk-proj-***');
    expectNoKeys(error, [FOREIGN_KEY.slice(8)]);
  });

  it("is masked when the body's request_id echoes the client's own key", async () => {
    const server = await start((_request, response) =>
      json(response, { error: { message: 'bad request' }, request_id: LLM_KEY }, {}, 400),
    );
    const error = await rejection(clientFor(server, { llmApiKey: LLM_KEY }).responses.create(body));
    expect((error as APIError).requestId).toBe('***');
    expectNoKeys(error, [LLM_KEY, API_KEY]);
  });

  it('is masked by ResponseStream.fromResponse too', async () => {
    const server = await start((_request, response) =>
      json(response, { error: { message: 'no' }, request_id: LLM_KEY }, { 'x-request-id': FOREIGN_KEY }, 500),
    );
    const { error } = await collect(
      ResponseStream.fromResponse(await fetch(server.url, { method: 'POST' }), { secrets: [LLM_KEY] }),
    );
    expect((error as APIError).requestId).toBe('sk-proj-***');
    expectNoKeys(error, [LLM_KEY, FOREIGN_KEY.slice(8)]);
  });
});

describe('a 2xx body that is not JSON and starts with a key', () => {
  it('fails with our own message: where, how long, no snippet, and no parser error as cause', async () => {
    const server = await start((_request, response) =>
      reply(response, 200, { 'content-type': 'application/json' }, `${API_KEY} and ${LLM_KEY}`),
    );
    const error = await rejection(clientFor(server, { llmApiKey: LLM_KEY }).responses.create(body));
    expect(error).toBeInstanceOf(StreamError);
    expect(error).toMatchObject({ type: 'invalid-json' });
    expect((error as Error).cause).toBeUndefined();
    expect((error as Error).message).toBe(
      'POST /control/chat/v1/responses answered 200 with a body that is not valid JSON ' +
        `(${`${API_KEY} and ${LLM_KEY}`.length} characters, content type application/json).`,
    );
    // Not only the keys: no piece of the body at all (V8 quotes its first characters).
    expectNoKeys(error, [API_KEY.slice(0, 8), LLM_KEY.slice(0, 8)]);
  });

  it('says at which character the parser stopped when it knows', async () => {
    const server = await start((_request, response) =>
      reply(response, 200, { 'content-type': 'application/json' }, `{"id":"resp_1"} ${FOREIGN_KEY}`),
    );
    const error = await rejection(clientFor(server).responses.create(body));
    expect((error as Error).message).toBe(
      'POST /control/chat/v1/responses answered 200 with a body that is not valid JSON (40 characters, error at ' +
        'character 16, content type application/json).',
    );
    expectNoKeys(error, [FOREIGN_KEY.slice(0, 8)]);
  });
});

describe("a redirect's Location that echoes the key", () => {
  it("is masked in the low-level client's error, which knows the key from the request's headers", async () => {
    const server = await start((_request, response) => {
      response.writeHead(307, { location: `http://127.0.0.1:1/steal?key=${API_KEY}&llm=${LLM_KEY}` });
      response.end();
    });
    const client = createLowLevelClient({
      baseUrl: server.url,
      headers: { Authorization: `Bearer ${API_KEY}`, 'X-Api-Key': LLM_KEY },
    });
    const error = await rejection(
      client.createResponse({ params: { path: { endpoint_type: 'chat' } }, body }),
    );
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).headers.get('location')).toBe('http://127.0.0.1:1/steal?key=***&llm=***');
    expectNoKeys(error, [API_KEY, LLM_KEY]);
  });
});
