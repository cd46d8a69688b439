/**
 * Server-sent events framing: UTF-8 bytes in, `{ event, data, id }` messages out.
 *
 * Follows WHATWG "interpreting an event stream"
 * (https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation) with two
 * deliberate leniencies: a frame without any `data` field is never dispatched, and {@link SseDecoder.end}
 * dispatches a final frame that lacks its terminating blank line.
 *
 * @module
 */
import type { StreamError } from '../errors/index.js';
import {
  DEFAULT_MAX_EVENT_BYTES,
  eventTooLarge,
  utf8Length,
  validateMaxEventBytes,
} from './stream-options.js';

/** One dispatched server-sent event. */
export interface SseMessage {
  /** Value of the frame's last `event:` field, or `undefined` when it had none (or an empty one). */
  event: string | undefined;
  /** Values of the frame's `data` fields joined with `\n` (`""` for a single empty `data:` field). */
  data: string;
  /** Last event ID, sticky across frames as in WHATWG; `undefined` until an `id` field arrives. */
  id: string | undefined;
}

/** Callbacks and limits for {@link createSseDecoder}. */
export interface SseDecoderOptions {
  /** Called for every frame that carried at least one `data` field. */
  onMessage: (message: SseMessage) => void;
  /** Called when a valid `retry:` field (ASCII digits only) arrives, with its value in milliseconds. */
  onRetry?: (milliseconds: number) => void;
  /** Called for each comment line with the text after the `:`, verbatim (a leading space is kept). */
  onComment?: (comment: string) => void;
  /**
   * Largest event accepted, in UTF-8 bytes of the event's data (its `data` values joined with `\n`) plus the line
   * being read. `Infinity` disables the limit.
   *
   * @defaultValue {@link DEFAULT_MAX_EVENT_BYTES} (64 MiB)
   */
  maxEventBytes?: number | undefined;
}

/** A push-based decoder created by {@link createSseDecoder}. */
export interface SseDecoder {
  /**
   * Feeds raw bytes of any length; messages are dispatched synchronously from inside this call.
   *
   * @throws {@link StreamError} of type `'event-too-large'`, after which `feed()` and `end()` throw it again;
   *   a `TypeError` when called after `end()`.
   */
  feed(chunk: Uint8Array): void;
  /**
   * Ends the input: flushes the text decoder, completes an unterminated last line and dispatches a
   * pending frame that has data even without its blank line. A second `end()` does nothing.
   */
  end(): void;
}

const LF = 10;
const SPACE = 32;
const COLON = 58;

// V8 puts strings above ~128 KB in large-object space, which is slow to allocate and free; 16 KiB of
// UTF-8 decodes to at most 16 Ki UTF-16 code units (32 KB).
const DECODE_SLICE_BYTES = 16 * 1024;

/**
 * Creates a decoder that turns UTF-8 byte chunks of any size and fragmentation into server-sent events.
 *
 * One closure over the decoder's state, longer than a function should be, for the hot path: its inner functions are
 * the units (none over 45 lines), and they read and write the state as locals, with no object in between.
 *
 * An error thrown by a callback propagates out of `feed()`/`end()` and leaves the rest of that chunk
 * unprocessed; discard the decoder then.
 *
 * @param options - Callbacks and the per-event size limit; see {@link SseDecoderOptions}.
 * @defaultValue `options.maxEventBytes` is {@link DEFAULT_MAX_EVENT_BYTES} (64 MiB).
 * @returns A decoder with `feed(bytes)` and `end()`.
 * @throws `TypeError` / `RangeError` for a `maxEventBytes` that is not a positive number or `Infinity`.
 * @example
 * ```ts
 * const decoder = createSseDecoder({
 *   onMessage: ({ event, data }) => console.log(event, JSON.parse(data)),
 * });
 * for await (const chunk of response.body!) decoder.feed(chunk);
 * decoder.end();
 * ```
 */
