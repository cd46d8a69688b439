/**
 * The retry policy as pure functions: whether a failed attempt may be sent again ({@link shouldRetry}), how long
 * to wait first ({@link retryDelayMs}), and whether a fetch failure happened before the request left the machine
 * ({@link classifyFetchError}). The loop that sleeps and re-sends lives in the client.
 *
 * The default retries only what provably did not run, or what the server asks for, so a retry never bills the
 * same generation twice: a connection that failed before the request was sent (refused, DNS, TLS handshake),
 * HTTP 408, 429 and 503, and any reply with `x-should-retry: true`. `x-should-retry: false` vetoes a retry.
 * Never retried by default: a per-attempt timeout or a connection lost after the request was sent (the server
 * may be working on it), any other status, a stream whose body has started, and an abort.
 *
 * @module
 */
import { retryAfterMs, type HeadersReader } from '../internal/retry-after.js';

/** How one attempt ended, as far as the retry decision is concerned. */
export type AttemptOutcome =
  /** The server replied with an error status (or any status the caller asks about). */
  | {
      readonly kind: 'response';
      readonly status: number;
      readonly headers: HeadersReader;
      /** True once the body of a streamed reply has started to arrive; such an attempt is never retried. */
      readonly streamStarted?: boolean | undefined;
    }
  /** fetch failed without a reply; `sent` comes from {@link classifyFetchError}. */
  | { readonly kind: 'connection'; readonly sent: boolean; readonly code?: string | undefined }
  /** The per-attempt timeout fired. */
  | { readonly kind: 'timeout' }
  /** The caller's signal aborted the request. */
  | { readonly kind: 'abort' };

/** What a custom {@link RetryOptions.shouldRetry} is told about a failed attempt. */
export interface RetryInfo {
  /** How the attempt ended. */
  readonly outcome: AttemptOutcome;
  /** The number of the attempt that failed: 1 for the first request, 2 for the first retry, … */
  readonly attempt: number;
  /** The retry budget of the request. */
  readonly maxRetries: number;
  /** What the default policy (with the configured `statuses`) decided. */
  readonly defaultDecision: boolean;
}

/** The configurable part of the retry policy (the client's `retry` option). */
export interface RetryOptions {
  /**
   * HTTP statuses that are retried. Replaces the default list.
   * @defaultValue {@link DEFAULT_RETRY_STATUSES} (408, 429, 503)
   */
  readonly statuses?: readonly number[] | undefined;
  /**
   * Decides for an outcome that the fixed rules leave open: return `true` to retry, `false` not to, or
   * `undefined` to keep the default decision. It is not asked after an abort, once the retry budget is spent,
   * once a stream's body started, or when the server sent `x-should-retry: false`: those are never retried.
   */
  readonly shouldRetry?: ((info: RetryInfo) => boolean | undefined) | undefined;
}

/** Everything {@link shouldRetry} needs besides the outcome. */
export interface RetryPolicy extends RetryOptions {
  /** The number of the attempt that failed: 1 for the first request. */
  readonly attempt: number;
  /** How many retries the request may make in all (the client's `maxRetries`). */
  readonly maxRetries: number;
}

/** The statuses retried by default: 408 Request Timeout, 429 Too Many Requests, 503 Service Unavailable. */
export const DEFAULT_RETRY_STATUSES: readonly number[] = /* @__PURE__ */ Object.freeze([408, 429, 503]);

/**
 * Decides whether a failed attempt may be sent again.
 *
 * Fixed rules, checked first: an abort, an attempt beyond the budget (`attempt > maxRetries`), a stream whose body
 * started, a success status (below 400), and a reply with `x-should-retry: false` are never retried. Then the
 * default: a reply with `x-should-retry: true` or a status in `statuses` is retried, and a connection failure is
 * retried only when the request was not sent; a timeout is not. Finally `policy.shouldRetry`, when given, may
 * replace the default decision.
 *
 * @param outcome - How the attempt ended.
 * @param policy - The attempt number, the budget and the configured options.
 * @returns Whether to retry (the delay comes from {@link retryDelayMs}).
 * @example
 * ```ts
 * shouldRetry({ kind: 'response', status: 429, headers: response.headers }, { attempt: 1, maxRetries: 2 }); // true
 * shouldRetry({ kind: 'connection', sent: true }, { attempt: 1, maxRetries: 2 }); // false: it may have run
 * ```
 */
