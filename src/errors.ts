/**
 * Error classes thrown by `sequrity-responses`.
 *
 * Every error extends {@link SequrityError}. Stream failures are {@link StreamError}s and carry a
 * string-literal `type` so callers can `switch` on it. No error ever includes an API key: messages are built
 * only from status lines, server error bodies and positions in the stream.
 *
 * @module
 */

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
  | 'read-failed';

/** A failure while decoding or consuming a server-sent event stream. */
export class StreamError extends SequrityError {
  override readonly name: string = 'StreamError';
  /** What went wrong, for `switch`ing. */
  readonly type: StreamErrorType;

  constructor(type: StreamErrorType, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.type = type;
  }
}
