// The emulator's HTTP replies: JSON bodies, FastAPI-style errors (`{"detail": …}`), CORS, and the marker for a
// connection that must be reset instead of answered.
import type { ValidationErrorDetail } from '../types.js';

/** The request headers a browser may send (CORS preflight): the documented Sequrity headers and the fault switch. */
export const ALLOWED_REQUEST_HEADERS = [
  'authorization',
  'content-type',
  'x-api-key',
  'x-features',
  'x-policy',
  'x-config',
  'x-session-id',
  'x-emulator-fault',
] as const;

/** The reply headers a browser script may read. */
const EXPOSED_HEADERS = ['x-session-id', 'x-request-id', 'retry-after', 'retry-after-ms'];

/** CORS headers for a reply to `request` (any origin: the emulator holds no user data). */
export function corsHeaders(request: Request): Record<string, string> {
  const origin = request.headers.get('origin');
  return {
    'access-control-allow-origin': origin ?? '*',
    'access-control-expose-headers': EXPOSED_HEADERS.join(', '),
    ...(origin === null ? {} : { vary: 'Origin' }),
  };
}

/** The reply to a CORS preflight (`OPTIONS`) for a route that allows `methods`. */
export function preflightReply(methods: readonly string[]): Response {
  return new Response(null, {
    status: 204,
    headers: {
      'access-control-allow-methods': [...methods, 'OPTIONS'].join(', '),
      'access-control-allow-headers': ALLOWED_REQUEST_HEADERS.join(', '),
      'access-control-max-age': '600',
    },
  });
}

/** A unique request id, as `x-request-id` (OpenAI's `req_…` form). */
export function newRequestId(): string {
  return `req_${crypto.randomUUID().replaceAll('-', '')}`;
}

const encoder = new TextEncoder();

/** A reply whose whole body is `text`, with its `content-length` (as uvicorn sends it). */
export function textReply(status: number, text: string, headers: Record<string, string>): Response {
  const bytes = encoder.encode(text);
  return new Response(bytes, { status, headers: { ...headers, 'content-length': String(bytes.byteLength) } });
}

/** A JSON reply. */
export function jsonReply(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return textReply(status, JSON.stringify(body), { 'content-type': 'application/json', ...headers });
}

/** An error reply with a FastAPI body: `{"detail": "…"}` or `{"detail": [{loc, msg, type}, …]}`. */
export function errorReply(
  status: number,
  detail: string | ValidationErrorDetail[],
  headers: Record<string, string> = {},
): Response {
  return jsonReply(status, { detail }, headers);
}

const resets = new WeakSet<Response>();

/**
 * The reply that stands for "reset the connection before any byte is sent". The `node:http` adapter destroys the
 * socket when it gets one; the in-process fetch rejects with a `TypeError`, as fetch does on a reset.
 */
export function connectionReset(): Response {
  const response = new Response('The emulator reset this connection (fault reset-before-headers).', {
    status: 500,
  });
  resets.add(response);
  return response;
}

/** Whether `response` is the marker of a connection the emulator resets (see {@link connectionReset}). */
export function isConnectionReset(response: Response): boolean {
  return resets.has(response);
}

/** The error a fetch of a reset connection rejects with: `TypeError('fetch failed')` with an `ECONNRESET` cause. */
export function resetError(): TypeError {
  const cause = Object.assign(new Error('read ECONNRESET (emulated reset)'), { code: 'ECONNRESET' });
  return new TypeError('fetch failed', { cause });
}

/** The error a body read fails with when the emulator drops the connection mid-reply (undici's wording). */
export function terminatedError(): TypeError {
  const cause = Object.assign(new Error('other side closed (emulated drop)'), { code: 'UND_ERR_SOCKET' });
  return new TypeError('terminated', { cause });
}
