/**
 * From one payload (an SSE frame's data or an NDJSON line) to a stream event, or to the error it stands for.
 * Shared by the SSE and NDJSON event decoders.
 *
 * @module
 */
import { StreamError, StreamEventError } from '../errors.js';
import type { StreamEvent } from './stream-event.js';

/** The payload some compatible servers send to end a stream; the real API ends with EOF instead. */
export const DONE_SENTINEL = '[DONE]';

/** What errors built from a payload need to know, fixed for a whole stream (built once, not per event). */
export interface PayloadContext {
  /** What a payload is called in messages: `server-sent event` or `NDJSON line`. */
  readonly format: string;
  /** The `x-request-id` of the response, put on `error`-event errors. */
  readonly requestId: string | undefined;
  /** Values to mask in every error (the caller's API keys). */
  readonly secrets: readonly string[] | undefined;
}

/**
 * Parses one payload into an event object.
 *
 * @param data - The payload (an SSE frame's data, multi-line data already joined).
 * @param position - The 1-based position of the payload in the stream, for error messages.
 * @returns The event, or `undefined` when the payload is not a JSON object with a string `type` (such payloads are
 *   skipped: they carry nothing a Responses client can use).
 * @throws {@link StreamError} `invalid-json` when `data` is not JSON. Neither the payload nor the parser's message
 *   (which quotes it) is kept: only the position and length, because the payload may hold user content or keys.
 */
export function parseEventData(
  data: string,
  position: number,
  context: PayloadContext,
): StreamEvent | undefined {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch (cause) {
    const at = /at position (\d+)/.exec(cause instanceof Error ? cause.message : '')?.[1];
    throw new StreamError(
      'invalid-json',
      `Malformed JSON in ${context.format} #${position} (${data.length} characters` +
        `${at === undefined ? '' : `, invalid at character ${at}`}); the stream cannot continue.`,
      { secrets: context.secrets },
    );
  }
  if (typeof value !== 'object' || value === null || typeof (value as { type?: unknown }).type !== 'string') {
    return undefined;
  }
  return value as StreamEvent;
}

/**
 * {@link parseEventData} for the payload the end of the body completed (a last SSE frame without its blank line, a
 * last NDJSON line without its `\n`): when its JSON is cut off, the body was truncated in the middle of an event.
 *
 * @throws {@link StreamError} `incomplete-stream` (the `invalid-json` error as its `cause`) for a cut-off payload.
 */
export function parseLastEventData(
  data: string,
  position: number,
  context: PayloadContext,
): StreamEvent | undefined {
  try {
    return parseEventData(data, position, context);
  } catch (cause) {
    throw new StreamError(
      'incomplete-stream',
      `The stream was cut off in the middle of ${context.format} #${position}; the events before it were delivered.`,
      { cause, secrets: context.secrets },
    );
  }
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
export function errorFromEvent(event: StreamEvent, context: PayloadContext): StreamEventError {
  const nested = (event as { error?: unknown }).error;
  const fields = (typeof nested === 'object' && nested !== null ? nested : event) as ErrorFields;
  const code = asString(fields.code);
  // Some servers send the message itself as `error`.
  const text =
    asString(fields.message) ?? asString(nested) ?? 'The server reported an error without a message';
  const sequence = (event as { sequence_number?: unknown }).sequence_number;
  // StreamEventError masks credentials in the message and in every field, the event included.
  return new StreamEventError(`Stream error${code ? ` (${code})` : ''}: ${text}`, {
    code,
    param: asString(fields.param),
    errorType: fields === event ? undefined : asString(fields.type),
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
  let payload: unknown;
  try {
    payload = JSON.parse(data);
  } catch {
    payload = { message: data };
  }
  const fields = typeof payload === 'object' && payload !== null ? payload : { message: String(payload) };
  return errorFromEvent({ ...fields, type: 'error' } as StreamEvent, context);
}
