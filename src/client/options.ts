/**
 * The options of {@link SequrityClient} and of each request, and their validation. Invalid options fail when the
 * client is built (or the call is made) with a message naming the option, never later on the wire.
 *
 * @module
 */
import type { ConfigHeader, EndpointType, FeaturesHeader, PolicyHeader, Provider } from '../types.js';
import type { Logger, LogLevel } from './logger.js';
import type { RetryOptions } from './retry.js';
import { assertHeaderValue } from './security-headers.js';

/** The default base URL when neither `baseURL` nor `SEQURITY_BASE_URL` is set. */
export const DEFAULT_BASE_URL = 'https://api.sequrity.ai';
/** Default per-attempt timeout and stream idle timeout: 10 minutes, since reasoning models can think for long. */
export const DEFAULT_TIMEOUT_MS = 600_000;
/** Default number of retries after the first attempt. */
export const DEFAULT_MAX_RETRIES = 2;
/** Default limit of one JSON security header's value, in UTF-8 bytes. */
export const DEFAULT_MAX_HEADER_BYTES = 8 * 1024;

/** Headers the typed options own; giving them in `headers` or `defaultHeaders` is an error naming the option. */
export const OWNED_HEADERS: Readonly<Record<string, string>> = {
  authorization: 'apiKey',
  'x-api-key': 'llmApiKey',
  'x-session-id': 'sessionId',
  'x-features': 'features',
  'x-policy': 'policy',
  'x-config': 'config',
};

/** Options of `new SequrityClient(options)`. */
export interface SequrityClientOptions {
  /**
   * Your Sequrity API key, sent as `Authorization: Bearer <key>`.
   *
   * @defaultValue `process.env.SEQURITY_API_KEY`
   */
  apiKey?: string | undefined;
  /**
   * Where Sequrity Control runs; trailing slashes are ignored.
   *
   * @defaultValue `process.env.SEQURITY_BASE_URL`, else `https://api.sequrity.ai`
   */
  baseURL?: string | undefined;
  /**
   * The endpoint type, the first path segment after `/control/`.
   *
   * @defaultValue `'chat'`
   */
  endpointType?: EndpointType | undefined;
  /**
   * The provider segment of the route; leave it out for the endpoint type's default route.
   *
   * @defaultValue none (the default route)
   */
  provider?: Provider | undefined;
  /** Your own LLM provider key (bring your own key), sent as `X-Api-Key`. */
  llmApiKey?: string | undefined;
  /** The `X-Features` document sent with every request (see the `features` presets). */
  features?: FeaturesHeader | undefined;
  /** The `X-Policy` document sent with every request (see the `policy` presets). */
  policy?: PolicyHeader | undefined;
  /** The `X-Config` document sent with every request (see the `config` presets). */
  config?: ConfigHeader | undefined;
  /**
   * Milliseconds one attempt may take to connect, receive the headers and, when not streaming, the whole body.
   * `Infinity` or `0` switch it off. In Node, the built-in fetch (undici) also gives up after 300 s without
   * headers or body bytes; to wait longer, pass a `fetch` whose undici dispatcher sets longer `headersTimeout` and
   * `bodyTimeout`.
   *
   * @defaultValue 600000 (10 minutes)
   */
  timeout?: number | undefined;
  /**
   * Milliseconds a stream may go without receiving a byte before it fails with `'idle-timeout'`. `Infinity` or `0`
   * switch it off.
   *
   * @defaultValue 600000 (10 minutes)
   */
  idleTimeoutMs?: number | undefined;
  /**
   * How many times a failed attempt is retried when it provably did not run or the server asks for it.
   *
   * @defaultValue 2
   */
  maxRetries?: number | undefined;
  /** Which outcomes are retried; see the README's "Errors and retries". */
  retry?: RetryOptions | undefined;
  /**
   * Largest value of one JSON security header, in UTF-8 bytes; larger fails before sending. `Infinity`: no limit.
   *
   * @defaultValue 8192
   */
  maxHeaderBytes?: number | undefined;
  /** The `fetch` to use (for proxies, tests or an in-process emulator). @defaultValue `globalThis.fetch` */
  fetch?: typeof globalThis.fetch | undefined;
  /** Headers sent with every request. The headers the typed options own are refused here. */
  defaultHeaders?: Readonly<Record<string, string>> | undefined;
  /**
   * How much to log: `'debug'` logs every attempt (method, URL, status, duration) with credentials masked.
   *
   * @defaultValue `process.env.SEQURITY_LOG`, else `'warn'`
   */
  logLevel?: LogLevel | undefined;
  /** Where log lines go. @defaultValue `console` */
  logger?: Logger | undefined;
}

