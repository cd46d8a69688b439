/**
 * The options of `ResponseStream.fromResponse` / `fromReadableStream`, and their validation: a bad value fails when
 * the stream is created, not when it is first read.
 *
 * @module
 */
import { DEFAULT_MAX_EVENT_BYTES, validateMaxEventBytes } from './sse-decoder.js';

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
   * Largest accepted event, counted in UTF-16 code units of its data (equal to bytes for ASCII JSON; CJK text counts
   * one unit per character): a positive number, or `Infinity` for no limit. Image-generation events can exceed
   * 8 MiB, so keep it generous.
   *
   * @defaultValue 64 Mi units
   */
  maxEventBytes?: number | undefined;
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

/** {@link ReadStreamOptions} checked and with defaults applied. */
export interface ResolvedStreamOptions {
  signal: AbortSignal | undefined;
  /** `undefined` when there is no idle timeout. */
  idleTimeoutMs: number | undefined;
  maxEventBytes: number;
}

/**
 * Checks the options and applies their defaults.
 *
 * @throws `TypeError` for an `idleTimeoutMs` or `maxEventBytes` that is not a number; `RangeError` for a negative or
 *   `NaN` `idleTimeoutMs`, or a `maxEventBytes` that is not positive. The message names the option.
 */
export function resolveStreamOptions(options: ReadStreamOptions): ResolvedStreamOptions {
  return {
    signal: options.signal,
    idleTimeoutMs: idleTimeout(options.idleTimeoutMs),
    maxEventBytes: validateMaxEventBytes(
      options.maxEventBytes === undefined ? DEFAULT_MAX_EVENT_BYTES : options.maxEventBytes,
    ),
  };
}

function idleTimeout(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number') {
    throw new TypeError(
      `idleTimeoutMs must be a number of milliseconds (0 or Infinity for none); got ${value === null ? 'null' : typeof value}.`,
    );
  }
  if (!(value >= 0)) {
    throw new RangeError(
      `idleTimeoutMs must be 0 or more milliseconds (0 or Infinity for none); got ${value}.`,
    );
  }
  return value === 0 || value === Infinity ? undefined : value;
}
