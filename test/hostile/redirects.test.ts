// Hostile redirects: a server answers with a redirect to another port of 127.0.0.1, which records what reaches it.
// Neither client follows it with the credentials, the security headers or the prompt; the low-level client follows
// only when the caller asks for it with their own fetch or redirect option.
import { describe, expect, it } from 'vitest';
import { APIError } from '../../src/errors/index.js';
import { createLowLevelClient } from '../../src/index.js';
import type { TestServer } from '../helpers/http-server.js';
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
const PROMPT = 'my confidential prompt';

/** A server that records every request, and one that redirects every request to it with `status`. */
async function redirectPair(status: number): Promise<{ target: TestServer; server: TestServer }> {
  const target = await start((_request, response) => json(response, responseBody('resp_x', 'elsewhere')));
  const server = await start((_request, response) => {
    response.writeHead(status, { location: `${target.url}/collect` });
    response.end();
  });
  return { target, server };
}

/** Whether a recorded request carried credentials, security headers or the prompt. */
const leaked = (target: TestServer) =>
  target.requests.map((request) => ({
    authorization: request.headers['authorization'] !== undefined,
    apiKey: request.headers['x-api-key'] !== undefined,
    policy: request.headers['x-policy'] !== undefined,
    prompt: request.body.includes(PROMPT),
  }));

const lowLevelHeaders = {
  Authorization: `Bearer ${API_KEY}`,
  'X-Api-Key': LLM_KEY,
  'X-Policy': '{"mode":"strict"}',
};

const create = (client: ReturnType<typeof createLowLevelClient>) =>
  client.createResponse({
    params: { path: { endpoint_type: 'chat' } },
    body: { model: 'gpt-5-mini', input: PROMPT },
  });

describe.each([301, 302, 303, 307, 308])('a %i to another port', (status) => {
  it('is an APIError naming the Location for SequrityClient, and nothing reaches the target', async () => {
    const { target, server } = await redirectPair(status);
    const error = await rejection(
      clientFor(server, { llmApiKey: LLM_KEY }).responses.create(
        { model: 'gpt-5-mini', input: PROMPT },
        { policy: { mode: 'strict' } },
      ),
    );
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status });
    expect((error as Error).message).toContain(`redirect to ${target.url}/collect`);
    expect(leaked(target)).toEqual([]);
  });

  it('is refused by the low-level client with an APIError naming the Location, and nothing reaches the target', async () => {
    const { target, server } = await redirectPair(status);
    const error = await rejection(
      create(createLowLevelClient({ baseUrl: server.url, headers: lowLevelHeaders })),
    );
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status });
    expect((error as APIError).headers.get('location')).toBe(`${target.url}/collect`);
    expect((error as Error).message).toBe(
      `${status} redirect to ${target.url}/collect: POST /control/chat/v1/responses; set baseUrl to the address ` +
        'that answers, or pass your own fetch or redirect option to handle redirects yourself (redirects are ' +
        'not followed: they would re-send the keys).',
    );
    expect(leaked(target)).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });
});

describe('the low-level client, told to follow', () => {
  it("follows with redirect: 'follow' given explicitly (the caller's choice)", async () => {
    const { target, server } = await redirectPair(307);
    const { data } = await create(
      createLowLevelClient({ baseUrl: server.url, headers: lowLevelHeaders, redirect: 'follow' }),
    );
    expect(data?.id).toBe('resp_x');
    expect(leaked(target)).toEqual([{ authorization: false, apiKey: true, policy: true, prompt: true }]);
  });

  it("follows with the caller's own fetch, which decides", async () => {
    const { target, server } = await redirectPair(307);
    const { data } = await create(
      createLowLevelClient({
        baseUrl: server.url,
        headers: lowLevelHeaders,
        fetch: (request) => fetch(request),
      }),
    );
    expect(data?.id).toBe('resp_x');
    expect(target.requests).toHaveLength(1);
  });

  it("returns the 3xx as a reply with redirect: 'manual' and the caller's own fetch", async () => {
    const { target, server } = await redirectPair(307);
    const { response } = await create(
      createLowLevelClient({
        baseUrl: server.url,
        redirect: 'manual',
        fetch: (request) => fetch(request),
      }),
    );
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe(`${target.url}/collect`);
    expect(target.requests).toHaveLength(0);
  });
});
