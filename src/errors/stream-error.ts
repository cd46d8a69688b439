/**
 * {@link StreamError}: reading a reply's body failed, with a string-literal `type` to `switch` on; and
 * {@link StreamEventError}, the server's own `error` event.
 *
 * @module
 */
import { redactValue } from '../internal/redact.js';
import type { Response } from '../types.js';
import { SequrityError, type SequrityErrorOptions } from './sequrity-error.js';

/** What went wrong while reading a stream; see {@link StreamError}. */
export type StreamErrorType =
  /** A `data:` payload, or the body of a non-streamed reply, was not valid JSON. */
  | 'invalid-json'
  /**
   * A reply's body grew beyond `maxResponseBytes` (a non-streamed body, or the total of a stream), or the rebuilt
   * response outgrew what the runtime can hold (a text beyond the engine's longest string).
   */
  | 'response-too-large'
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
  /** The HTTP response was successful but not `text/event-stream` (a proxy or a wrong base URL answered). */
  | 'not-event-stream'
  /**
   * An event broke the protocol in a way the response cannot be rebuilt around: a lifecycle event whose `response`
   * is not an object or whose `output` is not an array, or an object nested too deeply to copy.
   */
  | 'invalid-event';

/**
 * A failure while reading a reply's body: decoding or consuming a server-sent event stream, or a non-streamed body
 * that is too large or not JSON.
 */
export class StreamError extends SequrityError {
  override readonly name: 'StreamError' | 'StreamEventError' = 'StreamError';
  /** What went wrong, for `switch`ing. */
  declare readonly type: StreamErrorType;
  /** The response accumulated before the failure, when the stream had started one. */
  declare readonly response: Response | undefined;

  constructor(
    type: StreamErrorType,
    message: string,
    options?: SequrityErrorOptions & { response?: Response | undefined },
  ) {
    super(message, options);
    this.type = type;
    this.response = redactValue(options?.response, options?.secrets);
  }
}

/** An `error` event sent by the server in the middle of a stream (nested `{error: {…}}` or flat shape). */
export class StreamEventError extends StreamError {
  override readonly name = 'StreamEventError' as const;
  /** The error code the server gave, e.g. `insufficient_quota`. */
  declare readonly code: string | undefined;
  /** The request parameter the error is about, if any. */
  declare readonly param: string | undefined;
  /** The error category the server gave (`error.type` in the nested shape), e.g. `invalid_request_error`. */
  declare readonly errorType: string | undefined;
  /** The `sequence_number` of the error event, when the server sent one. */
  declare readonly sequenceNumber: number | undefined;
  /** The `x-request-id` of the HTTP response that carried the stream. */
  declare readonly requestId: string | undefined;
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
      secrets?: readonly string[] | undefined;
    },
  ) {
    const { secrets } = details;
    super('stream-error-event', message, { response: details.response, secrets });
    this.code = redactValue(details.code, secrets);
    this.param = redactValue(details.param, secrets);
    this.errorType = redactValue(details.errorType, secrets);
    this.sequenceNumber = details.sequenceNumber;
    this.requestId = redactValue(details.requestId, secrets);
    Object.defineProperty(this, 'event', { value: redactValue(details.event, secrets), enumerable: false });
  }
}
