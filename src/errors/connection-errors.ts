/**
 * The request got no reply: the connection failed ({@link APIConnectionError}), the per-attempt timeout fired
 * ({@link APIConnectionTimeoutError}), or the caller aborted it ({@link APIUserAbortError}).
 *
 * @module
 */
import { redactValue } from '../internal/redact.js';
import { SequrityError, type SequrityErrorOptions } from './sequrity-error.js';

/** The request never got a reply: the connection was refused or reset, DNS or TLS failed, or fetch itself failed. */
export class APIConnectionError extends SequrityError {
  override readonly name: 'APIConnectionError' | 'APIConnectionTimeoutError' = 'APIConnectionError';
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

/** No reply (headers, or the whole body of a non-streamed reply) arrived within the per-attempt `timeout`. */
export class APIConnectionTimeoutError extends APIConnectionError {
  override readonly name = 'APIConnectionTimeoutError' as const;
  /**
   * The per-attempt `timeout` that fired, in milliseconds. (A gap inside a stream is a `StreamError`
   * `'idle-timeout'`.)
   */
  declare readonly timeoutMs: number;

  constructor(message: string, options: SequrityErrorOptions & { timeoutMs: number }) {
    super(message, { ...options, mayHaveBeenSent: true });
    this.timeoutMs = options.timeoutMs;
  }
}

/** The caller's `signal` aborted the request before a reply arrived. */
export class APIUserAbortError extends SequrityError {
  override readonly name = 'APIUserAbortError' as const;
  /** The signal's `reason`. */
  declare readonly reason: unknown;

  constructor(message: string, options: SequrityErrorOptions & { reason: unknown }) {
    super(message, { ...options, cause: options.reason });
    this.reason = redactValue(options.reason, options.secrets);
  }
}
