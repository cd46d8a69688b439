// A body that ends cleanly without a terminal event was cut short, and every way of reading the stream says so
// after delivering what arrived. Ends the consumer chose are not truncation. Synthetic streams (test/helpers/events).
import { describe, expect, it } from 'vitest';

import { ResponseStream, StreamError, type StreamEvent } from '../../src/index.js';
import { pacedBody, streamResponse } from '../helpers/bodies.js';
import { collect } from '../helpers/collect.js';
import { TEXT, textEvents } from '../helpers/events.js';
import { bytes, sse, sseText } from '../helpers/sse.js';

const beforeTerminal = textEvents.slice(0, -1);
const DONE = sse.frame({ data: '[DONE]' });
const streamOf = (text: string) => ResponseStream.fromResponse(streamResponse([bytes(text)]));

/** Asserts the incomplete-stream error that follows `count` events, with the partial response on it. */
function expectTruncation(error: unknown, count: number): void {
  expect(error).toBeInstanceOf(StreamError);
  expect(error).toMatchObject({
    type: 'incomplete-stream',
    message: expect.stringContaining(`after ${count} events`),
  });
  expect((error as StreamError).response).toMatchObject({
    id: 'resp_1',
    status: 'in_progress',
    output: [{ content: [{ text: TEXT }] }],
  });
}

describe('a body that ends between events without a terminal event', () => {
  it('makes the iterator deliver every event, then fail with incomplete-stream carrying the partial response', async () => {
    const stream = streamOf(sseText(beforeTerminal));
    const { events, error } = await collect(stream);
    expect(events).toEqual(beforeTerminal);
    expectTruncation(error, beforeTerminal.length);
    await expect(stream.finalResponse()).rejects.toBe(error);
  });

  it('makes textDeltas() yield every delta, then fail the same way', async () => {
    const { events: deltas, error } = await collect(streamOf(sseText(beforeTerminal)).textDeltas());
    expect(deltas.join('')).toBe(TEXT);
    expectTruncation(error, beforeTerminal.length);
  });

  it('makes toReadableStream() write every event, then error', async () => {
    const reader = streamOf(sseText(beforeTerminal)).toReadableStream().getReader();
    const lines: string[] = [];
    const error = await (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return undefined;
        lines.push(new TextDecoder().decode(value));
      }
    })().catch((e: unknown) => e);
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(beforeTerminal);
    expectTruncation(error, beforeTerminal.length);
  });

  it('fails a browser reading the NDJSON bridge of a truncated stream the same way', async () => {
    const browser = ResponseStream.fromReadableStream(streamOf(sseText(beforeTerminal)).toReadableStream());
    const { events, error } = await collect(browser);
    expect(events).toEqual(beforeTerminal);
    expect(error).toMatchObject({ type: 'incomplete-stream' });
  });

  it('fails fromReadableStream() when the NDJSON ends without a terminal event', async () => {
    const ndjson = beforeTerminal.map((event) => `${JSON.stringify(event)}\n`).join('');
    const { events, error } = await collect(
      ResponseStream.fromReadableStream(pacedBody([bytes(ndjson)]).body),
    );
    expect(events).toEqual(beforeTerminal);
    expectTruncation(error, beforeTerminal.length);
  });

  it('fails an empty body with incomplete-stream after no events', async () => {
    const { events, error } = await collect(streamOf(''));
    expect(events).toEqual([]);
    expect(error).toMatchObject({
      type: 'incomplete-stream',
      message: expect.stringContaining('after 0 events'),
    });
  });

  it('treats [DONE] without a terminal event before it as truncation', async () => {
    const { events, error } = await collect(streamOf(sseText(beforeTerminal) + DONE));
    expect(events).toEqual(beforeTerminal);
    expectTruncation(error, beforeTerminal.length);
  });

  it('says done only, once it has failed', async () => {
    const iterator = streamOf(sseText(beforeTerminal))[Symbol.asyncIterator]();
    for (const event of beforeTerminal) expect((await iterator.next()).value).toEqual(event);
    await expect(iterator.next()).rejects.toMatchObject({ type: 'incomplete-stream' });
    await expect(iterator.next()).resolves.toEqual({ value: undefined, done: true });
  });
});

describe('ends that are not truncation', () => {
  it('[DONE] after a terminal event is a normal end', async () => {
    const stream = streamOf(sseText(textEvents) + DONE);
    const { events, error } = await collect(stream);
    expect(error).toBeUndefined();
    expect(events).toEqual(textEvents);
    expect((await stream.finalResponse()).output_text).toBe(TEXT);
  });

  it('an error event ends the stream with its own error, not incomplete-stream', async () => {
    const error = { type: 'error', error: { code: 'server_error', message: 'Boom' } };
    const { error: thrown } = await collect(streamOf(sseText([...beforeTerminal.slice(0, 2), error])));
    expect(thrown).toMatchObject({ type: 'stream-error-event', code: 'server_error' });
  });

  it('break ends the loop quietly; finalResponse() then says the consumer stopped (aborted)', async () => {
    const stream = streamOf(sseText(beforeTerminal));
    const seen: StreamEvent[] = [];
    for await (const event of stream) {
      seen.push(event);
      if (seen.length === 2) break;
    }
    expect(seen).toEqual(beforeTerminal.slice(0, 2));
    await expect(stream.finalResponse()).rejects.toMatchObject({ type: 'aborted' });
  });

  it('return() on the iterator ends it without an error', async () => {
    const iterator = streamOf(sseText(beforeTerminal))[Symbol.asyncIterator]();
    await iterator.next();
    await expect(iterator.return?.()).resolves.toEqual({ value: undefined, done: true });
    await expect(iterator.next()).resolves.toEqual({ value: undefined, done: true });
  });

  it('abort() after the last event fails with aborted, not incomplete-stream', async () => {
    const stream = streamOf(sseText(beforeTerminal));
    const iterator = stream[Symbol.asyncIterator]();
    for (const event of beforeTerminal) expect((await iterator.next()).value).toEqual(event);
    stream.abort();
    await expect(iterator.next()).rejects.toMatchObject({ type: 'aborted' });
  });

  it('abort() drops the events still queued after the body ended at [DONE]', async () => {
    const stream = streamOf(sseText(beforeTerminal) + DONE);
    const iterator = stream[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toEqual(beforeTerminal[0]);
    stream.abort();
    await expect(iterator.next()).rejects.toMatchObject({ type: 'aborted' });
  });
});
