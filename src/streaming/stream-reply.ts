/**
 * What `ResponseStream.fromResponse` is given, and what to read from it: a fetch `Response` or openapi-fetch's
 * result, answered with an error status (the source fails with an {@link APIError}), a successful non-stream reply
 * (`not-event-stream`), or the `text/event-stream` body to read.
 *
 * @module
 */
import { APIError, readErrorBody, StreamError } from '../errors/index.js';
import { BodyReader } from './body-reader.js';
import { createSseEventDecoder } from './event-decoders.js';
import type { StreamContext } from './stream-options.js';
import { DONE, type StreamSource } from './stream-source.js';

/**
 * openapi-fetch's result, as the low-level client returns it: the `Response`, and what openapi-fetch read from it —
 * `error` (the parsed error body) for an error status, `data` (the body stream with `parseAs: 'stream'`) otherwise.
 */
export interface FetchResult {
  readonly response: globalThis.Response;
  readonly data?: unknown;
  readonly error?: unknown;
}

/** A reply `ResponseStream.fromResponse` reads: a fetch `Response`, or openapi-fetch's {@link FetchResult}. */
export type StreamReply = globalThis.Response | FetchResult;

const isFetchResult = (reply: StreamReply): reply is FetchResult =>
  !('headers' in reply) && typeof (reply as FetchResult).response === 'object';

/** The fetch `Response` of a reply. */
export const responseOf = (reply: StreamReply): globalThis.Response =>
  isFetchResult(reply) ? reply.response : reply;

/**
 * The events of a reply: its `text/event-stream` body read through the SSE decoder, or a source that fails with the
 * reason it is not one (reading an error body first).
 *
 * @param reply - The reply to stream.
 * @param context - The stream's options, abort signal and secrets.
 */
export function openReply(reply: StreamReply, context: StreamContext): StreamSource {
  const response = responseOf(reply);
  const result: Partial<FetchResult> = isFetchResult(reply) ? reply : {};
  const { secrets } = context;
  if (!response.ok) {
    return failedReply(response, async () =>
      APIError.from(response, result.error ?? (await readErrorBody(response)), { secrets }),
    );
  }
  const type = response.headers.get('content-type');
  // A missing content type is read as a stream: some proxies drop the header, and the decoder is strict anyway.
  if (response.bodyUsed || (type !== null && !type.includes('text/event-stream'))) {
    const message = response.bodyUsed
      ? "The reply's body was already read; call the low-level client with parseAs: 'stream'."
      : // JSON is the API's answer to a request without stream: true; anything else is not the API answering.
        `Expected a text/event-stream reply, got ${type}; ${type?.includes('json') ? 'send stream: true to stream' : 'a proxy or a wrong baseURL answered'}.`;
    return failedReply(response, async () => new StreamError('not-event-stream', message, { secrets }));
  }
  const body =
    result.data instanceof ReadableStream
      ? (result.data as ReadableStream<Uint8Array>)
      : (response.body ?? new ReadableStream({ start: (controller) => controller.close() }));
  return new BodyReader(body, (sink) => createSseEventDecoder(sink, context), context);
}

/**
 * The source of a reply that is not an event stream: reading it fails with the error `failure` builds, and
 * stopping it cancels the body.
 */
function failedReply(response: globalThis.Response, failure: () => Promise<Error>): StreamSource {
  const cancel = async (): Promise<void> => {
    if (!response.bodyUsed) await response.body?.cancel().catch(() => {});
  };
  return {
    async next() {
      const error = await failure();
      await cancel();
      throw error;
    },
    async return() {
      await cancel();
      return DONE;
    },
  };
}
