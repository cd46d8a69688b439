/**
 * From one payload (an SSE frame's data or an NDJSON line) to a stream event, or to the error it stands for.
 * Shared by the SSE and NDJSON event decoders.
 *
 * @module
 */
import { StreamError, StreamEventError } from '../errors/index.js';
import type { StreamEvent } from './stream-event.js';

/** The payload some compatible servers send to end a stream; the real API ends with EOF instead. */
export const DONE_SENTINEL = '[DONE]';

/** What errors built from a payload need to know, fixed for a whole stream. */
export interface PayloadContext {
  /** The `x-request-id` of the response, put on `error`-event errors. */
  readonly requestId: string | undefined;
  /** Values to mask in every error (the caller's API keys). */
  readonly secrets: readonly string[] | undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * Parses one payload into an event object.
 *
 * @param data - The payload (an SSE frame's data, multi-line data already joined).
 * @param format - What a payload is called in messages: `server-sent event` or `NDJSON line`.
 * @param position - The 1-based position of the payload in the stream, for error messages.
 * @param last - Whether the end of the body completed this payload (a last SSE frame without its blank line, a last
 *   NDJSON line without its `\n`): cut-off JSON there means the body was truncated in the middle of an event.
 * @returns The event, or `undefined` when the payload is not a JSON object with a string `type` (such payloads are
 *   skipped: they carry nothing a Responses client can use).
 * @throws {@link StreamError} `invalid-json` when `data` is not JSON, or `incomplete-stream` (with the `invalid-json`
 *   error as its `cause`) when it is the `last` payload. Neither the payload nor the parser's message (which quotes
 *   it) is kept: only the position and length, because the payload may hold user content or keys.
 */
export function parseEventData(
  data: string,
  format: string,
  position: number,
  context: PayloadContext,
  last = false,
): StreamEvent | undefined {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch (error) {
    const { secrets } = context;
    const at = /at position (\d+)/.exec(String(error))?.[1];
    const where = `${format} #${position}`;
    const cause = new StreamError(
      'invalid-json',
      `Invalid JSON in ${where} (${data.length} characters${at ? `, error at character ${at}` : ''}).`,
      { secrets },
    );
    if (!last) throw cause;
    throw new StreamError('incomplete-stream', `The stream was cut off in ${where}.`, { cause, secrets });
  }
  return isObject(value) && typeof value['type'] === 'string' ? (value as StreamEvent) : undefined;
}

const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Turns an `error` event (the real nested shape `{type:'error', error:{type, code, message, param}}` or the flat
 * shape `{type:'error', code, message, param}`) into a {@link StreamEventError}.
 */
export function errorFromEvent(event: StreamEvent, context: PayloadContext): StreamEventError {
  const record = event as Record<string, unknown>;
  const nested = record['error'];
  const fields = isObject(nested) ? nested : record;
  const code = asString(fields['code']);
  // Some servers send the message itself as `error`.
  const text = asString(fields['message']) ?? asString(nested) ?? 'no message';
  const sequence = record['sequence_number'];
  // StreamEventError masks credentials in the message and in every field, the event included.
  return new StreamEventError(`Stream error${code ? ` (${code})` : ''}: ${text}`, {
    code,
    param: asString(fields['param']),
    errorType: fields === record ? undefined : asString(fields['type']),
    sequenceNumber: typeof sequence === 'number' ? sequence : undefined,
    requestId: context.requestId,
    event,
    secrets: context.secrets,
  });
}

/**
 * The error an `event: error` SSE frame stands for, whatever its data: JSON fields when it is a JSON object, else
 * the data as the message.
 */
export function errorFromNamedFrame(data: string, context: PayloadContext): StreamEventError {
  let payload: unknown = data;
  try {
    payload = JSON.parse(data);
  } catch {
    // Plain text: the message.
  }
  const fields = isObject(payload) ? payload : { message: String(payload) };
  return errorFromEvent({ ...fields, type: 'error' } as StreamEvent, context);
}
