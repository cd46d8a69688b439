// test-vectors/sse.json run through our SSE event decoder (bytes → events), in several chunkings of the same bytes.
import { describe, expect, it } from 'vitest';

import { StreamError, StreamEventError } from '../../src/errors/index.js';
import type { EventSink } from '../../src/streaming/body-reader.js';
import { createSseEventDecoder } from '../../src/streaming/event-decoders.js';
import { DEFAULT_MAX_EVENT_BYTES } from '../../src/streaming/stream-options.js';
import type { StreamEvent } from '../../src/streaming/stream-event.js';
import { chunk } from '../helpers/fixtures.js';
import { duplicateIds, readVectors, validateVectors } from './vectors.js';

interface SseCase {
  id: string;
  description: string;
  input: string;
  events: Record<string, unknown>[];
  last_event_id?: string;
  retry_ms?: number;
  max_event_bytes?: number;
  error?: { type: string; code?: string; message?: string };
}

const file = readVectors<{ cases: SseCase[] }>('sse');

/** What decoding one body produced: the events, the SSE metadata, and the error that ended it. */
interface Decoded {
  events: StreamEvent[];
  lastEventId: string | undefined;
  retryMs: number | undefined;
  error: unknown;
}

function decode(chunks: readonly Uint8Array[], maxEventBytes: number): Decoded {
  const decoded: Decoded = { events: [], lastEventId: undefined, retryMs: undefined, error: undefined };
  const sink: EventSink = {
    push(event, lastEventId) {
      decoded.events.push(event);
      decoded.lastEventId = lastEventId;
    },
    stop() {},
    retry(milliseconds) {
      decoded.retryMs = milliseconds;
    },
  };
  const decoder = createSseEventDecoder(sink, { maxEventBytes, requestId: undefined, secrets: undefined });
  try {
    for (const chunk of chunks) decoder.feed(chunk);
    decoder.end();
  } catch (error) {
    decoded.error = error;
  }
  return decoded;
}

/** The same bytes whole, one byte at a time (every multi-byte character split), and in 7-byte chunks. */
const chunkings = (bytes: Uint8Array): [string, Uint8Array[]][] => [
  ['whole', [bytes]],
  ['byte by byte', chunk(bytes, 1)],
  ['7-byte chunks', chunk(bytes, 7)],
];

describe('test-vectors/sse.json', () => {
  it('matches its JSON Schema, with unique ids and at least 20 cases', () => {
    expect(validateVectors('sse', file)).toEqual([]);
    expect(duplicateIds(file.cases)).toEqual([]);
    expect(file.cases.length).toBeGreaterThanOrEqual(20);
  });

  it('covers every decoder error type and the end-of-stream rule', () => {
    const errors = new Set(file.cases.map((c) => c.error?.type).filter(Boolean));
    expect([...errors].sort()).toEqual([
      'event-too-large',
      'incomplete-stream',
      'invalid-json',
      'stream-error-event',
    ]);
    expect(file.cases.some((c) => c.error === undefined && !/\n\n$|\r\r$|\r\n\r\n$/.test(c.input))).toBe(
      true,
    );
  });

  describe.each(file.cases)('$id', (vector) => {
    const bytes = new TextEncoder().encode(vector.input);
    it.each(chunkings(bytes))('decodes %s to the listed events and outcome', (_how, chunks) => {
      const decoded = decode(chunks, vector.max_event_bytes ?? DEFAULT_MAX_EVENT_BYTES);
      expect(decoded.events).toEqual(vector.events);
      if (vector.last_event_id !== undefined) expect(decoded.lastEventId).toBe(vector.last_event_id);
      if (vector.retry_ms !== undefined) expect(decoded.retryMs).toBe(vector.retry_ms);
      if (vector.error === undefined) {
        expect(decoded.error).toBeUndefined();
        return;
      }
      expect(decoded.error).toBeInstanceOf(StreamError);
      const error = decoded.error as StreamError;
      expect(error.type).toBe(vector.error.type);
      if (vector.error.type === 'stream-error-event') {
        expect(error).toBeInstanceOf(StreamEventError);
        const { code, message } = vector.error;
        expect((error as StreamEventError).code).toBe(code);
        // Our message format: `Stream error (<code>): <server message>`, without the parenthesis when there is no code.
        if (message !== undefined)
          expect(error.message).toBe(`Stream error${code === undefined ? '' : ` (${code})`}: ${message}`);
      }
    });
  });
});
