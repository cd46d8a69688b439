/**
 * Error classes thrown by `sequrity-responses`.
 *
 * Every error extends {@link SequrityError}: {@link APIError} and its status subclasses for error replies (in
 * `api-error.ts`), the connection, timeout and abort errors, and {@link StreamError}s, which carry a
 * string-literal `type` so callers can `switch` on it. No error ever includes an API key: every field goes through
 * one redaction function.
 *
 * @module
 */
import { redactValue } from './internal/redact.js';
import { SequrityError, type SequrityErrorOptions } from './sequrity-error.js';
import type { StandardSchemaIssue } from './client/standard-schema.js';
import type { Response } from './types.js';

export { redactSecrets, redactValue } from './internal/redact.js';
export { SequrityError, type SequrityErrorOptions } from './sequrity-error.js';
export {
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  readErrorBody,
  UnprocessableEntityError,
  type APIErrorContext,
  type APIErrorDetails,
} from './api-error.js';

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
  /** The HTTP response was successful but not `text/event-stream` (was `stream: true` sent?). */
  | 'not-event-stream'
  /**
   * An event broke the protocol in a way the response cannot be rebuilt around: a lifecycle event whose `response`
   * is not an object or whose `output` is not an array, or an object nested too deeply to copy.
   */
  | 'invalid-event';

// Fields that a constructor sets are `declare`d: the constructor creates the same own properties in the same
// order, and the bundle carries no empty field definition for each.
/**
 * A failure while reading a reply's body: decoding or consuming a server-sent event stream, or a non-streamed body
 * that is too large or not JSON.
 */
export class StreamError extends SequrityError {
  override readonly name: string = 'StreamError';
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
  override readonly name: string = 'StreamEventError';
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

/** The request never got a reply: the connection was refused or reset, DNS or TLS failed, or fetch itself failed. */
export class APIConnectionError extends SequrityError {
  override readonly name: string = 'APIConnectionError';
  /** The system error code behind the failure when there is one (`ECONNREFUSED`, `ENOTFOUND`, `ECONNRESET`, …). */
  declare readonly code: string | undefined;
  /**
   * Whether the request may have reached the server (the failure came after it was sent). Such a request is not
   * retried by default: the server may be working on it.
   */
  declare readonly mayHaveBeenSent: boolean;

  constructor(
    message: string,
    options: SequrityErrorOptions & { code?: string | undefined; mayHaveBeenSent: boolean },
  ) {
    super(message, options);
    this.code = redactValue(options.code, options.secrets);
    this.mayHaveBeenSent = options.mayHaveBeenSent;
  }
}

/** Which deadline an {@link APIConnectionTimeoutError} is about. */
export type TimeoutKind = 'timeout';

/** No reply (headers, or the whole body of a non-streamed reply) arrived within the per-attempt `timeout`. */
export class APIConnectionTimeoutError extends APIConnectionError {
  override readonly name: string = 'APIConnectionTimeoutError';
  /** The option that fired: `timeout` (per attempt). Gaps inside a stream are `StreamError` `'idle-timeout'`. */
  readonly timeout: TimeoutKind = 'timeout';
  /** Its value, in milliseconds. */
  declare readonly timeoutMs: number;

  constructor(message: string, options: SequrityErrorOptions & { timeoutMs: number }) {
    super(message, { ...options, mayHaveBeenSent: true });
    this.timeoutMs = options.timeoutMs;
  }
}

/** The caller's `signal` aborted the request before a reply arrived. */
export class APIUserAbortError extends SequrityError {
  override readonly name: string = 'APIUserAbortError';
  /** The signal's `reason`. */
  declare readonly reason: unknown;

  constructor(message: string, options: SequrityErrorOptions & { reason: unknown }) {
    super(message, { ...options, cause: options.reason });
    this.reason = redactValue(options.reason, options.secrets);
  }
}

/** What was wrong with a structured output; see {@link StructuredOutputError}. */
export type StructuredOutputErrorType =
  /** The text is not JSON. */
  | 'invalid-json'
  /** The JSON does not match the schema: its `~standard.validate` reported issues. */
  | 'invalid-output';

/**
 * The model's structured output (`responses.parse`, a schema-typed `parseDualLlmResult`) is not JSON, or does not
 * match the schema. `text` holds what the model wrote and `issues` what the schema reported.
 */
export class StructuredOutputError extends SequrityError {
  override readonly name: string = 'StructuredOutputError';
  /** What went wrong, for `switch`ing. */
  declare readonly type: StructuredOutputErrorType;
  /** The text that was parsed, as the model wrote it (credential-shaped strings masked). */
  declare readonly text: string;
  /** The schema's issues (`'invalid-output'`); empty for `'invalid-json'`. */
  declare readonly issues: readonly StandardSchemaIssue[];

  constructor(
    type: StructuredOutputErrorType,
    message: string,
    options: SequrityErrorOptions & { text: string; issues?: readonly StandardSchemaIssue[] | undefined },
  ) {
    super(message, options);
    this.type = type;
    this.text = redactValue(options.text, options.secrets);
    this.issues = redactValue(options.issues ?? [], options.secrets);
  }
}
