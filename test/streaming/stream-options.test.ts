// The options of fromResponse / fromReadableStream: what each value means, and that a bad one fails at once.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { createSseDecoder, ResponseStream, type ReadStreamOptions } from '../../src/index.js';
import { utf8Length } from '../../src/streaming/stream-options.js';
import { chunk, pacedBody, streamResponse } from '../helpers/bodies.js';
import { collect, thrownBy } from '../helpers/collect.js';
import { TEXT, textEvents } from '../helpers/events.js';
import { sseBytes } from '../helpers/sse.js';

const ndjson = () => pacedBody([]).body;

/** The synthetic stream delivered in 400-byte chunks, each `delayMs` after the last. */
const slowStream = (options: ReadStreamOptions, delayMs = 15) =>
  ResponseStream.fromResponse(
    new Response(pacedBody(chunk(sseBytes(textEvents), 400), { delayMs }).body, {
      headers: { 'content-type': 'text/event-stream' },
    }),
    options,
  );

describe('idleTimeoutMs', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ['Infinity', Infinity],
    ['0', 0],
    ['undefined', undefined],
  ])('%s means no idle timeout: a slow stream reads to its end', async (_name, idleTimeoutMs) => {
    const stream = slowStream({ idleTimeoutMs });
    const { events, error } = await collect(stream);
    expect(error).toBeUndefined();
    expect(events).toEqual(textEvents);
    expect((await stream.finalResponse()).output_text).toBe(TEXT);
  });

  it('takes values above 2^31-1 ms (setTimeout would clamp them to 1 ms)', async () => {
    const { events, error } = await collect(slowStream({ idleTimeoutMs: 2 ** 31 + 1 }));
    expect(error).toBeUndefined();
    expect(events).toEqual(textEvents);
  });

  it('fires a timeout above 2^31-1 ms when that time has passed, not before', async () => {
    vi.useFakeTimers();
    const idleTimeoutMs = 2 ** 31 + 5_000;
    const stream = ResponseStream.fromResponse(new Response(pacedBody([], { end: 'stall' }).body), {
      idleTimeoutMs,
    });
    const outcome = collect(stream);
    let settled = false;
    void outcome.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(2 ** 31 - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1_001);
    expect(settled).toBe(true);
    expect((await outcome).error).toMatchObject({
      type: 'idle-timeout',
      message: expect.stringContaining(`${idleTimeoutMs} ms`),
    });
  });

  it('still fails a stream that stalls longer than a finite timeout', async () => {
    const stream = ResponseStream.fromResponse(new Response(pacedBody([], { end: 'stall' }).body), {
      idleTimeoutMs: 30,
    });
    expect((await collect(stream)).error).toMatchObject({ type: 'idle-timeout' });
  });

  it.each<[string, unknown, ErrorConstructor]>([
    ['a negative number', -1, RangeError],
    ['NaN', Number.NaN, RangeError],
    ['-Infinity', -Infinity, RangeError],
    ['a string', '1000', TypeError],
    ['null', null, TypeError],
  ])('rejects %s when the stream is created, naming idleTimeoutMs', (_name, value, ErrorClass) => {
    const options = { idleTimeoutMs: value } as ReadStreamOptions;
    for (const create of [
      () => ResponseStream.fromResponse(streamResponse([]), options),
      () => ResponseStream.fromReadableStream(ndjson(), options),
    ]) {
      const error = thrownBy(create);
      expect(error).toBeInstanceOf(ErrorClass);
      expect((error as Error).message).toContain('idleTimeoutMs');
    }
  });
});

describe('maxEventBytes', () => {
  it('is counted in UTF-8 bytes, as TextEncoder writes them', () => {
    expect(utf8Length('a\u007f\u0080é\u07ff\u0800中\uffff😀')).toBe(1 + 1 + 2 + 2 + 2 + 3 + 3 + 3 + 4);
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(utf8Length(text)).toBe(encoder.encode(text).length);
      }),
    );
  });

  it('takes Infinity for no limit', async () => {
    const big = { ...textEvents[3], delta: 'x'.repeat(200_000) };
    const stream = ResponseStream.fromResponse(streamResponse([sseBytes([big, textEvents[5]])]), {
      maxEventBytes: Infinity,
    });
    expect((await collect(stream)).events).toEqual([big, textEvents[5]]);
  });

  it.each<[string, unknown, ErrorConstructor]>([
    ['0', 0, RangeError],
    ['a negative number', -5, RangeError],
    ['NaN', Number.NaN, RangeError],
    ['a string', '4096', TypeError],
    ['null', null, TypeError],
  ])('rejects %s when the stream or decoder is created, naming maxEventBytes', (_name, value, ErrorClass) => {
    const options = { maxEventBytes: value } as ReadStreamOptions;
    for (const create of [
      () => ResponseStream.fromResponse(streamResponse([]), options),
      () => ResponseStream.fromReadableStream(ndjson(), options),
      () => createSseDecoder({ onMessage: () => {}, maxEventBytes: value as number }),
    ]) {
      const error = thrownBy(create);
      expect(error).toBeInstanceOf(ErrorClass);
      expect((error as Error).message).toContain('maxEventBytes');
    }
  });
});

describe('maxResponseBytes', () => {
  const bytes = sseBytes(textEvents);
  const total = bytes.byteLength;

  it('lets a stream of exactly maxResponseBytes through', async () => {
    const stream = ResponseStream.fromResponse(streamResponse(chunk(bytes, 100)), {
      maxResponseBytes: total,
    });
    expect((await collect(stream)).events).toEqual(textEvents);
  });

  it('fails with response-too-large once the stream received more, after the events decoded before', async () => {
    const stream = ResponseStream.fromResponse(streamResponse(chunk(bytes, 100)), {
      maxResponseBytes: total - 1,
    });
    const { events, error } = await collect(stream);
    expect(events).toEqual(textEvents.slice(0, -1));
    expect(error).toMatchObject({ name: 'StreamError', type: 'response-too-large' });
    expect((error as Error).message).toBe(
      `The stream received more than ${total - 1} bytes (the maxResponseBytes option); the rest was cancelled. ` +
        'Raise maxResponseBytes if such a reply is expected.',
    );
  });

  it('counts the NDJSON of fromReadableStream too', async () => {
    const source = ResponseStream.fromResponse(streamResponse(chunk(bytes, 100))).toReadableStream();
    const { error } = await collect(ResponseStream.fromReadableStream(source, { maxResponseBytes: 64 }));
    expect(error).toMatchObject({ type: 'response-too-large' });
  });

  it.each<[string, unknown, ErrorConstructor]>([
    ['0', 0, RangeError],
    ['a fraction', 1.5, RangeError],
    ['NaN', Number.NaN, RangeError],
    ['a string', '4096', TypeError],
    ['null', null, TypeError],
  ])('rejects %s when the stream is created, naming maxResponseBytes', (_name, value, ErrorClass) => {
    const options = { maxResponseBytes: value } as ReadStreamOptions;
    for (const create of [
      () => ResponseStream.fromResponse(streamResponse([]), options),
      () => ResponseStream.fromReadableStream(ndjson(), options),
    ]) {
      const error = thrownBy(create);
      expect(error).toBeInstanceOf(ErrorClass);
      expect((error as Error).message).toContain('maxResponseBytes');
    }
  });
});
