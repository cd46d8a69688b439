/**
 * Reading an error reply: its body, at most 64 KiB of it, and the message, code, param, type and request id in any of
 * the shapes servers send.
 *
 * @module
 */
import { limitBody, MAX_ERROR_BODY_BYTES } from '../internal/body-limit.js';
import { isObject } from '../internal/validate.js';

/** What an error body says, as {@link errorFields} reads it; every field `undefined` when the body does not say. */
export interface ErrorFields {
  message: string | undefined;
  code: string | undefined;
  param: string | undefined;
  errorType: string | undefined;
  requestId: string | undefined;
}

/**
 * Reads an error reply's body, at most 64 KiB of it; the rest is cancelled, not read. The same bound applies on
 * every path: the client and its retries, the low-level client (which reads error bodies through a fetch that bounds
 * them) and `ResponseStream.fromResponse`.
 *
 * @returns The parsed JSON when the text is JSON, otherwise the text; `undefined` when the body is empty or
 *   cannot be read. Never throws.
 */
export async function readErrorBody(response: globalThis.Response): Promise<unknown> {
  if (!response.body || response.bodyUsed) return undefined;
  const reader = limitBody(response.body, MAX_ERROR_BODY_BYTES).getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (let read; !(read = await reader.read()).done;) text += decoder.decode(read.value, { stream: true });
  } catch {
    // A body that fails half-way still says something: keep what arrived.
    reader.cancel().catch(() => {});
  }
  text += decoder.decode();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

/**
 * The message, code, param, type and request id of an error body in any of the shapes servers send: FastAPI's
 * `detail` (a string or a list of `{loc, msg}`), a top-level `message`, OpenAI's `{error: {message, code, param,
 * type}}`, or plain text.
 */
export function errorFields(body: unknown): ErrorFields {
  const record = isObject(body) ? body : {};
  const nested = isObject(record['error']) ? record['error'] : undefined;
  const field = (name: string) => text(nested?.[name]) ?? text(record[name]);
  return {
    message:
      typeof body === 'string'
        ? body.trim()
        : (detailMessage(record['detail']) ??
          text(record['message']) ??
          text(nested?.['message']) ??
          text(record['error'])),
    code: field('code'),
    param: field('param'),
    errorType: text((nested ?? record)['type']),
    requestId: text(record['request_id']),
  };
}

/** FastAPI's `detail`: a string, or a list of `{loc: [...], msg}` validation problems joined into one line. */
function detailMessage(detail: unknown): string | undefined {
  if (Array.isArray(detail)) {
    const parts = detail.map((item) => {
      if (!isObject(item)) return String(item);
      const location = Array.isArray(item['loc']) && item['loc'].join('.');
      const problem = text(item['msg']) ?? JSON.stringify(item);
      return location ? `${location}: ${problem}` : problem;
    });
    return parts.length > 0 ? parts.join('; ') : undefined;
  }
  return typeof detail === 'string' ? detail : isObject(detail) ? JSON.stringify(detail) : undefined;
}
