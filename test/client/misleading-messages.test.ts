// Messages that used to mislead (issue 15): each failure says what actually happened. A 200 HTML reply to a stream
// points at a proxy or a wrong base URL (stream: true was sent); a 404 names the URL requested, base path included; a
// port fetch refuses is reported as never sent; a 429 whose message names the wait does not name it twice; a stream
// cut by a dropped connection carries its partial response with `output_text`. Real servers on 127.0.0.1.
import { describe, expect, it } from 'vitest';
import { classifyFetchError } from '../../src/client/retry.js';
import { APIConnectionError, NotFoundError, RateLimitError, StreamError } from '../../src/errors/index.js';
import { reply } from '../helpers/http-server.js';
import {
  API_KEY,
  clientFor,
  json,
  rejection,
  sseFrames,
  streamEvents,
  useServers,
} from '../helpers/sequrity-server.js';
import { SequrityClient } from '../../src/index.js';

const start = useServers();
const body = { model: 'gpt-5-mini', input: 'Hello' };

describe('a 200 text/html reply to stream: true', () => {
  it('says stream: true was sent and names the likely cause, not "send stream: true"', async () => {
    const server = await start((_request, response) =>
      reply(response, 200, { 'content-type': 'text/html; charset=utf-8' }, '<html>Sign in</html>'),
    );
    const stream = await clientFor(server).responses.create({ ...body, stream: true });
    const error = await rejection(stream.finalResponse());
    expect(error).toBeInstanceOf(StreamError);
    expect(error).toMatchObject({ type: 'not-event-stream' });
    const { message } = error as Error;
    expect(message).not.toContain('send stream: true');
    expect(message).toContain('text/html; charset=utf-8');
    expect(message).toMatch(/proxy/);
    expect(message).toMatch(/baseURL/);
  });
});

describe('a 404 from a base URL with a path', () => {
  it('names the URL requested, base path included', async () => {
    const server = await start((_request, response) => json(response, { detail: 'Not Found' }, {}, 404));
    const client = clientFor(server, { baseURL: `${server.url}/gateway/v2` });
    const error = await rejection(client.responses.create(body));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe(
      `404 Not Found: POST ${server.url}/gateway/v2/control/chat/v1/responses`,
    );
    expect(server.requests[0]?.url).toBe('/gateway/v2/control/chat/v1/responses');
  });
});

describe('a port fetch refuses before sending', () => {
  // 6000 (X11) is on the Fetch standard's list of bad ports: fetch fails without opening a connection.
  const badPortURL = 'http://127.0.0.1:6000';

  it('is classified as not sent', async () => {
    const error = await fetch(`${badPortURL}/`).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TypeError);
    expect(classifyFetchError(error)).toMatchObject({ sent: false });
  });

  it('is reported as never sent, naming the port', async () => {
    const client = new SequrityClient({ apiKey: API_KEY, baseURL: badPortURL, maxRetries: 0 });
    const error = await rejection(client.responses.create(body));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).toMatchObject({ mayHaveBeenSent: false });
    const { message } = error as Error;
    expect(message).not.toContain('may have reached the server');
    expect(message).toContain(`POST ${badPortURL}/control/chat/v1/responses failed: bad port`);
    expect(message).toContain('6000');
  });
});

describe("a 429 whose message already names the wait (the emulator's rate-limit fault)", () => {
  it('says "retry after" once', async () => {
    const detail = 'Rate limit exceeded (emulated fault rate-limit); retry after 1 s.';
    const server = await start((_request, response) =>
      json(response, { detail }, { 'retry-after': '1', 'retry-after-ms': '1000' }, 429),
    );
    const error = await rejection(clientFor(server, { maxRetries: 0 }).responses.create(body));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(1000);
    const { message } = error as Error;
    expect(message.match(/retry after/gi)).toHaveLength(1);
    expect(message).toContain('Rate limit exceeded (emulated fault rate-limit); retry after 1 s');
  });

  it('still adds the wait when the message does not name it', async () => {
    const server = await start((_request, response) =>
      json(response, { detail: 'slow down' }, { 'retry-after-ms': '1500' }, 429),
    );
    const error = await rejection(clientFor(server, { maxRetries: 0 }).responses.create(body));
    expect((error as Error).message).toBe(
      '429 slow down: POST /control/chat/v1/responses (retry after 1.5 s)',
    );
  });
});

describe('a stream cut by a dropped connection (read-failed)', () => {
  it('carries the partial response with the text received so far as output_text', async () => {
    const events = streamEvents('resp_cut', 'Hello, world');
    // created, item added, part added, first delta ('Hello,'), then the connection drops.
    const sent = sseFrames(events.slice(0, 4)).join('');
    const server = await start((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write(sent, () => setTimeout(() => response.socket?.destroy(), 20));
    });
    const stream = await clientFor(server).responses.create({ ...body, stream: true });
    const error = await rejection(stream.finalResponse());
    expect(error).toBeInstanceOf(StreamError);
    expect(error).toMatchObject({ type: 'read-failed' });
    expect((error as StreamError).response).toMatchObject({
      id: 'resp_cut',
      status: 'in_progress',
      output_text: 'Hello,',
    });
  });
});
