/**
 * Sends one request through the generated low-level client with the per-attempt timeout, the caller's abort
 * signal, the retry policy and debug logging. Everything about fetch lives in openapi-fetch and the generated
 * client; this module only decides what an outcome means and whether to try again.
 *
 * @module
 */
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  redirectError,
  StreamError,
} from '../errors/index.js';
import { readText, withBoundedErrorBody } from '../internal/body-limit.js';
import { startDeadline } from '../internal/timer.js';
import type { LowLevelClient } from '../spec.js';
import type { EndpointType, Provider, ResponseCreateParams } from '../types.js';
import type { Log } from './logger.js';
import {
  classifyFetchError,
  retryDelayMs,
  shouldRetry,
  type AttemptOutcome,
  type RetryOptions,
} from './retry.js';

/** Everything one call needs to be sent, already validated. */
export interface Call {
  endpointType: EndpointType;
  provider: Provider | undefined;
  body: ResponseCreateParams;
  headers: Record<string, string>;
  stream: boolean;
  signal: AbortSignal | undefined;
  timeoutMs: number;
  maxRetries: number;
  /** The most decoded bytes a non-streamed body may have (`Infinity`: no limit). */
  maxResponseBytes: number;
  /** The values to mask in errors and log lines: the client's keys and this call's `llmApiKey`. */
  secrets: readonly string[];
}

/** What the client needs of itself to send a call. */
export interface Transport {
  lowLevel: LowLevelClient;
  baseURL: string;
  retry: RetryOptions | undefined;
  log: Log;
}

/** A 2xx reply: the JSON document, or the unread stream body. */
export interface Reply {
  response: globalThis.Response;
  data: unknown;
}

/**
 * What openapi-fetch builds instead of a `Request` (its `Request` option): the URL and init, handed to `fetch` as
 * `fetch(url, init)`. A real `Request` would be built twice per call (once by openapi-fetch, once more inside
 * fetch), which is most of openapi-fetch's overhead over a raw fetch; the caller's `fetch` also gets the familiar
 * `(url, init)` arguments this way.
 */
class PlainRequest {
  constructor(
    readonly url: string,
    readonly init: RequestInit,
  ) {}
}

/**
 * The options for `createLowLevelClient` that make it send through `fetchImpl` without building `Request`s, with
 * error bodies bounded (openapi-fetch reads them whole with `response.text()`, on every attempt).
 *
 * @param baseUrl - The base URL.
 * @param fetchImpl - The fetch to call, with `(url, init)`.
 */
export function lowLevelOptions(baseUrl: string, fetchImpl: typeof globalThis.fetch) {
  return {
    baseUrl,
    Request: PlainRequest as unknown as typeof Request,
    fetch: (async (request: PlainRequest) =>
      withBoundedErrorBody(await fetchImpl(request.url, request.init))) as unknown as typeof fetch,
  };
}

/** Why an attempt's controller was aborted by us rather than by the caller. */
const TIMED_OUT = Symbol('timed out');

/**
 * Sends `call`, retrying what the policy allows, and returns the first 2xx reply.
 *
 * @throws {@link APIError} for an error status, {@link APIConnectionError} / {@link APIConnectionTimeoutError} when
 *   no reply came, {@link APIUserAbortError} when the caller's signal aborted first.
 */
export async function send(transport: Transport, call: Call): Promise<Reply> {
  const { log, baseURL } = transport;
  const { secrets, maxRetries } = call;
  const path = `/control/${call.endpointType}/${call.provider ? `${call.provider}/` : ''}v1/responses`;
  for (let attempt = 1; ; attempt++) {
    const started = performance.now();
    const { outcome, response, data, error } = await attemptOnce(transport, call, path);
    log(
      'debug',
      () =>
        `POST ${baseURL}${path} -> ${response?.status ?? (error as Error).name} in ` +
        `${Math.round(performance.now() - started)} ms (attempt ${attempt} of ${maxRetries + 1}) ` +
        `headers ${describeHeaders(call.headers)}`,
      secrets,
    );
    if (error === undefined) return { response: response!, data };
    if (!shouldRetry(outcome, { ...transport.retry, attempt, maxRetries })) throw error;
    // A wait the server asks for beyond the limit is not retried (the RateLimitError carries it).
    const delay = retryDelayMs(response?.headers, attempt);
    if (!delay.retry) throw error;
    log('info', `retrying POST ${path} in ${delay.delayMs} ms after: ${(error as Error).message}`, secrets);
    await sleep(delay.delayMs, call);
  }
}

/** How one attempt ended: the retry outcome, the reply if one came, and the error unless it was a 2xx. */
interface Attempt {
  outcome: AttemptOutcome;
  response?: globalThis.Response | undefined;
  data?: unknown;
  error?: unknown;
}

