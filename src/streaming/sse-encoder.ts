/**
 * Server-sent events framing, the other way round: events in, `event:`/`data:` frames out. What the emulator
 * writes, and what tests and the benchmark build their streams from. {@link createSseDecoder} reads every frame it
 * writes back to the same `{ event, data, id }` (data line ends become `\n`, as the WHATWG parser joins them).
 *
 * @module
 */

/** The line end the encoder writes: `\n` (what real servers send), `\r` or `\r\n`. */
export type SseLineEnding = '\n' | '\r' | '\r\n';

/** Options of {@link createSseEncoder}. */
export interface SseEncoderOptions {
  /**
   * The line end of every line written, including the blank line that ends a frame.
   *
   * @defaultValue `'\n'`
   */
  lineEnding?: SseLineEnding | undefined;
}

/** One frame, field by field; every field is optional, and absent fields are not written. */
export interface SseFrame {
  /** The `event:` field. */
  event?: string | undefined;
  /** The `data`; each of its lines (split at CR, LF or CRLF) becomes one `data:` line. */
  data?: string | undefined;
  /** The `id:` field: the last event ID a client resumes from. */
  id?: string | undefined;
  /** The `retry:` field: the reconnection delay the client should use, in milliseconds. */
  retry?: number | undefined;
  /** A comment written before the fields, one `:` line per line of text. */
  comment?: string | undefined;
}

/** Writes server-sent event frames as text; encode it as UTF-8 to send it. */
export interface SseEncoder {
  /**
   * One event as the Responses API writes it: `event: <type>` and its JSON on one `data:` line.
   *
   * @param event - Any object with a string `type`; it is sent as `JSON.stringify(event)`.
   * @param fields - An `id` to send with it.
   */
  event<E extends { readonly type: string }>(event: E, fields?: { id?: string | undefined }): string;
  /** Any frame; see {@link SseFrame}. A frame without `data` is not dispatched by clients. */
  frame(frame: SseFrame): string;
  /** A comment line on its own (no frame), e.g. `: keepalive` to keep a proxy from closing an idle stream. */
  comment(text?: string): string;
  /** A `retry:` field on its own, ended by a blank line. */
  retry(milliseconds: number): string;
}

const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Creates an SSE frame writer.
 *
 * @param options - The line end to write; see {@link SseEncoderOptions}.
 * @returns An encoder whose methods return frames as strings.
 * @throws `TypeError` from its methods for a field that cannot be framed: an `event` or `id` containing a line
 *   break, an `id` containing U+0000 (clients ignore it), or a `retry` that is not a non-negative integer.
 * @example
 * ```ts
 * const sse = createSseEncoder();
 * response.write(sse.event({ type: 'response.output_text.delta', delta: 'Hi' }));
 * response.write(sse.comment('keepalive'));
 * ```
 */
export function createSseEncoder(options: SseEncoderOptions = {}): SseEncoder {
  const eol = options.lineEnding ?? '\n';
  if (eol !== '\n' && eol !== '\r' && eol !== '\r\n') {
    throw new TypeError(`lineEnding must be '\\n', '\\r' or '\\r\\n'; got ${JSON.stringify(eol)}.`);
  }

  const comment = (text = ''): string =>
    text
      .split(LINE_BREAK)
      .map((line) => `:${line === '' ? '' : ` ${line}`}${eol}`)
      .join('');

  function frame(fields: SseFrame): string {
    let text = fields.comment === undefined ? '' : comment(fields.comment);
    if (fields.event !== undefined) text += `event: ${singleLine('event', fields.event)}${eol}`;
    if (fields.id !== undefined) {
      if (fields.id.includes('\0'))
        throw new TypeError('An SSE id must not contain U+0000; clients ignore it.');
      text += `id: ${singleLine('id', fields.id)}${eol}`;
    }
    if (fields.retry !== undefined) {
      if (!Number.isInteger(fields.retry) || fields.retry < 0) {
        throw new TypeError(`retry must be a non-negative integer of milliseconds; got ${fields.retry}.`);
      }
      text += `retry: ${fields.retry}${eol}`;
    }
    if (fields.data !== undefined) {
      // One space after the colon always: the decoder strips exactly one, so data starting with a space survives.
      for (const line of fields.data.split(LINE_BREAK)) text += `data:${line === '' ? '' : ` ${line}`}${eol}`;
    }
    return text + eol;
  }

  return {
    // The hot path of an emulator: JSON never contains a raw line break, so it is written as it is.
    event: (event, fields) =>
      fields?.id === undefined
        ? `event: ${singleLine('event', event.type)}${eol}data: ${JSON.stringify(event)}${eol}${eol}`
        : frame({ event: event.type, id: fields.id, data: JSON.stringify(event) }),
    frame,
    comment,
    retry: (milliseconds) => frame({ retry: milliseconds }),
  };
}

function singleLine(field: string, value: string): string {
  if (LINE_BREAK.test(value)) {
    throw new TypeError(`An SSE ${field} must be one line; ${JSON.stringify(value)} contains a line break.`);
  }
  return value;
}
