// Error replies over a real socket: the server's own message, whatever shape the error body has (FastAPI detail
// string or list, message, OpenAI's error.message, plain text). Which class each status becomes, for every status
// and body shape, plain and streamed, is test/vectors/errors.test.ts.
import { describe, expect, it } from 'vitest';
import { NotFoundError, RateLimitError, UnprocessableEntityError } from '../../src/errors/index.js';
import { reply } from '../helpers/http-server.js';
import { clientFor, json, rejection, useServers } from '../helpers/sequrity-server.js';

const start = useServers();
const body = { model: 'gpt-5-mini', input: 'Hello' };
const PATH = 'POST /control/chat/v1/responses';

describe('the message is read from every error body shape', () => {
  it.each<[string, string, Record<string, string>, string, Record<string, unknown>]>([
    ['a FastAPI detail string', '{"detail":"Invalid X-Policy JSON"}', {}, 'Invalid X-Policy JSON', {}],
    [
      'a FastAPI validation list',
      JSON.stringify({
        detail: [
          { loc: ['body', 'model'], msg: 'Field required', type: 'missing' },
          { loc: ['header', 'x-config'], msg: 'Extra inputs are not permitted', type: 'extra_forbidden' },
        ],
      }),
      {},
      'body.model: Field required; header.x-config: Extra inputs are not permitted',
      {},
    ],
    ['a top-level message', '{"message":"Quota exceeded"}', {}, 'Quota exceeded', {}],
    [
      "OpenAI's error object",
      '{"error":{"message":"Invalid model","type":"invalid_request_error","code":"model_not_found","param":"model"}}',
      {},
      'Invalid model',
      { code: 'model_not_found', errorType: 'invalid_request_error', param: 'model' },
    ],
    ['plain text', 'upstream connect error', { 'content-type': 'text/plain' }, 'upstream connect error', {}],
  ])('%s', async (_name, text, headers, message, fields) => {
    const server = await start((_request, response) =>
      reply(response, 422, { 'content-type': 'application/json', ...headers }, text),
    );
    const error = await rejection(clientFor(server).responses.create(body));
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as Error).message).toBe(`422 ${message}: ${PATH}`);
    expect(error).toMatchObject(fields);
  });

  it('falls back to the status text for an empty body', async () => {
    const server = await start((_request, response) => reply(response, 404, {}, ''));
    const error = await rejection(clientFor(server).responses.create(body, { provider: 'openai' }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe('404 Not Found: POST /control/chat/openai/v1/responses');
  });
});

describe('RateLimitError', () => {
  it('carries retryAfterMs and says how long to wait', async () => {
    const server = await start((_request, response) =>
      json(response, { detail: 'slow down' }, { 'retry-after': '120' }, 429),
    );
    const error = await rejection(clientFor(server).responses.create(body));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(120_000);
    expect((error as Error).message).toBe(`429 slow down: ${PATH} (retry after 120 s)`);
    // Over 60 s is not waited for automatically, although 429 is retried by default.
    expect(server.requests).toHaveLength(1);
  });
});
