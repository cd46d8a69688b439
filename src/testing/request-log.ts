// The log of what the emulator received, with secrets masked, so that tests can assert on requests.
import { redactSecrets, redactValue } from '../internal/redact.js';

/** One request as the emulator received it. Credentials are masked: tests can print it safely. */
export interface RecordedRequest {
  /** HTTP method, upper case. */
  method: string;
  /** Path and query, e.g. `/control/chat/v1/responses`. */
  path: string;
  /** Request headers by lower-case name; `authorization` and `x-api-key` are `***`, other values are redacted. */
  headers: Record<string, string>;
  /**
   * The parsed JSON body; the text itself (up to 64 KiB) when it is not JSON; `undefined` when there was none, or
   * when the log dropped it to stay within `requestLogBytes` (then `bodyOmitted` is true).
   */
  body: unknown;
  /** The size of the body in bytes (0 when there was none, or it was refused unread: 401, 413). */
  bodyBytes: number;
  /** The body was not kept, or was dropped later, to keep the log within `requestLogBytes`. */
  bodyOmitted?: true;
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
    bodyBytes: 0,
    status: 0,
    receivedAt,
  };
}

/** The log each record belongs to, so that a body stored later is counted against that log's budget. */
const logOf = new WeakMap<RecordedRequest, RequestLog>();

/** Bytes a JSON value costs in memory beyond its strings, as the log estimates it. */
const BYTES_PER_VALUE = 48;

/**
 * An estimate of the memory a parsed body holds: its text's bytes plus {@link BYTES_PER_VALUE} per value (counting
 * stops past `cap`).
 */
function costOf(bytes: number, parsed: { value: unknown } | undefined, cap: number): number {
  if (!parsed) return Math.min(bytes, MAX_TEXT_BODY);
  let cost = bytes;
  const pending: unknown[] = [parsed.value];
  while (pending.length > 0 && cost <= cap) {
    const next = pending.pop();
    cost += BYTES_PER_VALUE;
    if (Array.isArray(next)) for (const item of next) pending.push(item);
    else if (typeof next === 'object' && next !== null)
      for (const key in next) pending.push((next as never)[key]);
  }
  return cost;
}

/**
 * Stores the body on the record: parsed JSON (masked) when it parses, else the beginning of the text. A body that
 * alone exceeds the log's byte budget is not stored; its size is.
 */
export function recordBody(
  record: RecordedRequest,
  text: string | undefined,
  parsed?: { value: unknown },
): void {
  if (text === undefined || text === '') return;
  // The reader sets the size in bytes; text read elsewhere counts its UTF-16 units.
  if (record.bodyBytes === 0) record.bodyBytes = text.length;
  const log = logOf.get(record);
  if (log && !log.admitBody(record, costOf(record.bodyBytes, parsed, log.maxBodyBytes))) {
    record.bodyOmitted = true;
    return;
  }
  record.body = parsed ? redactValue(parsed.value) : redactSecrets(text.slice(0, MAX_TEXT_BODY));
}

/**
 * A bounded list of recorded requests, newest last: at most `limit` entries, and bodies whose estimated size adds up
 * to at most `maxBodyBytes`; past that, the oldest entries keep their summary and lose their body.
 */
export class RequestLog {
  readonly entries: RecordedRequest[] = [];
  /** The byte budget of the bodies kept (estimated sizes). */
  readonly maxBodyBytes: number;
  readonly #limit: number;
  /** The estimated size of each body kept, by record. */
  readonly #costs = new Map<RecordedRequest, number>();
  #bodyBytes = 0;

  constructor(limit: number, maxBodyBytes: number) {
    this.#limit = limit;
    this.maxBodyBytes = maxBodyBytes;
  }

  add(record: RecordedRequest): void {
    logOf.set(record, this);
    if (this.#limit === 0) return;
    this.entries.push(record);
    if (this.entries.length > this.#limit) {
      for (const dropped of this.entries.splice(0, this.entries.length - this.#limit)) this.#forget(dropped);
    }
  }

  /** Makes room for a body of `cost` bytes on `record`, dropping the oldest bodies; `false` when it cannot fit. */
  admitBody(record: RecordedRequest, cost: number): boolean {
    if (cost > this.maxBodyBytes) return false;
    // A record the log no longer holds (or never held) is only seen by `onRequest`: nothing to count.
    if (!this.entries.includes(record)) return true;
    this.#costs.set(record, cost);
    this.#bodyBytes += cost;
    // Map order is insertion order: the oldest body first.
    for (const [oldest] of this.#costs) {
      if (this.#bodyBytes <= this.maxBodyBytes) break;
      this.#forget(oldest);
      oldest.body = undefined;
      oldest.bodyOmitted = true;
    }
    return true;
  }

  #forget(record: RecordedRequest): void {
    this.#bodyBytes -= this.#costs.get(record) ?? 0;
    this.#costs.delete(record);
  }
}