/** One attempt: sent with the call's signal and the per-attempt deadline, and what came of it. */
async function attemptOnce(transport: Transport, call: Call, path: string): Promise<Attempt> {
  const { signal, timeoutMs, endpointType: endpoint_type, provider, body, headers } = call;
  if (signal?.aborted) return aborted(call);
  const controller = new AbortController();
  const onAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const deadline = startDeadline(timeoutMs, () => controller.abort(TIMED_OUT));
  try {
    const init = {
      body,
      headers,
      signal: controller.signal,
      // A followed redirect would re-send the body, X-Api-Key and the policy to wherever it points (fetch strips
      // only Authorization across origins), so a redirect is reported instead.
      redirect: 'manual',
      // The body is read below, within the deadline and a byte limit, rather than by openapi-fetch.
      parseAs: 'stream',
    } as const;
    const { response, error } = await (provider
      ? transport.lowLevel.createResponseWithProvider({
          ...init,
          params: { path: { endpoint_type, provider } },
        })
      : transport.lowLevel.createResponse({ ...init, params: { path: { endpoint_type } } }));
    const outcome = { kind: 'response', status: response.status, headers: response.headers } as const;
    if (!response.ok)
      return { outcome, response, error: replyError(response, error, call, path, transport.baseURL) };
    return {
      outcome,
      response,
      ...(call.stream ? { data: response.body } : await readJson(response, call, path)),
    };
  } catch (cause) {
    if (controller.signal.reason === TIMED_OUT) {
      return {
        outcome: { kind: 'timeout' },
        error: new APIConnectionTimeoutError(
          `POST ${path} timed out after ${timeoutMs} ms (the timeout option, per attempt).`,
          { timeoutMs, cause, secrets: call.secrets },
        ),
      };
    }
    if (signal?.aborted) return aborted(call);
    const { sent, code } = classifyFetchError(cause);
    // Node's fetch (undici) has deadlines of its own, 300 s each by default, that end a request before a longer
    // `timeout` or `idleTimeoutMs` would; say so, since the code alone does not.
    const undici = /^UND_ERR_(HEADERS|BODY)_TIMEOUT$/.exec(code ?? '')?.[1]?.toLowerCase();
    return {
      outcome: { kind: 'connection', sent, code },
      error: new APIConnectionError(
        `POST ${transport.baseURL}${path} failed: ${code ?? messageOf(cause)}` +
          (undici
            ? ` (undici's ${undici}Timeout, 300 s by default; pass a fetch whose dispatcher sets a longer one)`
            : '') +
          (sent ? ' (the request may have reached the server, so it is not retried)' : ''),
        { cause, secrets: call.secrets, code, mayHaveBeenSent: sent },
      ),
    };
  } finally {
    deadline.cancel();
    signal?.removeEventListener('abort', onAbort);
  }
}

/** The error a reply that is not a 2xx stands for: a redirect (refused), or an `APIError` for its status. */
function replyError(
  response: globalThis.Response,
  body: unknown,
  { secrets }: Call,
  path: string,
  baseURL: string,
): unknown {
  const { status } = response;
  // A 3xx, or the opaque redirect a browser gives for `redirect: 'manual'` (status 0).
  return response.type === 'opaqueredirect' || (status >= 300 && status < 400)
    ? redirectError(response, {
        method: 'POST',
        path,
        body,
        fix: 'set baseURL to the address that answers',
        secrets,
      })
    : // A 404 is most often a wrong baseURL: when it has a path of its own, name the whole URL requested.
      APIError.from(response, body, {
        method: 'POST',
        path: status === 404 && baseURL.split('/').length > 3 ? `${baseURL}${path}` : path,
        secrets,
      });
}

/**
 * Reads a 2xx reply's JSON document, up to `maxResponseBytes` decoded bytes. A body too large or not JSON is a
 * `StreamError` (never retried: the server did the work) whose message says what failed and where, and at which
 * character when the parser said so, but never quotes the body, which may hold a key; the parser's own error
 * (which does) is not kept.
 *
 * @throws What reading the body throws: an abort, a timeout, a reset connection.
 */
async function readJson(
  response: globalThis.Response,
  { maxResponseBytes, secrets }: Call,
  path: string,
): Promise<Pick<Attempt, 'data' | 'error'>> {
  const where = `POST ${path} answered ${response.status}`;
  const tooLarge = (): StreamError =>
    new StreamError(
      'response-too-large',
      `${where} with a body over ${maxResponseBytes} bytes (the maxResponseBytes option); the rest was cancelled. ` +
        'Raise maxResponseBytes if such a reply is expected.',
      { secrets },
    );
  let text: string;
  try {
    text = response.body === null ? '' : await readText(response.body, maxResponseBytes, tooLarge);
  } catch (error) {
    if (error instanceof StreamError) return { error };
    throw error;
  }
  if (text === '') return { data: undefined };
  try {
    return { data: JSON.parse(text) as unknown };
  } catch (error) {
    const at = /at position (\d+)/.exec(String(error))?.[1];
    const type = response.headers.get('content-type');
    return {
      error: new StreamError(
        'invalid-json',
        `${where} with a body that is not valid JSON (${text.length} characters` +
          `${at ? `, error at character ${at}` : ''}${type ? `, content type ${clipType(type)}` : ''}).`,
        { secrets },
      ),
    };
  }
}

/** A content type for a message: its media type only, as parameters are the server's free text. */
function clipType(type: string): string {
  return /^[\w.+-]+\/[\w.+-]+/.exec(type.trim())?.[0] ?? 'not a media type';
}

function aborted({ signal, secrets }: Call): Attempt & { error: APIUserAbortError } {
  return {
    outcome: { kind: 'abort' },
    error: new APIUserAbortError('The request was aborted by its signal.', {
      reason: signal?.reason,
      secrets,
    }),
  };
}

/** Waits `ms`, or rejects with {@link APIUserAbortError} as soon as the call's signal aborts. */
function sleep(ms: number, call: Call): Promise<void> {
  const { signal } = call;
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(aborted(call).error);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The request headers for a log line, with the credentials replaced whole (not just pattern-masked). */
function describeHeaders(headers: Readonly<Record<string, string>>): string {
  return JSON.stringify(headers, (name, value: unknown) =>
    name === 'authorization' || name === 'x-api-key' ? '***' : value,
  );
}

/** The most specific message of a fetch failure: its cause's (where undici puts the detail), else its own. */
function messageOf(cause: unknown): string {
  const inner = (cause as { cause?: unknown } | undefined)?.cause;
  return inner instanceof Error ? inner.message : cause instanceof Error ? cause.message : String(cause);
}
