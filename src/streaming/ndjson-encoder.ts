/**
 * Newline-delimited JSON writing: events in, one JSON line per event out, the format `ndjson-decoder.ts` reads.
 * What `ResponseStream.toReadableStream()` hands to a server that proxies a stream to a browser.
 *
 * @module
 */
import { StreamEventError } from '../errors/index.js';
import type { StreamEvent } from './stream-event.js';

/**
 * A byte stream of `events` as newline-delimited JSON, read as it is pulled. When `events` fails with a
 * {@link StreamEventError} (the server sent an `error` event), that event is written as a line too and the stream
 * ends, so the reader on the other side fails the same way; any other failure errors the byte stream. Cancelling
 * the byte stream returns `events`.
 */
export function encodeNdjson(events: AsyncIterator<StreamEvent>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const result = await events.next();
        if (result.done) controller.close();
        else controller.enqueue(encoder.encode(`${JSON.stringify(result.value)}\n`));
      } catch (error) {
        if (!(error instanceof StreamEventError) || error.event === undefined) return controller.error(error);
        controller.enqueue(encoder.encode(`${JSON.stringify(error.event)}\n`));
        controller.close();
      }
    },
    async cancel() {
      await events.return?.();
    },
  });
}
