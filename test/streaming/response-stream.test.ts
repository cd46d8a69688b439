// ResponseStream behaviour and faults, on synthetic streams (labelled as such) and a real loopback HTTP server.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ResponseStream,
  StreamError,
  StreamEventError,
  type ReadStreamOptions,
  type StreamEvent,
} from '../../src/index.js';
import { chunk, pacedBody, streamResponse, watched } from '../helpers/bodies.js';
import { collect } from '../helpers/collect.js';
import { closed, startServer, type TestServer } from '../helpers/http-server.js';
import { response, textEvents } from '../helpers/events.js';
import { bytes, sse as encoder, sseText as sse } from '../helpers/sse.js';

const sseFrame = encoder.frame;

const fromText = (
  text: string,
  size = 1024,
  headers: Record<string, string> = {},
  options: ReadStreamOptions = {},
) => ResponseStream.fromResponse(streamResponse(chunk(bytes(text), size), { headers }), options);

describe('ResponseStream', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  describe('consumption', () => {
    it('yields the events and resolves finalResponse() with output_text', async () => {
      const stream = fromText(sse(textEvents), 5);
      const { events, error } = await collect(stream);
      expect(error).toBeUndefined();
      expect(events).toEqual(textEvents);
      const final = await stream.finalResponse();
      expect(final.status).toBe('completed');
      expect(final.output_text).toBe('Hello, wörld 🌍');
    });

    it('reads the stream itself when finalResponse() is called without iterating', async () => {
      const final = await fromText(sse(textEvents)).finalResponse();
      expect(final.output_text).toBe('Hello, wörld 🌍');
    });

    it('exposes the snapshot as it grows, undefined before the first lifecycle event', async () => {
      const stream = fromText(sse(textEvents));
      expect(stream.currentResponse).toBeUndefined();
      const texts: string[] = [];
      for await (const event of stream) {
        if (event.type === 'response.output_text.delta') {
          const item = stream.currentResponse?.output[0];
          texts.push(
            item?.type === 'message' && item.content[0]?.type === 'output_text' ? item.content[0].text : '',
          );
        }
      }
      expect(texts).toEqual(['Hello, ', 'Hello, wörld 🌍']);
    });

    it('never mutates the events it hands out', async () => {
      const stream = fromText(sse(textEvents));
      const { events } = await collect(stream);
      expect(events[1]).toEqual(textEvents[1]);
      expect(events[2]).toEqual(textEvents[2]);
    });

    it('throws a stream-consumed error when iterated twice', async () => {
      const stream = fromText(sse(textEvents));
      await collect(stream);
      expect(() => stream[Symbol.asyncIterator]()).toThrowError(
        expect.objectContaining({ type: 'stream-consumed', message: expect.stringContaining('tee()') }),
      );
    });

    it('yields text deltas through textDeltas()', async () => {
      const deltas: string[] = [];
      for await (const delta of fromText(sse(textEvents)).textDeltas()) deltas.push(delta);
      expect(deltas).toEqual(['Hello, ', 'wörld 🌍']);
    });

    it('reports the request and session ids of the HTTP response', () => {
      const stream = fromText(sse(textEvents), 1024, { 'x-request-id': 'req_9', 'X-Session-ID': 'sess-42' });
      expect(stream.requestId).toBe('req_9');
      expect(stream.sessionId).toBe('sess-42');
    });

    it('gives finalResponse() the request and session ids, as a non-streamed create gives its response', async () => {
      const headers = { 'x-request-id': 'req_9', 'X-Session-ID': 'sess-42' };
      const final = await fromText(sse(textEvents), 1024, headers).finalResponse();
      expect([final.request_id, final.session_id, final.output_text]).toEqual([
        'req_9',
        'sess-42',
        'Hello, wörld 🌍',
      ]);
      expect('request_id' in (await fromText(sse(textEvents)).finalResponse())).toBe(false);
    });

    it('resolves finalResponse() for incomplete and failed responses, with the status visible', async () => {
      for (const status of ['incomplete', 'failed']) {
        const events = [textEvents[0], { type: `response.${status}`, response: response(status) }];
        const final = await fromText(sse(events)).finalResponse();
        expect(final.status).toBe(status);
        expect(final.output_text).toBe('');
      }
    });
  });

  describe('what servers really send', () => {
    it('passes keepalive and unknown event types through without touching the snapshot', async () => {
      const extra = [
        { type: 'keepalive', sequence_number: 9 },
        { type: 'response.brand_new.delta', output_index: 0, delta: 'x' },
      ];
      const events = [...textEvents.slice(0, 4), ...extra, ...textEvents.slice(4)];
      const stream = fromText(sse(events));
      const { events: seen, error } = await collect(stream);
      expect(error).toBeUndefined();
      expect(seen).toEqual(events);
      expect((await stream.finalResponse()).output_text).toBe('Hello, wörld 🌍');
    });

    it('accepts a replay that starts at response.queued', async () => {
      const events = [{ type: 'response.queued', response: response('queued') }, ...textEvents.slice(1)];
      const stream = fromText(sse(events));
      await collect(stream);
      expect((await stream.finalResponse()).status).toBe('completed');
    });

    it('skips frames without data and frames whose data is empty', async () => {
      const text = `event: ping\n\nevent: response.created\n\ndata: ${JSON.stringify(textEvents[0])}\n\n${sse(textEvents.slice(1))}`;
      const { events, error } = await collect(fromText(text, 3));
      expect(error).toBeUndefined();
      expect(events).toEqual(textEvents);
    });

    it('dispatches a final frame that lacks its blank line', async () => {
      const text = sse(textEvents).replace(/\n\n$/, '');
      const stream = fromText(text, 4);
      const { events } = await collect(stream);
      expect(events.at(-1)?.type).toBe('response.completed');
    });

    it('stops at [DONE] and cancels the body even if the server keeps it open', async () => {
      const { body, state } = pacedBody(
        [bytes(`${sse(textEvents.slice(0, 2))}${sseFrame({ data: '[DONE]' })}${sse(textEvents.slice(2))}`)],
        { end: 'stall' },
      );
      const stream = ResponseStream.fromResponse(new Response(body));
      const { events, error } = await collect(stream);
      expect(events).toEqual(textEvents.slice(0, 2));
      // No terminal event came before [DONE], so the stream was cut short (see truncation.test.ts).
      expect(error).toMatchObject({ type: 'incomplete-stream' });
      expect(state.cancelled).toBe(true);
    });

    it('ends at the terminal event even when the body never ends, and cancels that body within a second', async () => {
      const { body, state } = pacedBody([bytes(sse(textEvents))], { end: 'stall' });
      const stream = ResponseStream.fromResponse(new Response(body));
      expect((await stream.finalResponse()).status).toBe('completed');
      await vi.waitFor(() => expect(state.cancelled).toBe(true), { timeout: 1_500, interval: 20 });
    });

    it('lets a body that ends after the terminal event end by itself, so its connection can be reused', async () => {
      const { body, state } = pacedBody([bytes(sse(textEvents)), bytes('\n')], { delayMs: 5 });
      const stream = ResponseStream.fromResponse(new Response(body));
      expect((await collect(stream)).events).toEqual(textEvents);
      await vi.waitFor(() => expect(state.delivered).toBe(2), { timeout: 1_000, interval: 5 });
      await sleep(20);
      expect(state.cancelled).toBe(false);
    });

    it('turns invalid UTF-8 into U+FFFD instead of failing', async () => {
      const delta = { ...textEvents[3], delta: 'AB' };
      const raw = bytes(sse([textEvents[0], textEvents[1], textEvents[2], delta]));
      const at = new TextDecoder().decode(raw).indexOf('"AB"') + 2; // byte offset of B (all ASCII before)
      const broken = new Uint8Array([...raw.subarray(0, at), 0xff, ...raw.subarray(at + 1)]);
      const stream = ResponseStream.fromResponse(streamResponse(chunk(broken, 2)));
      const { events } = await collect(stream);
      expect(events[3]).toMatchObject({ delta: 'A\uFFFD' });
    });
  });

  describe('faults', () => {
    it('throws the nested error event as a StreamEventError after the events before it', async () => {
      const error = {
        type: 'error',
        sequence_number: 2,
        error: { type: 'server_error', code: 'overloaded', message: 'Busy', param: null },
      };
      const stream = fromText(sse([textEvents[0], textEvents[1], error]), 7, { 'x-request-id': 'req_e' });
      const { events, error: thrown } = await collect(stream);
      expect(events).toEqual(textEvents.slice(0, 2));
      expect(thrown).toBeInstanceOf(StreamEventError);
      expect(thrown).toMatchObject({
        type: 'stream-error-event',
        code: 'overloaded',
        errorType: 'server_error',
        message: 'Stream error (overloaded): Busy',
        sequenceNumber: 2,
        requestId: 'req_e',
      });
      await expect(stream.finalResponse()).rejects.toMatchObject({
        code: 'overloaded',
        response: { id: 'resp_1' },
      });
    });

    it('throws the flat error event shape too', async () => {
      const error = {
        type: 'error',
        code: 'rate_limit',
        message: 'Slow down',
        param: 'model',
        sequence_number: 1,
      };
      const { error: thrown } = await collect(fromText(sse([textEvents[0], error])));
      expect(thrown).toMatchObject({
        type: 'stream-error-event',
        code: 'rate_limit',
        param: 'model',
        message: 'Stream error (rate_limit): Slow down',
      });
      expect((thrown as StreamEventError).errorType).toBeUndefined();
    });

    it('reports malformed JSON with its position, without echoing the payload', async () => {
      const secretish = 'sk-live-do-not-echo';
      const text = `${sse(textEvents.slice(0, 2))}data: {"type":"response.output_text.delta","delta":"${secretish}"\n\n`;
      const { events, error } = await collect(fromText(text, 9));
      expect(events).toEqual(textEvents.slice(0, 2));
      expect(error).toBeInstanceOf(StreamError);
      expect(error).toMatchObject({ type: 'invalid-json', message: expect.stringContaining('#3') });
      expect((error as Error).message).not.toContain(secretish);
    });

    it('fails with event-too-large beyond maxEventBytes, keeping earlier events', async () => {
      const big = { ...textEvents[3], delta: 'x'.repeat(5000) };
      const stream = ResponseStream.fromResponse(
        streamResponse(chunk(bytes(sse([...textEvents.slice(0, 3), big])), 512)),
        {
          maxEventBytes: 4096,
        },
      );
      const { events, error } = await collect(stream);
      expect(events).toEqual(textEvents.slice(0, 3));
      expect(error).toMatchObject({ type: 'event-too-large', message: expect.stringContaining('4096') });
      expect((error as Error).message).not.toContain('xxxx');
    });

    it('fails with incomplete-stream when truncated in the middle of an event', async () => {
      const text = sse(textEvents);
      const cut = text.slice(0, text.indexOf('"delta":"wörld') + 5);
      const stream = fromText(cut, 6);
      const { events, error } = await collect(stream);
      expect(events).toEqual(textEvents.slice(0, 4));
      expect(error).toMatchObject({
        type: 'incomplete-stream',
        message: expect.stringContaining('event #5'),
      });
      await expect(stream.finalResponse()).rejects.toBe(error);
    });

    it('fails with aborted when abort() is called mid-stream, and cancels the body', async () => {
      const { body, state } = pacedBody([bytes(sse(textEvents.slice(0, 3)))], { end: 'stall' });
      const stream = ResponseStream.fromResponse(new Response(body));
      const seen: StreamEvent[] = [];
      const error = await (async () => {
        try {
          for await (const event of stream) {
            seen.push(event);
            if (seen.length === 3) stream.abort(new Error('user gave up'));
          }
        } catch (e) {
          return e;
        }
      })();
      expect(seen).toHaveLength(3);
      expect(error).toMatchObject({ type: 'aborted', cause: new Error('user gave up') });
      expect(state.cancelled).toBe(true);
      await expect(stream.finalResponse()).rejects.toMatchObject({
        type: 'aborted',
        response: { id: 'resp_1' },
      });
    });

    it('reports aborted when it was aborted through options.signal', async () => {
      const controller = new AbortController();
      const stream = fromText(sse(textEvents), 1024, {}, { signal: controller.signal });
      expect(stream.aborted).toBe(false);
      controller.abort(new Error('caller left'));
      expect(stream.aborted).toBe(true);
      const { events, error } = await collect(stream);
      expect(events).toEqual([]);
      expect(error).toMatchObject({ type: 'aborted', cause: new Error('caller left') });
    });

    it('fails with aborted at once when options.signal was aborted before the stream was created', async () => {
      const stream = fromText(sse(textEvents), 1024, {}, { signal: AbortSignal.abort() });
      expect(stream.aborted).toBe(true);
      expect((await collect(stream)).error).toMatchObject({ type: 'aborted' });
    });

    it('fails with aborted when the signal fires while waiting for data', async () => {
      const { body, state } = pacedBody([bytes(sse(textEvents.slice(0, 1)))], { end: 'stall' });
      const controller = new AbortController();
      const stream = ResponseStream.fromResponse(new Response(body), { signal: controller.signal });
      const iterator = stream[Symbol.asyncIterator]();
      expect((await iterator.next()).value).toEqual(textEvents[0]);
      const pending = iterator.next();
      controller.abort();
      await expect(pending).rejects.toMatchObject({ type: 'aborted' });
      expect(state.cancelled).toBe(true);
    });

    it('fails with idle-timeout when the server stops sending, over real HTTP', async () => {
      let serverSawClose: Promise<void> | undefined;
      server = await startServer((_request, res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write(sse(textEvents.slice(0, 2)));
        serverSawClose = closed(res);
      });
      const stream = ResponseStream.fromResponse(await fetch(`${server.url}/stream`), { idleTimeoutMs: 150 });
      const { events, error } = await collect(stream);
      expect(events).toEqual(textEvents.slice(0, 2));
      expect(error).toMatchObject({ type: 'idle-timeout', message: expect.stringContaining('150 ms') });
      await serverSawClose;
    });

    it('keeps one idle deadline when next() is called again before the last call settled', async () => {
      // Chunks every 30 ms stay well inside a 100 ms idle timeout, however the reads are requested.
      const chunks = textEvents.map((event) => bytes(sseFrame({ data: JSON.stringify(event) })));
      const { body } = pacedBody(chunks, { delayMs: 30 });
      const iterator = ResponseStream.fromResponse(new Response(body), { idleTimeoutMs: 100 })[
        Symbol.asyncIterator
      ]();
      const events: unknown[] = [];
      for (;;) {
        const results = await Promise.all([iterator.next(), iterator.next()]);
        for (const result of results) if (!result.done) events.push(result.value);
        if (results.some((result) => result.done)) break;
      }
      expect(events).toEqual(textEvents);
    });

    it('reuses one keep-alive connection for streams read to their terminal event, over real HTTP', async () => {
      let terminalRead!: () => void;
      server = await startServer(async (_request, res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write(sse(textEvents));
        // The end of the body comes after the client has handed out the terminal event.
        await new Promise<void>((resolve) => (terminalRead = resolve));
        res.end();
      });
      for (let i = 0; i < 5; i++) {
        const reply = await fetch(`${server.url}/stream`, { method: 'POST' });
        const { body, settled } = watched(reply.body as ReadableStream<Uint8Array>);
        const stream = ResponseStream.fromResponse(new Response(body, reply));
        expect((await stream.finalResponse()).status).toBe('completed');
        terminalRead();
        // A cancelled body closes the connection; one read to its end is back in undici's pool a turn later.
        expect(await settled).toBe('ended');
        await new Promise((resolve) => setImmediate(resolve));
      }
      expect(new Set(server.requests.map((request) => request.socket)).size).toBe(1);
    });

    it('cancels the HTTP body when the consumer breaks out of the loop', async () => {
      let serverSawClose: Promise<void> | undefined;
      server = await startServer((_request, res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write(sse(textEvents.slice(0, 3)));
        serverSawClose = closed(res);
      });
      const stream = ResponseStream.fromResponse(await fetch(`${server.url}/stream`));
      for await (const event of stream) {
        if (event.type === 'response.content_part.added') break;
      }
      await serverSawClose; // resolves only if the connection was closed
      await expect(stream.finalResponse()).rejects.toMatchObject({
        type: 'aborted',
        message: expect.stringContaining('break'),
      });
    });
  });

  describe('what it reports', () => {
    it('puts the X-Session-ID header on the final response as session_id', async () => {
      const final = await fromText(sse(textEvents), 1024, { 'x-session-id': 'sess-7' }).finalResponse();
      expect(final.session_id).toBe('sess-7');
    });

    it('reports the last event id as of the last event handed out, not of the last one decoded', async () => {
      const frames = textEvents.map((event, i) => encoder.event(event, { id: `ev-${i}` })).join('');
      const stream = fromText(frames, 1 << 16); // one chunk: every event is decoded before the first is handed out
      const iterator = stream[Symbol.asyncIterator]();
      expect(stream.lastEventId).toBeUndefined();
      await iterator.next();
      await iterator.next();
      expect(stream.lastEventId).toBe('ev-1');
      await iterator.return?.();
      expect(stream.lastEventId).toBe('ev-1');
    });

    it('exposes the last event id and the retry delay the server sent', async () => {
      const text = `retry: 2500\nid: ev-1\n${sse(textEvents.slice(0, 1))}id: ev-2\n${sse(textEvents.slice(1))}`;
      const stream = fromText(text, 5);
      await collect(stream);
      expect(stream.lastEventId).toBe('ev-2');
      expect(stream.retryMs).toBe(2500);
    });
  });

  describe('more faults', () => {
    it('stops at once when aborted in the middle of a chunk, dropping decoded events', async () => {
      const stream = fromText(sse(textEvents), 1 << 20); // one chunk holds every event
      const seen: StreamEvent[] = [];
      let error: unknown;
      try {
        for await (const event of stream) {
          seen.push(event);
          stream.abort();
        }
      } catch (e) {
        error = e;
      }
      expect(seen).toEqual(textEvents.slice(0, 1));
      expect(error).toMatchObject({ type: 'aborted' });
      await expect(stream.finalResponse()).rejects.toMatchObject({ type: 'aborted' });
    });

    it('treats a named `event: error` frame as a stream error, whatever its data', async () => {
      const json = `${sse(textEvents.slice(0, 1))}event: error\ndata: {"message":"quota exceeded","code":"insufficient_quota"}\n\n`;
      const first = await collect(fromText(json));
      expect(first.events).toEqual(textEvents.slice(0, 1));
      expect(first.error).toMatchObject({
        type: 'stream-error-event',
        code: 'insufficient_quota',
        message: 'Stream error (insufficient_quota): quota exceeded',
      });
      const text = `event: error\ndata: upstream timed out\n\n`;
      expect((await collect(fromText(text))).error).toMatchObject({
        message: 'Stream error: upstream timed out',
      });
    });

    it('reads the message of an error event whose `error` is a string', async () => {
      const { error } = await collect(fromText(sse([{ type: 'error', error: 'Model overloaded' }])));
      expect(error).toMatchObject({ type: 'stream-error-event', message: 'Stream error: Model overloaded' });
    });

    it('reads the flat fields of an error event whose `error` is an array, and a JSON array frame as text', async () => {
      const flat = { type: 'error', error: [1], code: 'busy', message: 'Try later' };
      expect((await collect(fromText(sse([flat])))).error).toMatchObject({
        type: 'stream-error-event',
        code: 'busy',
        message: 'Stream error (busy): Try later',
      });
      expect((await collect(fromText('event: error\ndata: ["a","b"]\n\n'))).error).toMatchObject({
        type: 'stream-error-event',
        message: 'Stream error: a,b',
      });
    });
  });

  describe('always settles', () => {
    const malformed = { type: 'response.completed', response: { ...response('completed'), output: 5 } };

    it('ends iteration with invalid-event for a terminal response whose output is not an array; finalResponse() rejects with the same error', async () => {
      const stream = fromText(sse([...textEvents.slice(0, 3), malformed]));
      const { events, error } = await collect(stream);
      expect(events).toEqual(textEvents.slice(0, 3));
      expect(error).toBeInstanceOf(StreamError);
      expect(error).toMatchObject({
        type: 'invalid-event',
        response: { id: 'resp_1', status: 'in_progress' },
      });
      await expect(stream.finalResponse()).rejects.toBe(error);
    });

    it('settles finalResponse() when it reads the stream itself and accumulating fails', async () => {
      await expect(fromText(sse([textEvents[0]!, malformed])).finalResponse()).rejects.toMatchObject({
        type: 'invalid-event',
      });
    });

    it('cancels the body when accumulating fails with the body still open', async () => {
      const { body, state } = pacedBody([bytes(sse([textEvents[0]!, malformed]))], { end: 'stall' });
      const stream = ResponseStream.fromResponse(new Response(body));
      expect((await collect(stream)).error).toMatchObject({ type: 'invalid-event' });
      expect(state.cancelled).toBe(true);
    });

    it('settles finalResponse() at abort() while no read is pending (the consumer paused between events)', async () => {
      const { body } = pacedBody([bytes(sse(textEvents.slice(0, 3)))], { end: 'stall' });
      const stream = ResponseStream.fromResponse(new Response(body));
      const iterator = stream[Symbol.asyncIterator]();
      await iterator.next();
      const final = stream.finalResponse();
      stream.abort(new Error('user gave up'));
      const error = await final.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({
        type: 'aborted',
        cause: new Error('user gave up'),
        response: { id: 'resp_1' },
      });
      // The next read reports the same error.
      await expect(iterator.next()).rejects.toBe(error);
    });

    it('settles finalResponse() when options.signal aborts while nobody reads', async () => {
      const controller = new AbortController();
      const { body } = pacedBody([bytes(sse(textEvents.slice(0, 1)))], { end: 'stall' });
      const stream = ResponseStream.fromResponse(new Response(body), { signal: controller.signal });
      await stream[Symbol.asyncIterator]().next();
      controller.abort();
      await expect(stream.finalResponse()).rejects.toMatchObject({ type: 'aborted' });
    });

    it('resolves finalResponse() when aborted after the terminal event was handed out', async () => {
      const stream = fromText(sse(textEvents));
      const iterator = stream[Symbol.asyncIterator]();
      for (let index = 0; index < textEvents.length; index++) await iterator.next();
      stream.abort();
      await expect(stream.finalResponse()).resolves.toMatchObject({ status: 'completed' });
    });
  });
});
