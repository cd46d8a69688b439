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
  redactSecrets,
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
  readonly url: string;
  readonly init: RequestInit;
  constructor(url: string, init: RequestInit) {
    this.url = url;
    this.init = init;
  }
  get method(): string {
    return this.init.method ?? 'GET';
  }
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
  const path = call.provider
    ? `/control/${call.endpointType}/${call.provider}/v1/responses`
    : `/control/${call.endpointType}/v1/responses`;
  // The client's log masks the client's keys; a per-call key is masked here.
  const log: Log = (level, message) =>
    transport.log(level, () =>
      redactSecrets(typeof message === 'function' ? message() : message, call.secrets),
    );
  for (let attempt = 1; ; attempt++) {
    const started = performance.now();
    const outcome = await attemptOnce(transport, call, path);
    const took = Math.round(performance.now() - started);
    const status = outcome.reply?.response.status ?? outcome.response?.status;
    log(
      'debug',
      () =>
        `POST ${transport.baseURL}${path} -> ${status ?? (outcome.error as Error | undefined)?.name} in ${took} ms ` +
        `(attempt ${attempt} of ${call.maxRetries + 1}) headers ${describeHeaders(call.headers)}`,
    );
    if (outcome.reply) return outcome.reply;
    const error = outcome.error;
    if (!shouldRetry(outcome.retryOutcome, { ...transport.retry, attempt, maxRetries: call.maxRetries }))
      throw error;
    const delay = retryDelayMs(outcome.response?.headers, attempt);
    if (!delay.retry) throw error;
    log('info', `retrying POST ${path} in ${delay.delayMs} ms after: ${(error as Error).message}`);
    await sleep(delay.delayMs, call.signal, call.secrets);
  }
}

interface Outcome {
  reply?: Reply;
  error?: unknown;
  response?: globalThis.Response;
  retryOutcome: AttemptOutcome;
}

async function attemptOnce(transport: Transport, call: Call, path: string): Promise<Outcome> {
  const { signal, secrets } = call;
  if (signal?.aborted) return aborted(signal.reason, secrets);
  const controller = new AbortController();
  const onAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const deadline = startDeadline(call.timeoutMs, () => controller.abort(TIMED_OUT));
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
    const result = (await (call.provider
      ? transport.lowLevel.createResponseWithProvider(init as never)
      : transport.lowLevel.createResponse(init as never))) as {
      data?: unknown;
      error?: unknown;
      response: globalThis.Response;
    };
    const { response } = result;
    if (response.ok)
      return {
        reply: { response, data: result.data },
        retryOutcome: { kind: 'response', status: response.status, headers: response.headers },
      };
    const error = isRedirect(response)
      ? redirectError(response, result.error, path, secrets)
      : APIError.from(response, result.error, { method: 'POST', path, secrets });
    return {
      error,
      response,
      retryOutcome: { kind: 'response', status: response.status, headers: response.headers },
    };
  } catch (cause) {
    if (controller.signal.aborted && controller.signal.reason === TIMED_OUT) {
      const error = new APIConnectionTimeoutError(
        `POST ${path} timed out after ${call.timeoutMs} ms without a reply (the timeout option, per attempt).`,
        { timeoutMs: call.timeoutMs, cause, secrets },
      );
      return { error, retryOutcome: { kind: 'timeout' } };
    }
    if (signal?.aborted) return aborted(signal.reason, secrets);
    if (cause instanceof SyntaxError) {
      const error = new SequrityError(
        `POST ${path} answered 2xx with a body that is not JSON: ${cause.message}`,
        {
          cause,
          secrets,
        },
      );
      return { error, retryOutcome: { kind: 'response', status: 200, headers: new Headers() } };
    }
    const { sent, code } = classifyFetchError(cause);
    const error = new APIConnectionError(
      `POST ${transport.baseURL}${path} failed: ${code ?? describe(cause)}` +
        (UNDICI_TIMEOUTS[code ?? ''] ?? '') +
        (sent ? ' (the request may have reached the server, so it is not retried)' : ''),
      { cause, secrets, code, mayHaveBeenSent: sent },
    );
    return { error, retryOutcome: { kind: 'connection', sent, code } };
  } finally {
    deadline.cancel();
    signal?.removeEventListener('abort', onAbort);
  }
}

// Node's fetch (undici) has deadlines of its own, 300 s each by default, that end a request before a longer
// `timeout` or `idleTimeoutMs` would; say so, since the code alone does not.
const UNDICI_TIMEOUTS: Readonly<Record<string, string>> = {
  UND_ERR_HEADERS_TIMEOUT:
    " (Node's fetch stopped waiting for the reply headers: undici's headersTimeout, 300 s by default, ends a " +
    'request before a longer timeout option does; pass a fetch whose dispatcher sets a longer headersTimeout)',
  UND_ERR_BODY_TIMEOUT:
    " (Node's fetch stopped waiting for the body: undici's bodyTimeout, 300 s by default; pass a fetch whose " +
    'dispatcher sets a longer bodyTimeout)',
};

/** A 3xx reply, or the opaque redirect a browser gives for `redirect: 'manual'` (status 0). */
function isRedirect(response: globalThis.Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
}

function redirectError(
  response: globalThis.Response,
  body: unknown,
  path: string,
  secrets: readonly string[],
): APIError {
  const location = response.headers.get('location');
  return new APIError(
    response.status,
    `${response.status || 'A'} redirect${location ? ` to ${location}` : ''}: POST ${path}. Redirects are not ` +
      'followed (they would re-send the body and X-Api-Key elsewhere); set baseURL to the address that answers.',
    {
      headers: response.headers,
      body,
      requestId: response.headers.get('x-request-id') ?? undefined,
      secrets,
    },
  );
}

function aborted(reason: unknown, secrets: readonly string[]): Outcome {
  return {
    error: new APIUserAbortError('The request was aborted by its signal before a reply arrived.', {
      reason,
      secrets,
    }),
    retryOutcome: { kind: 'abort' },
  };
}

/** Waits `ms`, or rejects with {@link APIUserAbortError} as soon as `signal` aborts. */
function sleep(ms: number, signal: AbortSignal | undefined, secrets: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(aborted(signal.reason, secrets).error);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(aborted(signal?.reason, secrets).error);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The request headers for a log line, with the credentials replaced whole (not just pattern-masked). */
function describeHeaders(headers: Readonly<Record<string, string>>): string {
  const shown: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    shown[name] = name === 'authorization' || name === 'x-api-key' ? '***' : value;
  }
  return JSON.stringify(shown);
}

function describe(cause: unknown): string {
  const inner = (cause as { cause?: unknown } | undefined)?.cause;
  if (inner instanceof Error) return inner.message;
  return cause instanceof Error ? cause.message : String(cause);
}