/** Per-call options of `responses.create`; each overrides the client's option of the same name for that call. */
export interface RequestOptions {
  /** The provider segment of the route for this call. `null`: the default route even if the client has one. */
  provider?: Provider | null | undefined;
  /** The endpoint type for this call. */
  endpointType?: EndpointType | undefined;
  /** `X-Api-Key` for this call; `null` sends none. */
  llmApiKey?: string | null | undefined;
  /** `X-Features` for this call; `null` switches the client default off. */
  features?: FeaturesHeader | null | undefined;
  /** `X-Policy` for this call; `null` switches the client default off. */
  policy?: PolicyHeader | null | undefined;
  /** `X-Config` for this call; `null` switches the client default off. */
  config?: ConfigHeader | null | undefined;
  /** Deep-merged over `features` (objects merge, arrays and scalars replace), even when there is no base. */
  featureOverrides?: Readonly<Record<string, unknown>> | undefined;
  /** Deep-merged over `policy`, even when there is no base. */
  policyOverrides?: Readonly<Record<string, unknown>> | undefined;
  /** Deep-merged over `config`, even when there is no base. */
  configOverrides?: Readonly<Record<string, unknown>> | undefined;
  /** `X-Session-ID` for this call: a session to continue, or `null` for a fresh one. @defaultValue `client.sessionId` */
  sessionId?: string | null | undefined;
  /** Extra headers for this call (over `defaultHeaders`, case-insensitive). */
  headers?: Readonly<Record<string, string>> | undefined;
  /** Untyped fields merged into the body, for server features newer than this package's spec. */
  extraBody?: Readonly<Record<string, unknown>> | undefined;
  /** Aborts the call: before the reply an `APIUserAbortError`, during a stream a `StreamError` `'aborted'`. */
  signal?: AbortSignal | undefined;
  /** Per-attempt timeout for this call, in milliseconds. */
  timeout?: number | undefined;
  /** Retries for this call. */
  maxRetries?: number | undefined;
  /** Stream idle timeout for this call, in milliseconds. */
  idleTimeoutMs?: number | undefined;
}

/** Fails with a `TypeError` or `RangeError` naming `name` unless `value` is a non-negative number (or undefined). */
export function checkDuration(name: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== 'number')
    throw new TypeError(`${name} must be a number of milliseconds, got ${typeof value}.`);
  if (Number.isNaN(value) || value < 0) {
    throw new RangeError(
      `${name} must be a non-negative number of milliseconds (0 or Infinity: none), got ${value}.`,
    );
  }
}

