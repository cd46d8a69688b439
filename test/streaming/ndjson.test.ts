// The NDJSON bridge: toReadableStream() writes one JSON line per event, fromReadableStream() reads them back.
import { describe, expect, it } from 'vitest';

import { ResponseStream } from '../../src/index.js';
import { createNdjsonDecoder } from '../../src/streaming/ndjson-decoder.js';
import { chunk, pacedBody, splitAt, streamResponse } from '../helpers/bodies.js';
import { collect, thrownBy } from '../helpers/collect.js';
import { TEXT, textEvents } from '../helpers/events.js';
import { bytes, sseBytes } from '../helpers/sse.js';

const fromSse = (events: Parameters<typeof sseBytes>[0]) =>
  ResponseStream.fromResponse(streamResponse([sseBytes(events)]));
const fromNdjson = (text: string, size = 1024) =>
  ResponseStream.fromReadableStream(pacedBody(chunk(bytes(text), size)).body);
const lines = (events: readonly unknown[]) => events.map((event) => `${JSON.stringify(event)}\n`).join('');

/** Every line the decoder reports for `chunks`, with whether the end of input completed it. */
function decodeLines(chunks: readonly Uint8Array[], maxLineBytes?: number): [string, boolean][] {
  const seen: [string, boolean][] = [];
  const decoder = createNdjsonDecoder({
    onLine: (line, unterminated) => seen.push([line, unterminated]),
    maxLineBytes,
  });
  for (const piece of chunks) decoder.feed(piece);
  decoder.end();
  return seen;
}

describe('createNdjsonDecoder', () => {
  it('reports each non-blank line without its LF or CRLF, whatever the chunking', () => {
    const text = bytes('{"a":1}\r\n\n  \n{"b":"é中😀"}\n{"c":3}');
    const expected = [
      ['{"a":1}', false],
      ['{"b":"é中😀"}', false],
      ['{"c":3}', true],
    ];
    for (const cuts of [[], [1], [3, 9, 10], Array.from({ length: text.length }, (_, i) => i)]) {
      expect(decodeLines(splitAt(text, cuts)), `cut at ${cuts.join(',')}`).toEqual(expected);
    }
  });

  it('fails with event-too-large once an unterminated line outgrows the limit, and stays failed', () => {
    const decoder = createNdjsonDecoder({ onLine: () => {}, maxLineBytes: 10 });
    decoder.feed(bytes('{"ok":1}\n'));
    const error = thrownBy(() => decoder.feed(bytes('{"x":"0123456789')));
    expect(error).toMatchObject({ type: 'event-too-large', message: expect.stringContaining('line #2') });
    expect(thrownBy(() => decoder.end())).toBe(error);
  });

  it('applies the limit to a whole line, whether it arrives in one chunk or in many', () => {
    const line = `"${'x'.repeat(20)}"`;
    expect(decodeLines([bytes(`${line}\n`)], 22)).toEqual([[line, false]]);
    for (const size of [1, 5, 100]) {
      const error = thrownBy(() => decodeLines(chunk(bytes(`1\n${line}\n`), size), 21));
      expect(error, `chunks of ${size}`).toMatchObject({
        type: 'event-too-large',
        message: expect.stringContaining('line #2'),
      });
    }
  });

  it('counts UTF-8 bytes of a whole line, whether it arrives in one chunk or in many', () => {
    // 12 characters, 22 bytes (2 for each é).
    const line = `"${'é'.repeat(10)}"`;
    expect(decodeLines([bytes(`${line}\n`)], 22)).toEqual([[line, false]]);
    for (const size of [1, 5, 100]) {
      const error = thrownBy(() => decodeLines(chunk(bytes(`1\n${line}\n`), size), 21));
      expect(error, `chunks of ${size}`).toMatchObject({
        type: 'event-too-large',
        message: expect.stringContaining('line #2'),
      });
    }
  });
});

describe('toReadableStream() and fromReadableStream()', () => {
  it('round-trip every event, the ids and the final response', async () => {
    const browser = ResponseStream.fromReadableStream(fromSse(textEvents).toReadableStream(), {
      sessionId: 'sess-1',
      requestId: 'req-1',
    });
    const { events, error } = await collect(browser);
    expect(error).toBeUndefined();
    expect(events).toEqual(textEvents);
    expect([browser.sessionId, browser.requestId]).toEqual(['sess-1', 'req-1']);
    expect((await browser.finalResponse()).output_text).toBe(TEXT);
  });

  it('forward an error event, so the browser fails the same way', async () => {
    const error = { type: 'error', error: { code: 'overloaded', message: 'Busy' } };
    const result = await collect(
      ResponseStream.fromReadableStream(fromSse([textEvents[0], error]).toReadableStream()),
    );
    expect(result.events).toEqual([textEvents[0]]);
    expect(result.error).toMatchObject({ type: 'stream-error-event', code: 'overloaded' });
  });

  it('cancels the source stream when the byte stream is cancelled', async () => {
    const { body, state } = pacedBody([sseBytes(textEvents.slice(0, 2))], { end: 'stall' });
    const reader = ResponseStream.fromResponse(new Response(body)).toReadableStream().getReader();
    await reader.read();
    await reader.cancel();
    expect(state.cancelled).toBe(true);
  });
});

describe('fromReadableStream()', () => {
  it('reads a 1 MiB line delivered 16 bytes at a time', async () => {
    const long = { ...textEvents[3], delta: 'é'.repeat(512 * 1024) };
    const { events, error } = await collect(fromNdjson(lines([long, textEvents[5]]), 16));
    expect(error).toBeUndefined();
    expect(events).toEqual([long, textEvents[5]]);
  });

  it('reports a malformed line by its number and length, without its text', async () => {
    const { events, error } = await collect(fromNdjson(`${lines([textEvents[0]])}{not json sk-abc}\n`));
    expect(events).toEqual([textEvents[0]]);
    expect(error).toMatchObject({
      type: 'invalid-json',
      message: expect.stringMatching(/NDJSON line #2 \(17 characters/),
    });
    expect((error as Error).message).not.toContain('not json');
  });

  it('fails with incomplete-stream when the last line was cut off', async () => {
    const text = lines(textEvents);
    const { events, error } = await collect(fromNdjson(text.slice(0, text.lastIndexOf('"status"')), 50));
    expect(events).toEqual(textEvents.slice(0, -1));
    expect(error).toMatchObject({
      type: 'incomplete-stream',
      message: expect.stringContaining('NDJSON line #6'),
    });
  });

  it('reads a last line without its newline', async () => {
    const { events, error } = await collect(fromNdjson(lines(textEvents).trimEnd()));
    expect(error).toBeUndefined();
    expect(events).toEqual(textEvents);
  });
});
