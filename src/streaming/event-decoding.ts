import { redactSecrets, StreamError, StreamEventError } from '../errors.js';
import type { ResponseStreamEvent, UnknownStreamEvent } from '../types.js';

/** An event of a Responses stream: one the spec lists, or one it does not (passed through as unknown). */
export type StreamEvent = ResponseStreamEvent | UnknownStreamEvent;

/** The payload some compatible servers send to end a stream; the real API ends with EOF instead. */
export const DONE_SENTINEL = '[DONE]';

/**
 * Parses one event's `data` into an event object.
 *
 * @param data - The event's data (multi-line data already joined).
 * @param position - The 1-based position of the event in the stream, for error messages.
 * @returns The event, or `undefined` when the payload is not a JSON object with a string `type` (such
 *   payloads are skipped: they carry nothing a Responses client can use).
 * @throws {@link StreamError} `invalid-json` when `data` is not JSON. The payload is not echoed: it can be
 *   large and may hold user content.
 */
export function parseEventData(
  data: string,
  position: number,
  format = 'server-sent event',
): StreamEvent | undefined {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch (cause) {
    throw new StreamError(
      'invalid-json',
      `Malformed JSON in ${format} #${position} (${data.length} characters); the stream cannot continue.`,
      { cause },
    );
  }
  if (typeof value !== 'object' || value === null || typeof (value as { type?: unknown }).type !== 'string') {
    return undefined;
  }
  return value as StreamEvent;
}

interface ErrorFields {
  message?: unknown;
  code?: unknown;
  param?: unknown;
  type?: unknown;
}

const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Turns an `error` event (the real nested shape `{type:'error', error:{type, code, message, param}}` or the flat
 * shape `{type:'error', code, message, param}`) into a {@link StreamEventError}.
 */
export function errorFromEvent(event: StreamEvent, requestId: string | undefined): StreamEventError {
  const nested = (event as { error?: unknown }).error;
  const fields = (typeof nested === 'object' && nested !== null ? nested : event) as ErrorFields;
  const code = asString(fields.code);
  // Some servers send the message itself as `error`.
  const text =
    asString(fields.message) ?? asString(nested) ?? 'The server reported an error without a message';
  const message = redactSecrets(text);
  const sequence = (event as { sequence_number?: unknown }).sequence_number;
  return new StreamEventError(`Stream error${code ? ` (${code})` : ''}: ${message}`, {
    code,
    param: asString(fields.param),
    errorType: fields === event ? undefined : asString(fields.type),
    sequenceNumber: typeof sequence === 'number' ? sequence : undefined,
    requestId,
    event,
  });
}