export function shouldRetry(outcome: AttemptOutcome, policy: RetryPolicy): boolean {
  const { attempt, maxRetries } = policy;
  if (outcome.kind === 'abort' || attempt > maxRetries) return false;
  let defaultDecision = false;
  if (outcome.kind === 'response') {
    if (outcome.streamStarted === true || outcome.status < 400) return false;
    // `x-should-retry` decides when it is `true` or `false`; any other value is ignored.
    const server = outcome.headers.get('x-should-retry')?.trim().toLowerCase();
    if (server === 'false') return false;
    defaultDecision =
      server === 'true' || (policy.statuses ?? DEFAULT_RETRY_STATUSES).includes(outcome.status);
  } else if (outcome.kind === 'connection') defaultDecision = !outcome.sent;
  return policy.shouldRetry?.({ outcome, attempt, maxRetries, defaultDecision }) ?? defaultDecision;
}

// ---------------------------------------------------------------------------------------------------------------
// Delays
// ---------------------------------------------------------------------------------------------------------------

/** The longest server-requested wait that is honoured; a longer one means the request is not retried. */
export const MAX_RETRY_AFTER_MS = 60_000;
/** The first backoff delay (before jitter); it doubles per retry. */
export const INITIAL_RETRY_DELAY_MS = 500;
/** The longest backoff delay (before jitter). */
export const MAX_RETRY_DELAY_MS = 8_000;

/** Where a delay came from. */
export type RetryDelaySource = 'retry-after-ms' | 'retry-after' | 'backoff';

/** The result of {@link retryDelayMs}. */
export type RetryDelay =
  /** Wait `delayMs`, then retry. */
  | { readonly retry: true; readonly delayMs: number; readonly source: RetryDelaySource }
  /**
   * The server asked for a wait longer than {@link MAX_RETRY_AFTER_MS}: do not retry; report `retryAfterMs` to
   * the caller (e.g. on a `RateLimitError`).
   */
  | {
      readonly retry: false;
      readonly retryAfterMs: number;
      readonly source: 'retry-after-ms' | 'retry-after';
    };

/** Injectable clock and randomness, for tests. */
export interface RetryDelayOptions {
  /**
   * Returns a number in [0, 1); drives the jitter.
   * @defaultValue `Math.random`
   */
  readonly random?: (() => number) | undefined;
  /**
   * Returns the current time in milliseconds since the epoch; an HTTP-date `Retry-After` is relative to it.
   * @defaultValue `Date.now`
   */
  readonly now?: (() => number) | undefined;
}

/**
 * How long to wait before retrying a failed attempt.
 *
 * A wait the server asked for ({@link retryAfterMs}) of at most 60 s is used as is; a longer one returns
 * `{ retry: false, retryAfterMs }`. Otherwise exponential backoff: 0.5 s × 2^(attempt − 1), capped at 8 s, times a
 * jitter factor drawn uniformly from [0.75, 1] (`1 − random() × 0.25`, rounded to whole milliseconds), so concurrent clients spread out without a
 * retry ever waiting more than the nominal delay.
 *
 * @param headers - The reply's headers, or `undefined` after a connection failure.
 * @param attempt - The number of the attempt that failed: 1 for the first request.
 * @param options - Injectable `random` and `now`.
 * @returns The delay and where it came from, or that the request should not be retried.
 * @example
 * ```ts
 * retryDelayMs(new Headers({ 'retry-after': '2' }), 1); // { retry: true, delayMs: 2000, source: 'retry-after' }
 * retryDelayMs(undefined, 3, { random: () => 0 }); // { retry: true, delayMs: 2000, source: 'backoff' }
 * ```
 */
export function retryDelayMs(
  headers: HeadersReader | undefined,
  attempt: number,
  options: RetryDelayOptions = {},
): RetryDelay {
  const requested = headers && retryAfterMs(headers, options.now);
  if (requested) {
    const { ms, source } = requested;
    return ms <= MAX_RETRY_AFTER_MS
      ? { retry: true, delayMs: ms, source }
      : { retry: false, retryAfterMs: ms, source };
  }
  const nominal = Math.min(
    INITIAL_RETRY_DELAY_MS * 2 ** Math.max(0, Math.floor(attempt) - 1),
    MAX_RETRY_DELAY_MS,
  );
  const jitter = 1 - (options.random ?? Math.random)() * 0.25;
  return { retry: true, delayMs: Math.round(nominal * jitter), source: 'backoff' };
}

// ---------------------------------------------------------------------------------------------------------------
// Fetch failures
// ---------------------------------------------------------------------------------------------------------------