/** Fails unless `value` is a non-negative integer (or undefined). */
export function checkCount(name: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${describe(value)}.`);
  }
}

/** Fails unless `value` is a string (or undefined, or null where allowed). */
export function checkString(name: string, value: unknown, nullable = false): void {
  if (value === undefined || (nullable && value === null) || typeof value === 'string') return;
  throw new TypeError(`${name} must be a string, got ${describe(value)}.`);
}

// Lower-case letters, digits, `_` and `-`: every documented endpoint type and provider, and nothing that could
// leave its path segment (`..`, `/`, `%2f`) or be empty.
const ROUTE_SEGMENT = /^[a-z0-9][a-z0-9_-]*$/;

/** Fails unless `value` is one path segment of a route (or undefined, or null where allowed). */
export function checkRouteSegment(name: string, value: unknown, examples: string, nullable = false): void {
  checkString(name, value, nullable);
  if (typeof value === 'string' && !ROUTE_SEGMENT.test(value)) {
    throw new TypeError(`${name} must be a route segment such as ${examples}; got ${JSON.stringify(value)}.`);
  }
}

/** Fails unless `value` is a plain object of the header document (or undefined/null). */
export function checkDocument(name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`${name} must be a JSON object (or null to send none), got ${describe(value)}.`);
  }
}

// RFC 9110 `token`: what fetch accepts as a header name.
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * Fails when `headers` is not an object of valid header names to single-line string values, names a header twice
 * in different letter cases, or sets a header that a typed option owns (any letter case) — naming the option to
 * use instead, so nothing silently replaces the credentials or the session.
 */
export function checkHeaders(name: string, headers: unknown): void {
  if (headers === undefined) return;
  if (typeof headers !== 'object' || headers === null || Array.isArray(headers)) {
    throw new TypeError(`${name} must be an object of header names to string values.`);
  }
  const seen = new Map<string, string>();
  for (const [header, value] of Object.entries(headers)) {
    if (!HEADER_NAME.test(header)) {
      throw new TypeError(`${name} has an invalid header name ${JSON.stringify(header)}.`);
    }
    const lower = header.toLowerCase();
    const owner = OWNED_HEADERS[lower];
    if (owner !== undefined) {
      throw new TypeError(`${name} may not set ${header}: use the \`${owner}\` option instead.`);
    }
    const twin = seen.get(lower);
    if (twin !== undefined) {
      throw new TypeError(
        `${name} sets ${header} twice (as ${twin} and ${header}); header names ignore case.`,
      );
    }
    seen.set(lower, header);
    if (typeof value !== 'string') throw new TypeError(`${name}["${header}"] must be a string.`);
    assertHeaderValue(header, value, `${name}["${header}"]`);
  }
}

/** Fails unless `logger` has the four logging methods (or is undefined). */
export function checkLogger(logger: unknown): void {
  if (logger === undefined) return;
  const methods = ['error', 'warn', 'info', 'debug'] as const;
  if (
    typeof logger !== 'object' ||
    logger === null ||
    methods.some((method) => typeof (logger as Record<string, unknown>)[method] !== 'function')
  ) {
    throw new TypeError('logger must have error, warn, info and debug methods (console fits).');
  }
}

/** Fails unless `retry` is `{ statuses?: integer[], shouldRetry?: function }` (or undefined). */
export function checkRetry(retry: unknown): void {
  if (retry === undefined) return;
  if (typeof retry !== 'object' || retry === null || Array.isArray(retry)) {
    throw new TypeError('retry must be an object: { statuses?, shouldRetry? }.');
  }
  const { statuses, shouldRetry } = retry as { statuses?: unknown; shouldRetry?: unknown };
  if (
    statuses !== undefined &&
    !(Array.isArray(statuses) && statuses.every((status) => Number.isInteger(status)))
  ) {
    throw new TypeError('retry.statuses must be an array of HTTP status codes.');
  }
  if (shouldRetry !== undefined && typeof shouldRetry !== 'function') {
    throw new TypeError('retry.shouldRetry must be a function.');
  }
}

/** Fails unless `value` is a plain object (or undefined). */
export function checkPlainObject(name: string, value: unknown): void {
  if (value === undefined) return;
  const prototype: unknown = typeof value === 'object' && value !== null ? Object.getPrototypeOf(value) : 0;
  if (Array.isArray(value) || (prototype !== Object.prototype && prototype !== null)) {
    throw new TypeError(`${name} must be a plain object, got ${describe(value)}.`);
  }
}

