/**
 * The two body formats a `ResponseStream` reads, as decoders for {@link BodyReader}: server-sent events (what the
 * API sends) and newline-delimited JSON (what `toReadableStream()` writes). Each frames bytes with its framing
 * decoder and turns every payload into an event or the error it stands for.
 *
 * @module
 */
import type { ChunkDecoder, EventSink } from './body-reader.js';
import { DONE_SENTINEL, errorFromEvent, errorFromNamedFrame, parseEventData } from './event-decoding.js';
import { createNdjsonDecoder } from './ndjson-decoder.js';
import { createSseDecoder } from './sse-decoder.js';
import type { StreamContext } from './stream-options.js';
import type { StreamEvent } from './stream-event.js';

/** What both event decoders need. */
export type EventDecoderOptions = Pick<StreamContext, 'maxEventBytes' | 'requestId' | 'secrets'>;

/** Queues `event`, or throws the stream error an `error` event stands for. */
function accept(
  sink: EventSink,
  event: StreamEvent | undefined,
  id: string | undefined,
  options: EventDecoderOptions,
) {
  if (event === undefined) return;
  if (event.type === 'error') throw errorFromEvent(event, options);
  sink.push(event, id);
}

/**
 * Decodes a `text/event-stream` body. Frames with empty data carry nothing and are skipped; `[DONE]` ends the
 * stream; an `event: error` frame is an error whatever its data.
 */
export function createSseEventDecoder(sink: EventSink, options: EventDecoderOptions): ChunkDecoder {
  let position = 0;
  let done = false;
  let atEnd = false;
  const decoder = createSseDecoder({
    maxEventBytes: options.maxEventBytes,
    onRetry: (milliseconds) => sink.retry(milliseconds),
    onMessage: ({ event, data, id }) => {
      position++;
      if (done || data === '') return;
      if (data === DONE_SENTINEL) {
        done = true;
        return sink.stop();
      }
      if (event === 'error') throw errorFromNamedFrame(data, options);
      // The frame dispatched by end() lacked its blank line: cut-off JSON there means a truncated body.
      accept(sink, parseEventData(data, 'server-sent event', position, options, atEnd), id, options);
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
  let position = 0;
  return createNdjsonDecoder({
    maxLineBytes: options.maxEventBytes,
    onLine: (line, unterminated) =>
      accept(
        sink,
        parseEventData(line, 'NDJSON line', ++position, options, unterminated),
        undefined,
        options,
      ),
  });
}