// Error codes that Node (and undici, which implements Node's fetch) report only before any request byte is
// written: name resolution (ENOTFOUND, EAI_*), TCP connect (ECONNREFUSED, E{HOST,NET}{UNREACH,DOWN},
// EADDRNOTAVAIL, UND_ERR_CONNECT_TIMEOUT) and the TLS handshake (Node's ERR_TLS_* / ERR_SSL_* handshake codes and
// OpenSSL's certificate verification codes; `SSL/TLS_ALERT_HANDSHAKE_FAILURE` is the name OpenSSL >= 3.2, in
// Node 22 and later, gives the SSLV3 alert). Each alternative is a whole code, not a prefix: ECONNRESET,
// UND_ERR_SOCKET ("other side closed"), parser errors and other ERR_SSL_* codes are absent on purpose, since they
// also occur after the request was sent and so cannot prove that the server did not start the work.
const NOT_SENT_CODE =
  /^(?:ENOTFOUND|EAI_(?:AGAIN|FAIL|NONAME|NODATA|ADDRFAMILY)|ECONNREFUSED|E(?:HOST|NET)(?:UNREACH|DOWN)|EADDRNOTAVAIL|UND_ERR_CONNECT_TIMEOUT|ERR_TLS_(?:CERT_ALTNAME_INVALID|HANDSHAKE_TIMEOUT)|ERR_SSL_(?:WRONG_VERSION_NUMBER|(?:SSLV3|SSL\/TLS)_ALERT_HANDSHAKE_FAILURE|TLSV1_ALERT_PROTOCOL_VERSION|UNSUPPORTED_PROTOCOL)|UNABLE_TO_(?:VERIFY_LEAF_SIGNATURE|GET_ISSUER_CERT(?:_LOCALLY)?)|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|CERT_(?:HAS_EXPIRED|NOT_YET_VALID|REVOKED|UNTRUSTED|REJECTED|SIGNATURE_FAILURE)|HOSTNAME_MISMATCH)$/;

/** The result of {@link classifyFetchError}. */
export interface FetchErrorClass {
  /** False only when the failure provably happened before the request was sent. */
  readonly sent: boolean;
  /** The error code found on the error or its causes, e.g. `ECONNREFUSED` or `UND_ERR_SOCKET`. */
  readonly code?: string;
}

interface CodedError {
  readonly code: string;
  readonly syscall: unknown;
  readonly errors: unknown;
}

const isCoded = (value: unknown): value is CodedError =>
  typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string';

function happenedBeforeSending({ code, syscall, errors }: CodedError): boolean {
  // Node reports a failed connection to every address of a host (IPv6 and IPv4) as an AggregateError: it is
  // pre-send only if each of its errors is. A system error from `connect` or `getaddrinfo` happened while
  // resolving or connecting, whatever its code (e.g. ETIMEDOUT).
  return Array.isArray(errors) && errors.length > 0
    ? errors.every((inner: unknown) => isCoded(inner) && happenedBeforeSending(inner))
    : NOT_SENT_CODE.test(code) || syscall === 'connect' || syscall === 'getaddrinfo';
}

/**
 * Tells whether a failed fetch happened before the request was sent, from the error codes that Node's fetch
 * (undici) puts on the error's `cause` chain: `TypeError: fetch failed` → `cause` with `code` (`ECONNREFUSED`,
 * `ENOTFOUND`, `DEPTH_ZERO_SELF_SIGNED_CERT`, `UND_ERR_SOCKET`, …). Anything unrecognised — including browser
 * errors, which carry no cause — counts as sent, so it is never retried by default. Check for an abort (the
 * signal) before calling this.
 *
 * @param error - What fetch rejected with.
 * @returns `sent` and the first error code found.
 * @example
 * ```ts
 * const failure = classifyFetchError(error); // { sent: false, code: 'ECONNREFUSED' }
 * shouldRetry({ kind: 'connection', ...failure }, { attempt, maxRetries });
 * ```
 */
export function classifyFetchError(error: unknown): FetchErrorClass {
  let current: unknown = error;
  // The cause chain of a fetch failure is one or two links long; the bound only guards against cycles.
  for (let depth = 0; depth < 8 && typeof current === 'object' && current !== null; depth += 1) {
    if (isCoded(current)) return { sent: !happenedBeforeSending(current), code: current.code };
    // undici refuses a port the Fetch standard blocks (6000, 6665–6669, 10080, …) before connecting; no code.
    if ((current as Error).message === 'bad port') return { sent: false };
    current = (current as { cause?: unknown }).cause;
  }
  return { sent: true };
}
