// Conversations: each has its own session and previous_response_id, threaded through its turns automatically,
// so that concurrent conversations on one client never mix and the client's own session is never touched.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { APIError } from '../../src/errors/index.js';
import type { ReceivedRequest } from '../helpers/http-server.js';
import {
  bodyOf,
  clientFor,
  json,
  rejection,
  responseBody,
  sseFrames,
  streamEvents,
  useServers,
} from '../helpers/sequrity-server.js';

const start = useServers();
const turn = (input: string) => ({ model: 'gpt-5-mini', input });

/**
 * A Sequrity-like server: a request without X-Session-ID opens a new session; every reply carries the session and
 * a fresh response id. The reply's text says which session and which input it saw.
 */
async function conversationServer(options: { delayMs?: (request: ReceivedRequest) => number } = {}) {
  let sessions = 0;
  let responses = 0;
  return start(async (request, response) => {
    const session = (request.headers['x-session-id'] as string | undefined) ?? `sess-${++sessions}`;
    const id = `resp_${++responses}`;
    const delay = options.delayMs?.(request) ?? 0;
    if (delay > 0) await sleep(delay);
    json(response, responseBody(id, `${session}:${String(bodyOf(request)['input'])}`), {
      'x-session-id': session,
    });
  });
}

/** What each request carried: its input, session header and previous_response_id. */
const sent = (requests: ReceivedRequest[]) =>
  requests.map((request) => {
    const body = bodyOf(request);
    return {
      input: body['input'],
      session: request.headers['x-session-id'],
      previous: body['previous_response_id'],
    };
  });