/**
 * `https://host/x//` → `https://host/x`; fails unless it is an http(s) URL without credentials, query or fragment.
 *
 * @param value - The base URL.
 * @param source - Where it came from, for the message: the option or the environment variable.
 */
export function normaliseBaseURL(value: string, source = 'baseURL'): string {
  // The URL parser silently deletes tabs and line breaks; a base URL with them is a mistake (or an injection).
  if (/[\u0000-\u001f\u007f]/.test(value)) {
    throw new TypeError(`${source} contains a control character (such as CR or LF); remove it.`);
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`${source} must be an http(s) URL, got ${JSON.stringify(value)}.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`${source} must be an http(s) URL, got the ${url.protocol} scheme.`);
  }
  // `origin` would silently drop them, and they would otherwise end up in logs and error messages.
  if (url.username || url.password) {
    throw new TypeError(`${source} must not contain credentials; pass the key as the apiKey option.`);
  }
  if (url.search || url.hash) throw new TypeError(`${source} must not have a query or fragment.`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

const ENDPOINT_TYPES = 'chat, code, agent or lang-graph';
const PROVIDERS = 'openai or sequrity_azure';

/** Checks every client option, failing with a `TypeError` or `RangeError` naming the first bad one. */
export function checkOptions(options: SequrityClientOptions): void {
  if (typeof options !== 'object' || options === null)
    throw new TypeError('SequrityClient options must be an object.');
  checkString('apiKey', options.apiKey);
  checkString('llmApiKey', options.llmApiKey);
  checkString('baseURL', options.baseURL);
  checkRouteSegment('endpointType', options.endpointType, ENDPOINT_TYPES);
  checkRouteSegment('provider', options.provider, PROVIDERS);
  checkDuration('timeout', options.timeout);
  checkDuration('idleTimeoutMs', options.idleTimeoutMs);
  checkCount('maxRetries', options.maxRetries);
  if (options.maxHeaderBytes !== Infinity) checkCount('maxHeaderBytes', options.maxHeaderBytes);
  if (options.maxHeaderBytes === 0)
    throw new RangeError('maxHeaderBytes must be a positive integer, or Infinity for no limit.');
  checkDocument('features', options.features);
  checkDocument('policy', options.policy);
  checkDocument('config', options.config);
  checkHeaders('defaultHeaders', options.defaultHeaders);
  checkLogger(options.logger);
  checkRetry(options.retry);
  if (options.fetch !== undefined && typeof options.fetch !== 'function')
    throw new TypeError('fetch must be a function.');
}

/** Checks every per-call option, failing with a `TypeError` or `RangeError` naming the first bad one. */
export function checkRequestOptions(options: RequestOptions): void {
  if (typeof options !== 'object' || options === null)
    throw new TypeError('Request options must be an object.');
  checkRouteSegment('provider', options.provider, PROVIDERS, true);
  checkRouteSegment('endpointType', options.endpointType, ENDPOINT_TYPES);
  checkString('llmApiKey', options.llmApiKey, true);
  checkString('sessionId', options.sessionId, true);
  checkDuration('timeout', options.timeout);
  checkDuration('idleTimeoutMs', options.idleTimeoutMs);
  checkCount('maxRetries', options.maxRetries);
  checkDocument('features', options.features);
  checkDocument('policy', options.policy);
  checkDocument('config', options.config);
  checkHeaders('headers', options.headers);
  // Duck-typed, so signals of another realm or a polyfill work: the client only listens to it.
  const signal = options.signal as Partial<AbortSignal> | undefined;
  if (signal !== undefined && (typeof signal?.addEventListener !== 'function' || !('aborted' in signal)))
    throw new TypeError('signal must be an AbortSignal.');
  checkPlainObject('extraBody', options.extraBody);
  if (options.extraBody !== undefined && Object.hasOwn(options.extraBody, 'stream')) {
    throw new TypeError(
      'extraBody may not set stream: set it in the body, which also picks the return type.',
    );
  }
}
