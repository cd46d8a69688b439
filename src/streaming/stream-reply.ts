/**
 * What `ResponseStream.fromResponse` is given, and whether it is an event stream at all: a fetch `Response` or
 * openapi-fetch's result, answered with an error status (an {@link APIError}), a successful non-stream reply
 * (`not-event-stream`), or the `text/event-stream` body to read.
 *
 * @module
 */
import { APIError, readErrorBody, StreamError } from '../errors.js';
import type { StreamSource } from './body-reader.js';
import type { StreamEvent } from './stream-event.js';

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

/** The reply's event-stream body, or a source that fails with the reason it is not one. */
export type OpenedReply =
  | { readonly response: globalThis.Response; readonly body: ReadableStream<Uint8Array>; source?: never }
  | { readonly response: globalThis.Response; readonly source: StreamSource; body?: never };

const isFetchResult = (reply: StreamReply): reply is FetchResult =>
  !('headers' in reply) && typeof (reply as FetchResult).response === 'object';

/**
 * Looks at a reply without reading an event-stream body.
 *
 * @param reply - The reply to stream.
 * @param secrets - Values to mask in the errors built for it.
 */
export function openReply(reply: StreamReply, secrets: readonly string[] | undefined): OpenedReply {
  const response = isFetchResult(reply) ? reply.response : reply;
  if (!response.ok) {
    const parsed = isFetchResult(reply) ? reply.error : undefined;
    return {
      response,
      source: new FailedReply(response, async () =>
        APIError.from(response, parsed ?? (await readErrorBody(response)), { secrets }),
      ),
    };
  }
  const type = response.headers.get('content-type');
  // A missing content type is read as a stream: some proxies drop the header, and the decoder is strict anyway.
  if (response.bodyUsed || (type !== null && !type.includes('text/event-stream'))) {
    return {
      response,
      source: new FailedReply(response, () => Promise.resolve(notEventStream(response, type, secrets))),
    };
  }
  const data = isFetchResult(reply) ? reply.data : undefined;
  const body = data instanceof ReadableStream ? (data as ReadableStream<Uint8Array>) : response.body;
  return { response, body: body ?? new ReadableStream({ start: (controller) => controller.close() }) };
}

function notEventStream(
  response: globalThis.Response,
  type: string | null,
  secrets: readonly string[] | undefined,
): StreamError {
  const message = response.bodyUsed
    ? "The reply's body was already read, so it cannot be streamed; call the low-level client with " +
      "`parseAs: 'stream'`."
    : `Expected a text/event-stream reply but got ${type ?? 'no content type'}; send \`stream: true\` to stream.`;
  return new StreamError('not-event-stream', message, { secrets });
}

/**
 * The source of a reply that is not an event stream: iterating it fails with the error `failure` builds (reading
 * the body if needed), and stopping it cancels the body.
 */
class FailedReply implements StreamSource {
  readonly lastEventId = undefined;
  readonly retryMs = undefined;
  readonly #response: globalThis.Response;
  readonly #failure: () => Promise<Error>;

  constructor(response: globalThis.Response, failure: () => Promise<Error>) {
    this.#response = response;
    this.#failure = failure;
  }

  async next(): Promise<IteratorResult<StreamEvent>> {
    const error = await this.#failure();
    await this.#cancel();
    throw error;
  }

  async return(): Promise<IteratorResult<StreamEvent>> {
    await this.#cancel();
    return { value: undefined, done: true };
  }

  async #cancel(): Promise<void> {
    if (!this.#response.bodyUsed) await this.#response.body?.cancel().catch(() => {});
  }
}
