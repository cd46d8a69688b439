/**
 * Error classes thrown by `sequrity-responses`.
 *
 * Every error extends {@link SequrityError}. Stream failures are {@link StreamError}s and carry a
 * string-literal `type` so callers can `switch` on it. No error ever includes an API key: messages are built
 * only from status lines, server error bodies and positions in the stream.
 *
 * @module
 */
import type { Response } from './types.js';

/** Base class of every error this package throws. */
export class SequrityError extends Error {
  override readonly name: string = 'SequrityError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** What went wrong while reading a stream; see {@link StreamError}. */
export type StreamErrorType =
  /** A `data:` payload was not valid JSON. */
  | 'invalid-json'
  /** One event grew beyond `maxEventBytes`. */
  | 'event-too-large'
  /** The server sent an `error` event. */
  | 'stream-error-event'
  /** The body ended before a terminal lifecycle event (`response.completed`, `.incomplete` or `.failed`). */
  | 'incomplete-stream'
  /** No bytes arrived for `idleTimeoutMs`. */
  | 'idle-timeout'
  /** The stream was aborted through its signal or `abort()`. */
  | 'aborted'
  /** The stream was iterated a second time. */
  | 'stream-consumed'
  /** The body failed while it was being read (network error, reset connection). */
  | 'read-failed'
  /** The HTTP response was an error (status 4xx/5xx), not a stream. */
  | 'http-error'
  /** The HTTP response was successful but not `text/event-stream` (was `stream: true` sent?). */
  | 'not-event-stream';

/** A failure while decoding or consuming a server-sent event stream. */
export class StreamError extends SequrityError {
  override readonly name: string = 'StreamError';
  /** What went wrong, for `switch`ing. */
  readonly type: StreamErrorType;
  /** The response accumulated before the failure, when the stream had started one. */
  readonly response: Response | undefined;

  constructor(
    type: StreamErrorType,
    message: string,
    options?: { cause?: unknown; response?: Response | undefined },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.type = type;
    this.response = options?.response;
  }
}

/** An `error` event sent by the server in the middle of a stream (nested `{error: {…}}` or flat shape). */
export class StreamEventError extends StreamError {
  override readonly name: string = 'StreamEventError';
  /** The error code the server gave, e.g. `insufficient_quota`. */
  readonly code: string | undefined;
  /** The request parameter the error is about, if any. */
  readonly param: string | undefined;
  /** The error category the server gave (`error.type` in the nested shape), e.g. `invalid_request_error`. */
  readonly errorType: string | undefined;
  /** The `sequence_number` of the error event, when the server sent one. */
  readonly sequenceNumber: number | undefined;
  /** The `x-request-id` of the HTTP response that carried the stream. */
  readonly requestId: string | undefined;
  /**
   * The `error` event as the server sent it (for forwarding it, e.g. by `toReadableStream()`). Not enumerable, so
   * `util.inspect` and `JSON.stringify` of the error never print server payloads unredacted.
   */
  declare readonly event: unknown;

  constructor(
    message: string,
    details: {
      code?: string | undefined;
      param?: string | undefined;
      errorType?: string | undefined;
      sequenceNumber?: number | undefined;
      requestId?: string | undefined;
      response?: Response | undefined;
      event?: unknown;
    },
  ) {
    super('stream-error-event', message, { response: details.response });
    this.code = details.code;
    this.param = details.param;
    this.errorType = details.errorType;
    this.sequenceNumber = details.sequenceNumber;
    this.requestId = details.requestId;
    Object.defineProperty(this, 'event', { value: details.event, enumerable: false });
  }
}

/**
 * Masks credentials in text that came from a server (error messages can echo what was sent): bearer tokens and
 * `sk-…`-style keys keep only their prefix.
 */
export function redactSecrets(text: string): string {
  return text
    .replace(/\b(Bearer\s+)[^\s"',;]+/gi, '$1***')
    .replace(/\b((?:sk|pk|rk|sess)[-_](?:[A-Za-z]+[-_])?)[A-Za-z0-9_-]{8,}/g, '$1***');
}
