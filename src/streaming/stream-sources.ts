/**
 * Where a `ResponseStream`'s events come from: an SSE reply, or the NDJSON bytes `toReadableStream()` wrote. Both
 * validate the options at once and read the body with the one {@link BodyReader}, each through its own decoder.
 *
 * @module
 */
import { BodyReader, type BodyReaderOptions, type StreamSource } from './body-reader.js';
import {
  createNdjsonEventDecoder,
  createSseEventDecoder,
  type EventDecoderOptions,
} from './event-decoders.js';
import { resolveStreamOptions, type ReadStreamOptions } from './stream-options.js';
import { openReply, type StreamReply } from './stream-reply.js';

/** What a stream and its tee branches share: one abort for the request, and the secrets to mask in errors. */
export interface StreamControl {
  readonly controller: AbortController;
  /** Aborted by the controller or by the caller's `options.signal`. */
  readonly signal: AbortSignal;
  readonly secrets: readonly string[] | undefined;
}

/** Everything a `ResponseStream` is made of, besides its own accumulation. */
export interface StreamParts {
  readonly source: StreamSource;
  readonly control: StreamControl;
  readonly requestId: string | undefined;
  readonly sessionId: string | undefined;
}

/**
 * The parts of a stream over a `text/event-stream` reply (or over the failure of a reply that is not one).
 *
 * @throws `TypeError` / `RangeError` for invalid options.
 */
export function sseStreamParts(reply: StreamReply, options: ReadStreamOptions): StreamParts {
  const { maxEventBytes, ...reading } = resolveStreamOptions(options);
  const control = createControl(reading.signal, options.secrets);
  const opened = openReply(reply, control.secrets);
  const header = (name: string) => opened.response.headers.get(name) ?? undefined;
  const requestId = options.requestId ?? header('x-request-id');
  const decoding: EventDecoderOptions = { maxEventBytes, requestId, secrets: control.secrets };
  const source =
    opened.source ??
    new BodyReader(
      opened.body,
      (sink) => createSseEventDecoder(sink, decoding),
      readerOptions(reading, control),
    );
  return { source, control, requestId, sessionId: options.sessionId ?? header('x-session-id') };
}

/**
 * The parts of a stream over newline-delimited JSON events.
 *
 * @throws `TypeError` / `RangeError` for invalid options.
 */
export function ndjsonStreamParts(body: ReadableStream<Uint8Array>, options: ReadStreamOptions): StreamParts {
  const { maxEventBytes, ...reading } = resolveStreamOptions(options);
  const control = createControl(reading.signal, options.secrets);
  const { requestId, sessionId } = options;
  const decoding: EventDecoderOptions = { maxEventBytes, requestId, secrets: control.secrets };
  const reader = readerOptions(reading, control);
  const source = new BodyReader(body, (sink) => createNdjsonEventDecoder(sink, decoding), reader);
  return { source, control, requestId, sessionId };
}

function createControl(
  signal: AbortSignal | undefined,
  secrets: readonly string[] | undefined,
): StreamControl {
  const controller = new AbortController();
  return {
    controller,
    signal: signal ? AbortSignal.any([signal, controller.signal]) : controller.signal,
    secrets,
  };
}

function readerOptions(
  reading: { idleTimeoutMs: number | undefined },
  control: StreamControl,
): BodyReaderOptions {
  return { signal: control.signal, idleTimeoutMs: reading.idleTimeoutMs, secrets: control.secrets };
}
