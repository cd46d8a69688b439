/**
 * The options of {@link SequrityClient} and of each request, their defaults, and what each must be. Invalid options fail when the
 * client is built (or the call is made) with a message naming the option, never later on the wire.
 *
 * @module
 */
import type { ConfigHeader, EndpointType, FeaturesHeader, PolicyHeader, Provider } from '../types.js';
import type { Logger, LogLevel } from './logger.js';
import { checkFields, type OptionKind } from './option-kinds.js';
import type { RetryOptions } from './retry.js';

/** The default base URL when neither `baseURL` nor `SEQURITY_BASE_URL` is set. */
export const DEFAULT_BASE_URL = 'https://api.sequrity.ai';
/** Default per-attempt timeout and stream idle timeout: 10 minutes, since reasoning models can think for long. */
export const DEFAULT_TIMEOUT_MS = 600_000;
/** Default number of retries after the first attempt. */
export const DEFAULT_MAX_RETRIES = 2;

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
  /**
   * Largest reply body, in bytes as decoded (a gzip bomb counts at its real size): a non-streamed reply's whole body,
   * or the total a stream receives. Past it the body is cancelled and the call (or the stream) fails with a
   * `StreamError` of type `'response-too-large'`, which is not retried (the server did the work). `Infinity`: no
   * limit. Error replies are read up to 64 KiB whatever this is.
   *
   * @defaultValue {@link DEFAULT_MAX_RESPONSE_BYTES} (64 MiB)
   */
  maxResponseBytes?: number | undefined;
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
  /** Largest reply body for this call, in decoded bytes (a non-streamed body, or a stream's total). */
  maxResponseBytes?: number | undefined;
}

/**
 * `https://host/x//` → `https://host/x`; fails unless it is an http(s) URL without credentials, query or fragment.
 *
 * @param value - The base URL.
 * @param source - Where it came from, for the message: the option or the environment variable.
 */
export function normaliseBaseURL(value: string, source = 'baseURL'): string {
  const fail = (problem: string): never => {
    throw new TypeError(`${source} ${problem}.`);
  };
  // The URL parser silently deletes tabs and line breaks; a base URL with them is a mistake (or an injection).
  if (/[\u0000-\u001f\u007f]/.test(value)) fail('contains a control character');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail('must be an http(s) URL such as https://api.sequrity.ai');
  }
  // Only the scheme is shown: a URL of another scheme may carry credentials.
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    fail(`must be an http(s) URL, got the ${url.protocol} scheme`);
  // `origin` would silently drop them, and they would otherwise end up in logs and error messages.
  if (url.username || url.password) fail('must not contain credentials; pass the key as the apiKey option');
  if (url.search || url.hash) fail('must not have a query or fragment');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * What each client option must be, in the order they are checked; its keys are the options there are, and the type
 * makes every option of {@link SequrityClientOptions} have an entry. The security documents are checked again as
 * they are copied (see `mergeHeaderOverrides`), and `logLevel` with `SEQURITY_LOG`.
 */
const CLIENT_OPTIONS: { readonly [Name in keyof SequrityClientOptions]-?: OptionKind } = {
  apiKey: 'string',
  llmApiKey: 'string',
  baseURL: 'string',
  endpointType: 'endpointType',
  provider: 'provider',
  timeout: 'duration',
  idleTimeoutMs: 'duration',
  maxRetries: 'count',
  maxHeaderBytes: 'bytes',
  defaultHeaders: 'headers',
  logger: 'logger',
  retry: 'retry',
  fetch: 'function',
  features: 'plainObject',
  policy: 'plainObject',
  config: 'plainObject',
  logLevel: 'logLevel',
  maxResponseBytes: 'bytes',
};

/** What each per-call option must be, in the order they are checked; the documents are checked when merged. */
const REQUEST_OPTIONS: { readonly [Name in keyof RequestOptions]-?: OptionKind } = {
  provider: 'provider?',
  endpointType: 'endpointType',
  llmApiKey: 'string?',
  sessionId: 'string?',
  timeout: 'duration',
  idleTimeoutMs: 'duration',
  maxRetries: 'count',
  maxResponseBytes: 'bytes',
  headers: 'headers',
  signal: 'signal',
  extraBody: 'plainObject',
  features: 'plainObject?',
  policy: 'plainObject?',
  config: 'plainObject?',
  featureOverrides: 'plainObject',
  policyOverrides: 'plainObject',
  configOverrides: 'plainObject',
};

/** Checks every client option, failing with a `TypeError` or `RangeError` naming the first bad one. */
export function checkOptions(options: SequrityClientOptions): void {
  checkFields('SequrityClient options', options, CLIENT_OPTIONS);
}

/**
 * Checks every per-call option, failing with a `TypeError` or `RangeError` naming the first bad one.
 *
 * @param where - What the options are, for the message.
 * @param more - Options besides the request's that the caller takes (the tool loop's).
 */
export function checkRequestOptions(
  options: RequestOptions,
  where = 'request options',
  more?: Readonly<Record<string, OptionKind>>,
): void {
  checkFields(where, options, more ? { ...REQUEST_OPTIONS, ...more } : REQUEST_OPTIONS);
  if (options.extraBody !== undefined && Object.hasOwn(options.extraBody, 'stream')) {
    throw new TypeError('extraBody may not set stream; set it in the body.');
  }
}
