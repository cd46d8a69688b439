/**
 * The two body formats a `ResponseStream` reads, as decoders for {@link BodyReader}: server-sent events (what the
 * API sends) and newline-delimited JSON (what `toReadableStream()` writes). Each frames bytes with its framing
 * decoder and turns every payload into an event or the error it stands for.
 *
 * @module
 */
import type { ChunkDecoder, EventSink } from './body-reader.js';
import {
  DONE_SENTINEL,
  errorFromEvent,
  errorFromNamedFrame,
  parseEventData,
  parseLastEventData,
  type PayloadContext,
} from './event-decoding.js';
import { createNdjsonDecoder } from './ndjson-decoder.js';
import { createSseDecoder } from './sse-decoder.js';
import type { StreamEvent } from './stream-event.js';

/** What both event decoders need. */
export interface EventDecoderOptions {
  /** Largest accepted event (SSE data or NDJSON line), in UTF-16 code units. */
  maxEventBytes: number;
  /** The `x-request-id` of the response, put on `error`-event errors. */
  requestId: string | undefined;
  /** Values to mask in every error. */
  secrets: readonly string[] | undefined;
}

/** Queues `event`, or throws the stream error an `error` event stands for. */
function accept(
  sink: EventSink,
  event: StreamEvent | undefined,
  id: string | undefined,
  context: PayloadContext,
) {
  if (event === undefined) return;
  if (event.type === 'error') throw errorFromEvent(event, context);
  sink.push(event, id);
}

/**
 * Decodes a `text/event-stream` body. Frames with empty data carry nothing and are skipped; `[DONE]` ends the
 * stream; an `event: error` frame is an error whatever its data.
 */
export function createSseEventDecoder(sink: EventSink, options: EventDecoderOptions): ChunkDecoder {
  const context: PayloadContext = { format: 'server-sent event', ...options };
  let position = 0;
  let done = false;
  let atEnd = false;
  const decoder = createSseDecoder({
    maxEventBytes: options.maxEventBytes,
    onRetry: sink.retry,
    onMessage: ({ event, data, id }) => {
      position++;
      if (done || data === '') return;
      if (data === DONE_SENTINEL) {
        done = true;
        sink.stop();
        return;
      }
      if (event === 'error') throw errorFromNamedFrame(data, context);
      // The frame dispatched by end() lacked its blank line: cut-off JSON there means a truncated body.
      const parsed = atEnd
        ? parseLastEventData(data, position, context)
        : parseEventData(data, position, context);
      accept(sink, parsed, id, context);
    },
  });
  return {
    feed: decoder.feed,
    end() {
      atEnd = true;
      decoder.end();
    },
  };
}

/** Decodes newline-delimited JSON events, one per line. */
export function createNdjsonEventDecoder(sink: EventSink, options: EventDecoderOptions): ChunkDecoder {
  const context: PayloadContext = { format: 'NDJSON line', ...options };
  let position = 0;
  return createNdjsonDecoder({
    maxLineBytes: options.maxEventBytes,
    onLine: (line, unterminated) => {
      position++;
      const parse = unterminated ? parseLastEventData : parseEventData;
      accept(sink, parse(line, position, context), undefined, context);
    },
  });
}
