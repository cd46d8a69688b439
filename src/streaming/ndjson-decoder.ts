/**
 * Newline-delimited JSON framing: UTF-8 bytes in, one string per non-blank line out. The format that
 * `ResponseStream.toReadableStream()` writes (see `ndjson-encoder.ts`) and `ResponseStream.fromReadableStream()`
 * reads. Parsing the JSON is the caller's business.
 *
 * @module
 */
import { StreamError } from '../errors/index.js';
import { DEFAULT_MAX_EVENT_BYTES, eventTooLarge, utf8Length } from './stream-options.js';

/** Callbacks and limits for {@link createNdjsonDecoder}. */
export interface NdjsonDecoderOptions {
  /**
   * Called for every line that is not blank, without its line end and surrounding whitespace. `unterminated` is
   * true for a last line that the end of the input completed (it had no `\n`).
   */
  onLine: (line: string, unterminated: boolean) => void;
  /**
   * Longest accepted line, in UTF-8 bytes without its `\n`; `Infinity` disables the limit.
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
   * @throws {@link StreamError} `event-too-large` when a line, or the part of it read so far, outgrows
   *   `maxLineBytes`; `feed()` and `end()` throw it again afterwards.
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
  // UTF-8 bytes of the pending pieces, or -1 while not counted: counted only once the line may be near the limit.
  let pendingBytes = -1;
  let lines = 0;
  let failure: StreamError | undefined;

  /**
   * Adds `piece` to the line being read; throws (for good: the decoder cannot resume) once it is too long. Bytes are
   * counted as in the SSE decoder's `checkSize`: only past a third of the limit in UTF-16 units, then kept up to date.
   */
  function hold(piece: string): void {
    pending.push(piece);
    if (pendingBytes >= 0) pendingBytes += utf8Length(piece);
    if ((pendingLength += piece.length) * 3 <= maxLineBytes) return;
    if (pendingBytes < 0) pendingBytes = utf8Length(pending.join(''));
    if (pendingLength <= maxLineBytes && pendingBytes <= maxLineBytes) return;
    pending.length = 0; // release the line now
    throw (failure = eventTooLarge('NDJSON line', lines + 1, maxLineBytes));
  }

  /** Reports the pending pieces plus `last` as one line (when it is not blank). */
  function line(last: string, unterminated: boolean): void {
    hold(last);
    const trimmed = pending.join('').trim();
    pending.length = 0;
    pendingLength = 0;
    pendingBytes = -1;
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
    if (start < chunk.length) hold(chunk.slice(start));
  }

  return {
    feed: (chunk) => process(text.decode(chunk, { stream: true })),
    end() {
      process(text.decode());
      if (pending.length > 0) line('', true);
    },
  };
}
