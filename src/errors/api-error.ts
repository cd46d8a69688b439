/**
 * `APIError` and its status subclasses: the server answered with an error status. {@link APIError.from} reads every
 * error body shape servers send (FastAPI `detail`, `message`, OpenAI's `error` object, plain text), through
 * `error-body.ts`.
 *
 * @module
 */
import { redactValue } from '../internal/redact.js';
import { retryAfterMs } from '../internal/retry-after.js';
import { errorFields } from './error-body.js';
import { SequrityError, type SequrityErrorOptions } from './sequrity-error.js';

/** What {@link APIError.from} needs besides the reply: where the request went, and what to mask. */
export interface APIErrorContext extends SequrityErrorOptions {
  /** The request method, for the message (`POST`). */
  method?: string | undefined;
  /** The request path, for the message; taken from `response.url` when left out. */
  path?: string | undefined;
}

/** The fields of an {@link APIError}, as {@link APIError.from} reads them from the reply. */
export interface APIErrorDetails extends SequrityErrorOptions {
  headers: Headers;
  body: unknown;
  code?: string | undefined;
  param?: string | undefined;
  errorType?: string | undefined;
  requestId?: string | undefined;
}

/** The `name` of an {@link APIError}: its own, or that of the status subclass it is. */
export type APIErrorName =
  | 'APIError'
  | 'BadRequestError'
  | 'AuthenticationError'
  | 'PermissionDeniedError'
  | 'NotFoundError'
  | 'ConflictError'
  | 'UnprocessableEntityError'
  | 'RateLimitError'
  | 'InternalServerError';

/**
 * The server answered with an error status (4xx/5xx). Catch a subclass to handle one status, or this class for all.
 *
 * @example
 * ```ts
 * try {
 *   await client.responses.create(body);
 * } catch (error) {
 *   if (error instanceof RateLimitError) console.log('retry after', error.headers.get('retry-after'));
 *   else if (error instanceof APIError) console.log(error.status, error.code, error.requestId, error.message);
 *   else throw error;
 * }
 * ```
 */
export class APIError extends SequrityError {
  override readonly name: APIErrorName = 'APIError';
  /** The HTTP status code. */
  declare readonly status: number;
  /** The reply's headers. */
  declare readonly headers: Headers;
  /** The reply's body as read: parsed JSON when it was JSON, otherwise its text (`undefined` when empty). */
  declare readonly body: unknown;
  /** The error code the server gave (`error.code` or `code`), e.g. `invalid_api_key`. */
  declare readonly code: string | undefined;
  /** The request parameter the error is about (`error.param` or `param`), if any. */
  declare readonly param: string | undefined;
  /** The error category the server gave (`error.type`), e.g. `invalid_request_error`. */
  declare readonly errorType: string | undefined;
  /** The `x-request-id` of the reply: quote it when contacting support. */
  declare readonly requestId: string | undefined;

  constructor(status: number, message: string, details: APIErrorDetails) {
    super(message, details);
    const { secrets } = details;
    this.status = status;
    this.headers = redactValue(details.headers, secrets);
    this.body = redactValue(details.body, secrets);
    this.code = redactValue(details.code, secrets);
    this.param = redactValue(details.param, secrets);
    this.errorType = redactValue(details.errorType, secrets);
    this.requestId = redactValue(details.requestId, secrets);
  }

  /**
   * Builds the error for an error reply, choosing the subclass by status.
   *
   * @param response - The reply (its body may already have been read).
   * @param body - The body as read: parsed JSON, text, or `undefined`. See {@link readErrorBody}.
   * @param context - The request's method and path for the message, and the secrets to mask.
   * @returns A {@link BadRequestError} (400), {@link AuthenticationError} (401), {@link PermissionDeniedError} (403),
   *   {@link NotFoundError} (404), {@link ConflictError} (409), {@link UnprocessableEntityError} (422),
   *   {@link RateLimitError} (429), {@link InternalServerError} (≥ 500), or an `APIError` for other statuses. Its
   *   message is `<status> <server message>: <METHOD> <path> (request <id>)`.
   */
  static from(response: globalThis.Response, body: unknown, context: APIErrorContext = {}): APIError {
    const { message, ...fields } = errorFields(body);
    const { status, headers } = response;
    const requestId = headers.get('x-request-id') ?? fields.requestId;
    const where = [context.method?.toUpperCase(), context.path ?? pathOf(response.url)]
      .filter(Boolean)
      .join(' ');
    const text =
      `${status} ${clip(message || response.statusText || 'error')}${where ? `: ${where}` : ''}` +
      (requestId ? ` (request ${requestId})` : '');
    const Class = STATUS_CLASSES[status] ?? (status >= 500 ? InternalServerError : APIError);
    return new Class(status, text, {
      headers,
      body,
      ...fields,
      requestId,
      cause: context.cause,
      secrets: context.secrets,
    });
  }
}