export function createSseDecoder(options: SseDecoderOptions): SseDecoder {
  const { onMessage, onRetry, onComment } = options;
  const maxEventBytes = validateMaxEventBytes(
    options.maxEventBytes === undefined ? DEFAULT_MAX_EVENT_BYTES : options.maxEventBytes,
  );
  // Non-fatal and BOM-stripping by default: invalid bytes become U+FFFD, one BOM at the very start is
  // dropped (even when split across chunks), and `stream: true` holds back a split code point.
  const textDecoder = new TextDecoder();

  // The unterminated tail of the input as fragments, joined only once its terminator arrives: a long
  // line fed in tiny chunks then costs linear, not quadratic, time.
  const pending: string[] = [];
  let pendingLength = 0;
  // UTF-8 bytes of the pending line and of the data, or -1 while not counted: they are counted only once the event
  // may be near maxEventBytes (see checkSize), and then kept up to date, so that a large event costs linear time.
  let pendingBytes = -1;
  let dataBytes = -1;
  // The last text ended with a CR; an LF at the start of the next one completes a CRLF, not a blank line.
  let skipLF = false;

  let data = '';
  let hasData = false;
  let eventType: string | undefined;
  let lastEventId: string | undefined;
  let dispatched = 0;
  let failure: StreamError | undefined;
  let ended = false;

  function feed(chunk: Uint8Array): void {
    if (failure !== undefined) throw failure;
    if (ended) throw new TypeError('feed() after end(): create a new decoder for a new stream.');
    for (let offset = 0; offset < chunk.byteLength; offset += DECODE_SLICE_BYTES) {
      processText(textDecoder.decode(chunk.subarray(offset, offset + DECODE_SLICE_BYTES), { stream: true }));
    }
  }

  function end(): void {
    if (failure !== undefined) throw failure;
    if (ended) return;
    ended = true;
    processText(textDecoder.decode()); // a truncated final code point becomes U+FFFD
    if (pendingLength !== 0) completePending('', 0, 0);
    // Leniency: WHATWG discards an unterminated frame, but gateways that drop the final blank line
    // would then lose `response.completed` (openai-node#2725).
    dispatch();
  }

  function processText(text: string): void {
    if (text.length === 0) return;
    let start = 0;
    if (skipLF) {
      skipLF = false;
      if (text.charCodeAt(0) === LF) start = 1;
    }
    let cr = text.indexOf('\r', start);
    let lf = text.indexOf('\n', start);
    if (cr === -1) {
      // LF-only fast path: what real servers send.
      if (lf !== -1 && pendingLength !== 0) {
        completePending(text, start, lf);
        start = lf + 1;
        lf = text.indexOf('\n', start);
      }
      while (lf !== -1) {
        processLine(text, start, lf);
        start = lf + 1;
        lf = text.indexOf('\n', start);
      }
    } else {
      while (cr !== -1 || lf !== -1) {
        const lineEnd = cr === -1 || (lf !== -1 && lf < cr) ? lf : cr;
        if (pendingLength !== 0) completePending(text, start, lineEnd);
        else processLine(text, start, lineEnd);
        start = lineEnd + 1;
        if (lineEnd === cr) {
          // Settle CR versus CRLF now if the next character is here; otherwise in the next text.
          if (start === text.length) skipLF = true;
          else if (text.charCodeAt(start) === LF) start++;
        }
        // Keep matches that are still ahead instead of searching the same suffix again.
        if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
        if (lf !== -1 && lf < start) lf = text.indexOf('\n', start);
      }
    }
    if (start < text.length) {
      const fragment = start === 0 ? text : text.slice(start);
      pending.push(fragment);
      pendingLength += fragment.length;
      if (pendingBytes >= 0) pendingBytes += utf8Length(fragment);
      checkSize();
    }
  }

  function completePending(text: string, start: number, lineEnd: number): void {
    if (lineEnd > start) pending.push(text.slice(start, lineEnd));
    const line = pending.join('');
    pending.length = 0;
    pendingLength = 0;
    pendingBytes = -1;
    processLine(line, 0, line.length);
  }

  function processLine(text: string, start: number, lineEnd: number): void {
    if (start === lineEnd) {
      dispatch();
      return;
    }
    // `data:` and `event:` are nearly every line: recognise them by char codes, without slicing a name.
    const first = text.charCodeAt(start);
    if (
      first === 100 /* d */ &&
      text.charCodeAt(start + 1) === 97 /* a */ &&
      text.charCodeAt(start + 2) === 116 /* t */ &&
      text.charCodeAt(start + 3) === 97 /* a */ &&
      text.charCodeAt(start + 4) === COLON
    ) {
      appendData(text.slice(valueStart(text, start + 5), lineEnd));
    } else if (
      first === 101 /* e */ &&
      text.charCodeAt(start + 1) === 118 /* v */ &&
      text.charCodeAt(start + 2) === 101 /* e */ &&
      text.charCodeAt(start + 3) === 110 /* n */ &&
      text.charCodeAt(start + 4) === 116 /* t */ &&
      text.charCodeAt(start + 5) === COLON
    ) {
      eventType = text.slice(valueStart(text, start + 6), lineEnd) || undefined;
    } else if (first === COLON) {
      onComment?.(text.slice(start + 1, lineEnd));
    } else {
      processOtherField(text, start, lineEnd);
    }
  }

  function processOtherField(text: string, start: number, lineEnd: number): void {
    // Bounded by lineEnd: indexOf(':') could scan far beyond a colon-less line, for every such line.
    let colon = start + 1;
    while (colon < lineEnd && text.charCodeAt(colon) !== COLON) colon++;
    const value = colon < lineEnd ? text.slice(valueStart(text, colon + 1), lineEnd) : '';
    switch (text.slice(start, colon)) {
      case 'data':
        appendData(value);
        break;
      case 'event':
        eventType = value || undefined;
        break;
      case 'id':
        if (!value.includes('\0')) lastEventId = value;
        break;
      case 'retry':
        if (/^[0-9]+$/.test(value)) onRetry?.(Number(value));
        break;
      default: // WHATWG: any other field is ignored.
    }
  }

  function appendData(value: string): void {
    // Joining with '\n' before each later value (not WHATWG's value + '\n') spares removing the last LF.
    if (dataBytes >= 0) dataBytes += utf8Length(value) + +hasData;
    data = hasData ? data + '\n' + value : value;
    hasData = true;
    checkSize();
  }

  function dispatch(): void {
    if (!hasData) {
      // WHATWG drops a data-less frame but resets its type; openai-node dispatches it (`event: ping`).
      eventType = undefined;
      return;
    }
    const message: SseMessage = { event: eventType, data, id: lastEventId };
    // Reset before the callback, so a callback that throws leaves no half-dispatched frame behind.
    data = '';
    dataBytes = -1;
    hasData = false;
    eventType = undefined;
    dispatched++;
    onMessage(message);
  }

  // Called wherever the pending line or the data grows: the only buffers without a natural bound. A UTF-16 code
  // unit is 1 to 3 UTF-8 bytes, so bytes are counted only past a third of the limit in units.
  function checkSize(): void {
    const units = pendingLength + data.length;
    if (units * 3 <= maxEventBytes) return;
    if (pendingBytes < 0) pendingBytes = utf8Length(pending.join(''));
    if (dataBytes < 0) dataBytes = utf8Length(data);
    if (units <= maxEventBytes && pendingBytes + dataBytes <= maxEventBytes) return;
    failure = eventTooLarge('Server-sent event', dispatched + 1, maxEventBytes);
    // The decoder cannot resume, so release the buffered payload now.
    pending.length = 0;
    pendingLength = 0;
    data = '';
    throw failure;
  }

  return { feed, end };
}

// WHATWG strips exactly one space after the colon. The character at a line's end is CR, LF or past the
// end of the string, never a space, so no bound check is needed.
function valueStart(text: string, afterColon: number): number {
  return text.charCodeAt(afterColon) === SPACE ? afterColon + 1 : afterColon;
}
