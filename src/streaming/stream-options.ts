/**
 * The options of `ResponseStream.fromResponse` / `fromReadableStream`, and the {@link StreamContext} checked from
 * them (a bad value fails when the stream is created, not when it is first read): each limit's default, how it is
 * counted and the error past it, and the error of an abort.
 *
 * @module
 */
import { StreamError } from '../errors/index.js';
import { checkNumber } from '../internal/validate.js';

/**
 * Default `maxResponseBytes`: 64 MiB. A real reply, images included, is far smaller, and a decompression bomb stops
 * far below a small process's memory.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/**
 * Default `maxEventBytes`: 64 MiB (of UTF-8), generous because image-generation events can exceed 8 MiB.
 */
export const DEFAULT_MAX_EVENT_BYTES: number = 64 * 1024 * 1024;

/** Options of `ResponseStream.fromResponse` and `ResponseStream.fromReadableStream`. */
export interface ReadStreamOptions {
  /** Aborts the stream: iteration then fails with a `StreamError` of type `'aborted'`. */
  signal?: AbortSignal | undefined;
  /**
   * Fail with a `StreamError` of type `'idle-timeout'` when no bytes arrive for this many milliseconds. `0` and
   * `Infinity` mean no idle timeout. Reasoning models can pause for minutes, so choose generously.
   *
   * @defaultValue undefined (no idle timeout)
   */
  idleTimeoutMs?: number | undefined;
  /**
   * Largest accepted event, in bytes of its text as UTF-8 (an SSE event's data plus the line being read, or an
   * NDJSON line): a positive number, or `Infinity` for no limit; past it, iteration fails with a `StreamError` of
   * type `'event-too-large'`. Image-generation events can exceed 8 MiB, so keep it generous.
   *
   * @defaultValue {@link DEFAULT_MAX_EVENT_BYTES} (64 MiB)
   */
  maxEventBytes?: number | undefined;
  /**
   * Largest total the stream may receive, in bytes as decoded (a gzip bomb counts at its real size): past it the
   * body is cancelled and iteration fails with a `StreamError` of type `'response-too-large'`. A positive integer,
   * or `Infinity` for no limit.
   *
   * @defaultValue {@link DEFAULT_MAX_RESPONSE_BYTES} (64 MiB)
   */
  maxResponseBytes?: number | undefined;
  /** The `x-request-id` to report, for streams not built from a `Response` (e.g. proxied NDJSON). */
  requestId?: string | undefined;
  /** The `X-Session-ID` to report, for streams not built from a `Response`. */
  sessionId?: string | undefined;
  /**
   * Values to mask wherever they would appear in an error of this stream (message, fields, cause, stack): the API
   * keys the caller holds. Well-known key shapes (`sk-…`, `AIza…`, `Bearer …`) are masked without being listed.
   */
  secrets?: readonly string[] | undefined;
}

/**
 * What a stream and its tee branches share: the checked options, one abort for the request, and what its errors
 * report and mask. Each part of the stream takes the part of it that it uses (`Pick<StreamContext, …>`).
 */
export interface StreamContext {
  readonly controller: AbortController;
  /** Aborted by the controller or by the caller's `options.signal`. */
  readonly signal: AbortSignal;
  /** Values to mask in every error. */
  readonly secrets: readonly string[] | undefined;
  /** `undefined` when there is no idle timeout. */
  readonly idleTimeoutMs: number | undefined;
  /** Largest accepted event (SSE data and the line being read, or an NDJSON line), in UTF-8 bytes. */
  readonly maxEventBytes: number;
  /** Largest total of decoded bytes the body may hand out; `Infinity` for no limit. */
  readonly maxResponseBytes: number;
  /** The `x-request-id` of the response, reported by the stream and put on `error`-event errors. */
  readonly requestId: string | undefined;
}

/**
 * Checks the options, applies their defaults and creates the stream's abort controller.
 *
 * @param requestId - The request id to report (the option's, else the response header's).
 * @throws `TypeError` for an `idleTimeoutMs`, `maxEventBytes` or `maxResponseBytes` that is not a number;
 *   `RangeError` for a negative or `NaN` `idleTimeoutMs`, a `maxEventBytes` that is not positive, or a
 *   `maxResponseBytes` that is not a positive integer or `Infinity`. The message names the option.
 */
export function streamContext(options: ReadStreamOptions, requestId: string | undefined): StreamContext {
  const { idleTimeoutMs, signal } = options;
  if (idleTimeoutMs !== undefined)
    checkNumber('idleTimeoutMs', idleTimeoutMs, (ms) => ms >= 0, 'milliseconds ≥ 0 (0 or Infinity for none)');
  const maxEventBytes = validateMaxEventBytes(
    options.maxEventBytes === undefined ? DEFAULT_MAX_EVENT_BYTES : options.maxEventBytes,
  );
  const { maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES } = options;
  checkNumber(
    'maxResponseBytes',
    maxResponseBytes,
    (bytes) => bytes === Infinity || (Number.isInteger(bytes) && bytes > 0),
    'a positive integer or Infinity',
  );
  const controller = new AbortController();
  return {
    controller,
    signal: signal ? AbortSignal.any([signal, controller.signal]) : controller.signal,
    secrets: options.secrets,
    idleTimeoutMs: idleTimeoutMs === 0 || idleTimeoutMs === Infinity ? undefined : idleTimeoutMs,
    maxEventBytes,
    maxResponseBytes,
    requestId,
  };
}

/** The error for an abort of the stream's `signal`, keeping its reason as `cause`. */
export function abortError({ signal, secrets }: Pick<StreamContext, 'signal' | 'secrets'>): StreamError {
  return new StreamError('aborted', 'The stream was aborted.', { cause: signal.reason, secrets });
}

/**
 * Checks a `maxEventBytes` option: a positive number or `Infinity`.
 *
 * @returns The value, when valid.
 * @throws `TypeError` when it is not a number, `RangeError` when it is not positive (or `NaN`).
 */
export function validateMaxEventBytes(value: unknown): number {
  return checkNumber('maxEventBytes', value, (bytes) => bytes > 0, 'a positive number or Infinity');
}

/**
 * The number of bytes of `text` as UTF-8: what `maxEventBytes` counts. A UTF-16 code unit is 1 to 3 bytes, so the
 * decoders call this only for text of more than a third of the limit in units, never on the hot path. Text decoded
 * by `TextDecoder` has no lone surrogates: each half of a pair (`code >> 11 === 27`) counts 2, the pair 4.
 */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 127) bytes += code < 2048 || code >> 11 === 27 ? 1 : 2;
  }
  return bytes;
}

/** The error for event number `position` (`what`: a server-sent event or an NDJSON line) over `maxEventBytes`. */
export function eventTooLarge(what: string, position: number, maxEventBytes: number): StreamError {
  return new StreamError(
    'event-too-large',
    `${what} #${position} exceeds maxEventBytes (${maxEventBytes}); raise that option (Infinity for no limit).`,
  );
}