/** 400: the request was malformed (a bad field, bad header JSON). */
export class BadRequestError extends APIError {
  override readonly name = 'BadRequestError' as const;
}
/** 401: the API key is missing or invalid. */
export class AuthenticationError extends APIError {
  override readonly name = 'AuthenticationError' as const;
}
/** 403: the key may not do this. */
export class PermissionDeniedError extends APIError {
  override readonly name = 'PermissionDeniedError' as const;
}
/** 404: no such route or resource (check `endpointType`, `provider` and `baseURL`). */
export class NotFoundError extends APIError {
  override readonly name = 'NotFoundError' as const;
}
/** 409: the request conflicts with the server's state. */
export class ConflictError extends APIError {
  override readonly name = 'ConflictError' as const;
}
/** 422: the request was well-formed but failed validation (FastAPI's `detail` list says where). */
export class UnprocessableEntityError extends APIError {
  override readonly name = 'UnprocessableEntityError' as const;
}
/** 429: too many requests, or out of quota. */
export class RateLimitError extends APIError {
  override readonly name = 'RateLimitError' as const;
  /**
   * The wait the server asked for (`retry-after-ms`, else `Retry-After` in seconds or as a date), in milliseconds;
   * `undefined` when it named none. Waits over 60 s are not retried automatically: wait this long yourself.
   */
  declare readonly retryAfterMs: number | undefined;

  constructor(status: number, message: string, details: APIErrorDetails) {
    const wait = retryAfterMs(details.headers)?.ms;
    // The emulator's message, and some servers', already name the wait.
    const named = wait === undefined || /retry after/i.test(message);
    super(status, named ? message : `${message} (retry after ${formatWait(wait)})`, details);
    this.retryAfterMs = wait;
  }
}

function formatWait(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${Math.round(ms / 100) / 10} s`;
}
/** 5xx: the server or the provider behind it failed. */
export class InternalServerError extends APIError {
  override readonly name = 'InternalServerError' as const;
}

const STATUS_CLASSES: Readonly<Record<number, typeof APIError>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/**
 * The error for a redirect reply, which is never followed: a followed redirect re-sends the body, `X-Api-Key` and
 * the security headers to wherever it points (fetch strips only `Authorization` across origins), and from https to
 * http in plaintext.
 *
 * @param response - The 3xx reply, or the opaque redirect a browser gives for `redirect: 'manual'` (status 0).
 * @param context - The request's method and path, what to do instead, and the secrets to mask.
 */
export function redirectError(
  response: globalThis.Response,
  context: APIErrorContext & { body?: unknown; fix: string },
): APIError {
  const { status, headers } = response;
  const location = headers.get('location');
  const where = [context.method?.toUpperCase(), context.path].filter(Boolean).join(' ');
  return new APIError(
    status,
    `${status || 'A'} redirect${location ? ` to ${location}` : ''}${where ? `: ${where}` : ''}; ${context.fix} ` +
      '(redirects are not followed: they would re-send the keys).',
    {
      headers,
      body: context.body,
      requestId: headers.get('x-request-id') ?? undefined,
      secrets: context.secrets,
    },
  );
}

/** Keeps a server's message to one readable line, without the full stop that would run into `: POST …`. */
function clip(message: string): string {
  const line = message.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  return line.length > 500 ? `${line.slice(0, 500)}…` : line;
}

function pathOf(url: string): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}