describe('client.conversation()', () => {
  it('starts fresh and threads its session and previous_response_id through each turn', async () => {
    const server = await conversationServer();
    const chat = clientFor(server).conversation();
    expect(chat.sessionId).toBeUndefined();
    expect(chat.previousResponseId).toBeUndefined();
    const first = await chat.create(turn('one'));
    expect(first.id).toBe('resp_1');
    expect(chat.sessionId).toBe('sess-1');
    expect(chat.previousResponseId).toBe('resp_1');
    await chat.create(turn('two'));
    await chat.create(turn('three'));
    expect(sent(server.requests)).toEqual([
      { input: 'one', session: undefined, previous: undefined },
      { input: 'two', session: 'sess-1', previous: 'resp_1' },
      { input: 'three', session: 'sess-1', previous: 'resp_2' },
    ]);
    expect(chat.toJSON()).toEqual({ sessionId: 'sess-1', previousResponseId: 'resp_3' });
  });

  it('never reads or writes client.sessionId', async () => {
    const server = await conversationServer();
    const client = clientFor(server);
    client.sessionId = 'sess-of-the-client';
    const chat = client.conversation();
    await chat.create(turn('one'));
    await chat.create(turn('two'));
    expect(client.sessionId).toBe('sess-of-the-client');
    expect(sent(server.requests).map((request) => request.session)).toEqual([undefined, 'sess-1']);
    // And the client's own calls keep using the client's session.
    await client.responses.create(turn('client'));
    expect(server.requests[2]?.headers['x-session-id']).toBe('sess-of-the-client');
    expect(bodyOf(server.requests[2])).not.toHaveProperty('previous_response_id');
  });

  it('keeps two interleaved, concurrent conversations on one client apart', async () => {
    // B's requests are answered more slowly than A's, so the two conversations' turns interleave on the wire.
    const server = await conversationServer({
      delayMs: (request) => (String(bodyOf(request)['input']).startsWith('B') ? 30 : 5),
    });
    const client = clientFor(server);
    const conversations = { A: client.conversation(), B: client.conversation() };
    const replyIds: Record<'A' | 'B', string[]> = { A: [], B: [] };
    const run = async (name: 'A' | 'B') => {
      for (let round = 1; round <= 3; round++) {
        const reply = await conversations[name].create(turn(`${name}${round}`));
        // The server names the session the request ran in: it must be this conversation's own.
        expect(reply.output_text).toBe(`${conversations[name].sessionId}:${name}${round}`);
        replyIds[name].push(reply.id);
      }
    };
    await Promise.all([run('A'), run('B')]);

    const order = sent(server.requests).map((request) => request.input);
    expect(order).not.toEqual(['A1', 'A2', 'A3', 'B1', 'B2', 'B3']);
    expect(order.indexOf('A3')).toBeLessThan(order.indexOf('B3'));
    expect(conversations.A.sessionId).not.toBe(conversations.B.sessionId);
    for (const request of sent(server.requests)) {
      const input = String(request.input);
      const name = input[0] as 'A' | 'B';
      const round = Number(input.slice(1));
      expect(request).toEqual({
        input,
        session: round === 1 ? undefined : conversations[name].sessionId,
        previous: round === 1 ? undefined : replyIds[name][round - 2],
      });
    }
    expect(client.sessionId).toBeUndefined();
  });

  it('starts from a given sessionId and previousResponseId', async () => {
    const server = await conversationServer();
    const chat = clientFor(server).conversation({
      sessionId: 'sess-saved',
      previousResponseId: 'resp_saved',
    });
    expect(chat.toJSON()).toEqual({ sessionId: 'sess-saved', previousResponseId: 'resp_saved' });
    await chat.create(turn('resume'));
    expect(sent(server.requests)).toEqual([
      { input: 'resume', session: 'sess-saved', previous: 'resp_saved' },
    ]);
  });

  it('lets a turn give its own previous_response_id or sessionId', async () => {
    const server = await conversationServer();
    const chat = clientFor(server).conversation({
      sessionId: 'sess-saved',
      previousResponseId: 'resp_saved',
    });
    await chat.create({ ...turn('branch'), previous_response_id: 'resp_other' }, { sessionId: 'sess-other' });
    expect(sent(server.requests)).toEqual([
      { input: 'branch', session: 'sess-other', previous: 'resp_other' },
    ]);
    expect(chat.previousResponseId).toBe('resp_1');
  });

  it('is unchanged by a turn that fails', async () => {
    let fail = false;
    const server = await start((_request, response) => {
      if (fail) json(response, { detail: 'no' }, { 'x-session-id': 'sess-bad' }, 400);
      else json(response, responseBody('resp_ok', 'ok'), { 'x-session-id': 'sess-ok' });
    });
    const chat = clientFor(server).conversation();
    await chat.create(turn('one'));
    fail = true;
    expect(await rejection(chat.create(turn('two')))).toBeInstanceOf(APIError);
    expect(chat.toJSON()).toEqual({ sessionId: 'sess-ok', previousResponseId: 'resp_ok' });
  });

  it("takes a streamed turn's previousResponseId from response.created, so the next turn can start at once", async () => {
    let finish: (() => void) | undefined;
    const server = await start((request, response) => {
      if (bodyOf(request)['stream'] !== true) {
        json(response, responseBody('resp_next', 'next'), { 'x-session-id': 'sess-s' });
        return;
      }
      const frames = sseFrames(streamEvents('resp_streamed', 'hello'));
      response.writeHead(200, { 'content-type': 'text/event-stream', 'x-session-id': 'sess-s' });
      response.write(frames[0]);
      finish = () => {
        for (const frame of frames.slice(1)) response.write(frame);
        response.end();
      };
    });
    const chat = clientFor(server).conversation();
    const stream = await chat.create({ ...turn('streamed'), stream: true });
    expect(chat.sessionId).toBe('sess-s');
    const iterator = stream[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toMatchObject({ type: 'response.created' });
    expect(chat.previousResponseId).toBe('resp_streamed');
    // The first stream is still open when the next turn is sent.
    await chat.create(turn('follow-up'));
    expect(sent(server.requests)[1]).toEqual({
      input: 'follow-up',
      session: 'sess-s',
      previous: 'resp_streamed',
    });
    finish?.();
    for (let next = await iterator.next(); !next.done; next = await iterator.next());
    expect(chat.previousResponseId).toBe('resp_next');
  });

  it('keeps the previous streamed turn when the next stream fails before response.created', async () => {
    let calls = 0;
    const server = await start((_request, response) => {
      calls += 1;
      response.writeHead(200, { 'content-type': 'text/event-stream', 'x-session-id': 'sess-s' });
      // The second reply is an empty stream: no response.created, so no response id.
      const frames = calls === 2 ? [] : sseFrames(streamEvents(`resp_${calls}`, 'hi'));
      for (const frame of frames) response.write(frame);
      response.end();
    });
    const chat = clientFor(server).conversation();
    await (await chat.create({ ...turn('one'), stream: true })).finalResponse();
    expect(chat.previousResponseId).toBe('resp_1');
    const failed = await chat.create({ ...turn('two'), stream: true });
    await expect(failed.finalResponse()).rejects.toMatchObject({ type: 'incomplete-stream' });
    expect(chat.previousResponseId).toBe('resp_1');
    await (await chat.create({ ...turn('three'), stream: true })).finalResponse();
    expect(sent(server.requests).map((request) => request.previous)).toEqual([undefined, 'resp_1', 'resp_1']);
  });

  it('refuses a start that is not made of strings', () => {
    const client = clientFor({ url: 'http://127.0.0.1:1', requests: [], close: async () => {} });
    expect(() => client.conversation({ sessionId: 5 as never })).toThrow(/sessionId/);
    expect(() => client.conversation({ previousResponseId: {} as never })).toThrow(/previousResponseId/);
  });
});
