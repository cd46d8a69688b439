/**
 * Newline-delimited JSON framing: UTF-8 bytes in, one string per non-blank line out. The format that
 * `ResponseStream.toReadableStream()` writes (see `ndjson-encoder.ts`) and `ResponseStream.fromReadableStream()`
 * reads. Parsing the JSON is the caller's business.
 *
 * @module
 */
import { StreamError } from '../errors.js';
import { DEFAULT_MAX_EVENT_BYTES, eventTooLarge } from './stream-options.js';

/** Callbacks and limits for {@link createNdjsonDecoder}. */
export interface NdjsonDecoderOptions {
  /**
   * Called for every line that is not blank, without its line end and surrounding whitespace. `unterminated` is
   * true for a last line that the end of the input completed (it had no `\n`).
   */
  onLine: (line: string, unterminated: boolean) => void;
  /**
   * Longest accepted line, in UTF-16 code units; `Infinity` disables the limit.
   *
   * @defaultValue {@link DEFAULT_MAX_EVENT_BYTES}
   */
  maxLineBytes?: number | undefined;
}

/** A push-based decoder created by {@link createNdjsonDecoder}. */
export interface NdjsonDecoder {
  /**
   * Feeds raw bytes of any length; lines are reported synchronously from inside this call.
   *
   * @throws {@link StreamError} `event-too-large` when a line outgrows `maxLineBytes`; `feed()` and `end()` throw
   *   it again afterwards.
   */
  feed(chunk: Uint8Array): void;
  /** Ends the input: reports a last line that had no `\n`. */
  end(): void;
}

/**
 * Creates a decoder that splits UTF-8 byte chunks of any fragmentation into lines.
 *
 * @param options - The line callback and the size limit.
 * @returns A decoder with `feed(bytes)` and `end()`.
 */
export function createNdjsonDecoder(options: NdjsonDecoderOptions): NdjsonDecoder {
  const { onLine } = options;
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_EVENT_BYTES;
  const text = new TextDecoder();
  // Pieces of a line whose `\n` has not arrived yet, joined once it does: linear for any chunking.
  const pending: string[] = [];
  let pendingLength = 0;
  let lines = 0;
  let failure: StreamError | undefined;

  /** Reports the pending pieces plus `last` as one line (when it is not blank). */
  function line(last: string, unterminated: boolean): void {
    pending.push(last);
    const trimmed = pending.join('').trim();
    pending.length = 0;
    pendingLength = 0;
    if (trimmed === '') return;
    lines++;
    onLine(trimmed, unterminated);
  }

  function process(chunk: string): void {
    if (failure !== undefined) throw failure;
    let start = 0;
    for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
      line(chunk.slice(start, end), false);
      start = end + 1;
    }
    if (start < chunk.length) {
      pending.push(chunk.slice(start));
      pendingLength += chunk.length - start;
      if (pendingLength > maxLineBytes) {
        // The decoder cannot resume, so release the buffered line now.
        pending.length = 0;
        throw (failure = eventTooLarge('NDJSON line', lines + 1, maxLineBytes));
      }
    }
  }

  return {
    feed: (chunk) => process(text.decode(chunk, { stream: true })),
    end() {
      process(text.decode());
      if (pending.length > 0) line('', true);
    },
  };
}
