/**
 * The two body formats a `ResponseStream` reads, as decoders for {@link BodyReader}: server-sent events (what the
 * API sends) and newline-delimited JSON (what `toReadableStream()` writes). Each frames bytes with its framing
 * decoder and turns every payload (an SSE frame's data, an NDJSON line) into an event or the error it stands for.
 *
 * @module
 */
import { StreamError, StreamEventError } from '../errors/index.js';
import { isObject } from '../internal/validate.js';
import type { ChunkDecoder, EventSink } from './body-reader.js';
import { createNdjsonDecoder } from './ndjson-decoder.js';
import { createSseDecoder } from './sse-decoder.js';
import type { StreamEvent } from './stream-event.js';
import type { StreamContext } from './stream-options.js';

/** What the decoders and the errors they build need of the stream's context. */
type DecoderContext = Pick<StreamContext, 'maxEventBytes' | 'requestId' | 'secrets'>;

/** The payload some compatible servers send to end a stream; the real API ends with EOF instead. */
const DONE_SENTINEL = '[DONE]';

/**
 * Decodes a `text/event-stream` body. Frames with empty data carry nothing and are skipped; `[DONE]` ends the
 * stream; an `event: error` frame is an error whatever its data.
 */
export function createSseEventDecoder(sink: EventSink, context: DecoderContext): ChunkDecoder {
  let position = 0;
  let done = false;
  let atEnd = false;
  const decoder = createSseDecoder({
    maxEventBytes: context.maxEventBytes,
    onRetry: (milliseconds) => sink.retry(milliseconds),
    onMessage: ({ event, data, id }) => {
      position++;
      if (done || data === '') return;
      if (data === DONE_SENTINEL) {
        done = true;
        return sink.stop();
      }
      if (event === 'error') throw errorFromNamedFrame(data, context);
      // The frame dispatched by end() lacked its blank line: cut-off JSON there means a truncated body.
      accept(sink, parseEventData(data, 'server-sent event', position, context, atEnd), id, context);
    },
  });
  return {
    feed: decoder.feed,
    end() {
      atEnd = true;
      decoder.end();
    },
  };
}

/** Decodes newline-delimited JSON events, one per line. */
export function createNdjsonEventDecoder(sink: EventSink, context: DecoderContext): ChunkDecoder {
  let position = 0;
  return createNdjsonDecoder({
    maxLineBytes: context.maxEventBytes,
    onLine: (line, unterminated) =>
      accept(
        sink,
        parseEventData(line, 'NDJSON line', ++position, context, unterminated),
        undefined,
        context,
      ),
  });
}

/** Queues `event`, or throws the stream error an `error` event stands for. */
function accept(
  sink: EventSink,
  event: StreamEvent | undefined,
  id: string | undefined,
  context: DecoderContext,
): void {
  if (event === undefined) return;
  if (event.type === 'error') throw errorFromEvent(event, context);
  sink.push(event, id);
}

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
function parseEventData(
  data: string,
  format: string,
  position: number,
  context: DecoderContext,
  last: boolean,
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
 * shape `{type:'error', code, message, param}`, which is also read when `error` is not an object) into a
 * {@link StreamEventError}.
 */
function errorFromEvent(event: StreamEvent, context: DecoderContext): StreamEventError {
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
 * the data as the message (a JSON array or number too).
 */
function errorFromNamedFrame(data: string, context: DecoderContext): StreamEventError {
  let payload: unknown = data;
  try {
    payload = JSON.parse(data);
  } catch {
    // Plain text: the message.
  }
  const fields = isObject(payload) ? payload : { message: String(payload) };
  return errorFromEvent({ ...fields, type: 'error' } as StreamEvent, context);
}
