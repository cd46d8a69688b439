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
  SequrityError,
} from '../errors.js';
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
 * The options for `createLowLevelClient` that make it send through `fetchImpl` without building `Request`s.
 *
 * @param baseUrl - The base URL.
 * @param fetchImpl - The fetch to call, with `(url, init)`.
 */
export function lowLevelOptions(baseUrl: string, fetchImpl: typeof globalThis.fetch) {
  return {
    baseUrl,
    Request: PlainRequest as unknown as typeof Request,
    fetch: ((request: PlainRequest) => fetchImpl(request.url, request.init)) as unknown as typeof fetch,
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

async function attemptOnce(transport: Transport, call: Call, path: string): Promise<Attempt> {
  const { signal, secrets, timeoutMs } = call;
  if (signal?.aborted) return aborted(call);
  const controller = new AbortController();
  const onAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const deadline = startDeadline(timeoutMs, () => controller.abort(TIMED_OUT));
  try {
    const init = {
      params: { path: { endpoint_type: call.endpointType, provider: call.provider } },
      body: call.body,
      headers: call.headers,
      signal: controller.signal,
      // A followed redirect would re-send the body, X-Api-Key and the policy to wherever it points (fetch strips
      // only Authorization across origins), so a redirect is reported instead.
      redirect: 'manual' as const,
      parseAs: call.stream ? ('stream' as const) : ('json' as const),
    };
    const { response, data, error } = (await (call.provider
      ? transport.lowLevel.createResponseWithProvider(init as never)
      : transport.lowLevel.createResponse(init as never))) as {
      data?: unknown;
      error?: unknown;
      response: globalThis.Response;
    };
    const { status, headers } = response;
    const location = headers.get('location');
    return {
      outcome: { kind: 'response', status, headers },
      response,
      data,
      error: response.ok
        ? undefined
        : // A 3xx, or the opaque redirect a browser gives for `redirect: 'manual'` (status 0).
          response.type === 'opaqueredirect' || (status >= 300 && status < 400)
          ? new APIError(
              status,
              `${status || 'A'} redirect${location ? ` to ${location}` : ''}: POST ${path}; set baseURL to the ` +
                'address that answers (redirects are not followed: they would re-send the keys).',
              { headers, body: error, requestId: headers.get('x-request-id') ?? undefined, secrets },
            )
          : APIError.from(response, error, { method: 'POST', path, secrets }),
    };
  } catch (cause) {
    if (controller.signal.reason === TIMED_OUT) {
      return {
        outcome: { kind: 'timeout' },
        error: new APIConnectionTimeoutError(
          `POST ${path} timed out after ${timeoutMs} ms (the timeout option, per attempt).`,
          { timeoutMs, cause, secrets },
        ),
      };
    }
    if (signal?.aborted) return aborted(call);
    if (cause instanceof SyntaxError) {
      // A 2xx whose body is not JSON: the server did the work, so it is never retried.
      return {
        outcome: { kind: 'response', status: 200, headers: new Headers() },
        error: new SequrityError(`POST ${path} answered 2xx with a body that is not JSON: ${cause.message}`, {
          cause,
          secrets,
        }),
      };
    }
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
        { cause, secrets, code, mayHaveBeenSent: sent },
      ),
    };
  } finally {
    deadline.cancel();
    signal?.removeEventListener('abort', onAbort);
  }
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
