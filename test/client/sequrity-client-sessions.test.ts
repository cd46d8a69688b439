// Client-level session tracking (as the Python SDK's `src/sequrity/control/_client.py` does): client.sessionId follows the X-Session-ID of
// every 2xx reply — for streams as soon as the headers arrive — and is sent on later calls unless a call says
// otherwise. Error replies never change it.
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { APIError } from '../../src/errors/index.js';
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

/** A server that answers each request with the next session id of `sessions` (none once they run out). */
const sessionServer = (...sessions: (string | undefined)[]) =>
  start((_request, response) => {
    const session = sessions.shift();
    json(response, responseBody('resp_1', 'ok'), session === undefined ? {} : { 'x-session-id': session });
  });

const sentSessions = (server: { requests: { headers: Record<string, unknown> }[] }) =>
  server.requests.map((request) => request.headers['x-session-id']);

describe('client.sessionId', () => {
  it('starts empty, follows every 2xx X-Session-ID and is sent on the next call', async () => {
    const server = await sessionServer('sess-1', 'sess-2', 'sess-2');
    const client = clientFor(server);
    expect(client.sessionId).toBeUndefined();
    await client.responses.create(body);
    expect(client.sessionId).toBe('sess-1');
    await client.responses.create(body);
    expect(client.sessionId).toBe('sess-2');
    await client.responses.create(body);
    expect(sentSessions(server)).toEqual([undefined, 'sess-1', 'sess-2']);
  });

  it('keeps the session when a reply carries no X-Session-ID', async () => {
    const server = await sessionServer('sess-1', undefined);
    const client = clientFor(server);
    await client.responses.create(body);
    const second = await client.responses.create(body);
    expect(client.sessionId).toBe('sess-1');
    expect(second).not.toHaveProperty('session_id');
  });

  it('is set from a stream as soon as its headers arrive, before any event is read', async () => {
    let finish: (() => void) | undefined;
    const server = await start((_request, response) => {
      const frames = sseFrames(streamEvents('resp_s', 'hello'));
      response.writeHead(200, { 'content-type': 'text/event-stream', 'x-session-id': 'sess-stream' });
      response.write(frames[0]);
      finish = () => {
        for (const frame of frames.slice(1)) response.write(frame);
        response.end();
      };
    });
    const client = clientFor(server);
    const stream = await client.responses.create({ ...body, stream: true });
    expect(client.sessionId).toBe('sess-stream');
    expect(stream.sessionId).toBe('sess-stream');
    finish?.();
    expect((await stream.finalResponse()).session_id).toBe('sess-stream');
  });

  it('sends a per-call sessionId instead, and tracks the session of the reply', async () => {
    const server = await sessionServer('sess-1', 'sess-other', 'sess-other');
    const client = clientFor(server);
    await client.responses.create(body);
    await client.responses.create(body, { sessionId: 'sess-other' });
    expect(client.sessionId).toBe('sess-other');
    await client.responses.create(body);
    expect(sentSessions(server)).toEqual([undefined, 'sess-other', 'sess-other']);
  });

  it('sessionId: null per call starts a fresh session (no header)', async () => {
    const server = await sessionServer('sess-1', 'sess-fresh', 'sess-fresh');
    const client = clientFor(server);
    await client.responses.create(body);
    await client.responses.create(body, { sessionId: null });
    expect(client.sessionId).toBe('sess-fresh');
    await client.responses.create(body);
    expect(sentSessions(server)).toEqual([undefined, undefined, 'sess-fresh']);
  });

  it.each([400, 401, 404, 409, 422, 500])(
    'is not changed by a %i reply with an X-Session-ID',
    async (status) => {
      const replies: [number, string][] = [
        [200, 'sess-good'],
        [status, 'sess-from-error'],
      ];
      const server = await start((_request, response) => {
        const [code, session] = replies.shift() ?? [200, 'sess-late'];
        json(
          response,
          code === 200 ? responseBody('resp_1', 'ok') : { detail: 'nope' },
          { 'x-session-id': session },
          code,
        );
      });
      const client = clientFor(server, { maxRetries: 0 });
      await client.responses.create(body);
      expect(await rejection(client.responses.create(body))).toBeInstanceOf(APIError);
      expect(client.sessionId).toBe('sess-good');
    },
  );

  it('is not changed by a streamed request answered with an error status', async () => {
    const server = await start((request, response: ServerResponse) => {
      if (request.headers['x-session-id'] === undefined)
        sseReply(response, streamEvents('resp_1', 'ok'), { 'x-session-id': 'sess-good' });
      else json(response, { detail: 'bad' }, { 'x-session-id': 'sess-bad' }, 400);
    });
    const client = clientFor(server);
    await (await client.responses.create({ ...body, stream: true })).finalResponse();
    await expect(client.responses.create({ ...body, stream: true })).rejects.toBeInstanceOf(APIError);
    expect(client.sessionId).toBe('sess-good');
  });

  it('ignores an empty X-Session-ID', async () => {
    const server = await sessionServer('sess-1', '');
    const client = clientFor(server);
    await client.responses.create(body);
    await client.responses.create(body);
    expect(client.sessionId).toBe('sess-1');
  });

  it('resetSession() forgets it, so the next call starts fresh', async () => {
    const server = await sessionServer('sess-1', 'sess-2');
    const client = clientFor(server);
    await client.responses.create(body);
    client.resetSession();
    expect(client.sessionId).toBeUndefined();
    await client.responses.create(body);
    expect(sentSessions(server)).toEqual([undefined, undefined]);
  });

  it('can be set by hand to continue a known session', async () => {
    const server = await sessionServer('sess-known');
    const client = clientFor(server);
    client.sessionId = 'sess-known';
    await client.responses.create(body);
    expect(sentSessions(server)).toEqual(['sess-known']);
  });

  it('is not changed by a call that never reached the server', async () => {
    const server = await sessionServer('sess-1');
    const client = clientFor(server);
    await client.responses.create(body);
    await expect(client.responses.create(body, { headers: { 'x-a': '\n' } })).rejects.toThrow(TypeError);
    expect(client.sessionId).toBe('sess-1');
  });
});
