// The log of what the emulator received, with secrets masked, so that tests can assert on requests.
import { redactSecrets, redactValue } from '../errors.js';

/** One request as the emulator received it. Credentials are masked: tests can print it safely. */
export interface RecordedRequest {
  /** HTTP method, upper case. */
  method: string;
  /** Path and query, e.g. `/control/chat/v1/responses`. */
  path: string;
  /** Request headers by lower-case name; `authorization` and `x-api-key` are `***`, other values are redacted. */
  headers: Record<string, string>;
  /** The parsed JSON body; the text itself (up to 64 KiB) when it is not JSON; `undefined` when there was none. */
  body: unknown;
  /** The parsed `X-Features` / `X-Policy` / `X-Config` documents, when they were valid JSON. */
  features?: unknown;
  policy?: unknown;
  config?: unknown;
  /** The session the request ran in (the `X-Session-ID` the emulator answered with), once known. */
  sessionId?: string;
  /** The fault applied to this request, if any. */
  fault?: string;
  /** The status of the reply; 0 when the connection was reset or stalled before any reply. */
  status: number;
  /** When the request arrived (`Date.now()`). */
  receivedAt: number;
}

/** Headers whose whole value is a credential. */
const SECRET_HEADERS = new Set(['authorization', 'x-api-key', 'cookie', 'proxy-authorization']);
const MAX_TEXT_BODY = 64 * 1024;

/** Builds the masked record of a request (its body and status are filled in later). */
export function recordRequest(request: Request, receivedAt: number): RecordedRequest {
  const url = new URL(request.url);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = SECRET_HEADERS.has(name) ? '***' : redactSecrets(value);
  });
  return {
    method: request.method,
    path: url.pathname + url.search,
    headers,
    body: undefined,
    status: 0,
    receivedAt,
  };
}

/** Stores the body on the record: parsed JSON (masked) when it parses, else the beginning of the text. */
export function recordBody(
  record: RecordedRequest,
  text: string | undefined,
  parsed?: { value: unknown },
): void {
  if (text === undefined || text === '') return;
  record.body = parsed ? redactValue(parsed.value) : redactSecrets(text.slice(0, MAX_TEXT_BODY));
}

/** A bounded list of recorded requests, newest last. */
export class RequestLog {
  readonly entries: RecordedRequest[] = [];
  readonly #limit: number;

  constructor(limit: number) {
    this.#limit = limit;
  }

  add(record: RecordedRequest): void {
    if (this.#limit === 0) return;
    this.entries.push(record);
    if (this.entries.length > this.#limit) this.entries.splice(0, this.entries.length - this.#limit);
  }
}
