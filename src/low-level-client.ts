/**
 * The safe defaults of the exported low-level client, which the generated `createLowLevelClient` (plain
 * openapi-fetch) does not have: redirects are refused, error bodies are read up to 64 KiB, and a success's body up
 * to `maxResponseBytes`. `src/spec.ts` applies them; `generated/` never imports `src/`.
 *
 * @module
 */
import type { ClientOptions } from 'openapi-fetch';
import { redirectError, StreamError } from './errors/index.js';
import { limitBody, withBody, withBoundedErrorBody } from './internal/body-limit.js';
import { checkValue, KINDS } from './internal/validate.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from './streaming/stream-options.js';

/** Options of `createLowLevelClient`: openapi-fetch's client options, and the body limit. */
export interface LowLevelClientOptions extends ClientOptions {
  /**
   * Largest body of a successful reply, in bytes as decoded (a gzip bomb counts at its real size): past it the
   * body is cancelled and reading it fails with a `StreamError` of type `'response-too-large'` (the call rejects
   * with it for a JSON reply; a stream fails with it). `Infinity`: no limit. Error replies are read up to 64 KiB
   * whatever this is.
   *
   * @defaultValue {@link DEFAULT_MAX_RESPONSE_BYTES} (64 MiB)
   */
  maxResponseBytes?: number | undefined;
}

/**
 * openapi-fetch's client options with the safe defaults applied: unless the caller passes their own `fetch` or a
 * `redirect` option, requests are sent with `redirect: 'manual'` and a redirect reply fails the call with an
 * `APIError` naming its `Location` (a followed redirect would re-send the credentials, the security headers and
 * the prompt to wherever it points, from https to http in plaintext). Whatever the fetch, error bodies are read up
 * to 64 KiB and successful bodies up to `maxResponseBytes`.
 *
 * @throws `TypeError` / `RangeError` for a `maxResponseBytes` that is not a positive integer or `Infinity`.
 */
export function safeClientOptions(options: LowLevelClientOptions): ClientOptions {
  const { maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES, ...rest } = options;
  checkValue('maxResponseBytes', maxResponseBytes, KINDS.bytes);
  const own = rest.fetch !== undefined || rest.redirect !== undefined;
  // Looked up per call, so a fetch installed (or instrumented) after the client was built is used.
  const fetchImpl = (rest.fetch ??
    ((input: Request, init?: RequestInit) => globalThis.fetch(input, init))) as (
    ...args: unknown[]
  ) => Promise<Response>;
  // openapi-fetch calls it as `fetch(request, requestInitExt)`.
  const guarded = async (input: Request, ...more: unknown[]): Promise<Response> => {
    const response = await fetchImpl(input, ...more);
    if (response.ok) return limitSuccess(response, maxResponseBytes);
    if (!own && (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400))) {
      response.body?.cancel().catch(() => {});
      throw redirectError(response, {
        ...describeRequest(input),
        fix:
          'set baseUrl to the address that answers, or pass your own fetch or redirect option to handle ' +
          'redirects yourself',
      });
    }
    return withBoundedErrorBody(response);
  };
  return { ...rest, ...(!own && { redirect: 'manual' }), fetch: guarded };
}

/** A success's body limited to `maxResponseBytes` (null-body replies and `Infinity` are left as they are). */
function limitSuccess(response: Response, maxResponseBytes: number): Response {
  if (
    response.body === null ||
    maxResponseBytes === Infinity ||
    response.status === 204 ||
    response.status === 205
  )
    return response;
  const tooLarge = (): StreamError =>
    new StreamError(
      'response-too-large',
      `The reply${response.url ? ` from ${pathOf(response.url) ?? 'its URL'}` : ''} has a body over ${maxResponseBytes} bytes (the maxResponseBytes option); ` +
        'the rest was cancelled. Raise maxResponseBytes if such a reply is expected.',
    );
  return withBody(response, limitBody(response.body, maxResponseBytes, tooLarge));
}

/**
 * The method and path of the request, for messages, and the credentials it carries, to mask: the low-level
 * client's caller gives its keys as headers, not as options.
 */
function describeRequest(input: unknown): {
  method?: string | undefined;
  path?: string | undefined;
  secrets: string[];
} {
  const request = input as Partial<Request> | undefined;
  const header = (name: string): string | null | undefined => request?.headers?.get?.(name);
  const secrets = [header('authorization')?.replace(/^Bearer\s+/i, ''), header('x-api-key')].filter(
    (value): value is string => typeof value === 'string' && value !== '',
  );
  return {
    ...(typeof request?.method === 'string' && { method: request.method }),
    ...(typeof request?.url === 'string' && { path: pathOf(request.url) }),
    secrets,
  };
}

/** The path of a URL; `undefined` when it is not one. */
function pathOf(url: string): string | undefined {
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}
