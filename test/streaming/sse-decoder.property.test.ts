import { createParser } from 'eventsource-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createSseDecoder, type SseMessage } from '../../src/streaming/sse-decoder.js';
import { splitAt } from '../helpers/bodies.js';

const encoder = new TextEncoder();

interface Decoded {
  messages: SseMessage[];
  retries: number[];
  comments: string[];
}

const emptyDecoded = (): Decoded => ({ messages: [], retries: [], comments: [] });

/** What our decoder reports during feed() (complete lines and frames) and during end() (the unterminated tail). */
function decodeWithOurs(chunks: readonly Uint8Array[]): { fed: Decoded; atEnd: Decoded } {
  const fed = emptyDecoded();
  const atEnd = emptyDecoded();
  let target = fed;
  const decoder = createSseDecoder({
    onMessage: (message) => target.messages.push(message),
    onRetry: (milliseconds) => target.retries.push(milliseconds),
    onComment: (comment) => target.comments.push(comment),
  });
  for (const chunk of chunks) decoder.feed(chunk);
  target = atEnd;
  decoder.end();
  return { fed, atEnd };
}

/**
 * Decodes with eventsource-parser 4.1.3 and maps its output onto our semantics. The differences normalised:
 *
 * 1. `id`: eventsource-parser reports only the id set within the frame and resets it per frame; WHATWG's
 *    last-event-ID buffer (ours) is sticky. `onId` fires at every blank line with the frame's last valid id,
 *    even for data-less frames, so the sticky value is "the last `onId` value so far".
 * 2. End of input: eventsource-parser has no end-of-input step (WHATWG discards an unterminated frame);
 *    ours completes the last line and dispatches the last frame from end() as a leniency. Only what ours
 *    reports during feed() is compared; end() has its own property below.
 * 3. Comments: eventsource-parser strips one leading space from a comment; ours reports it verbatim.
 * 4. BOM: eventsource-parser takes text, so it gets the bytes decoded with `ignoreBOM: true` and strips the
 *    BOM itself. (It also strips a *Latin-1-decoded* BOM, "\u00EF\u00BB\u00BF"; the generated streams
 *    never start with U+00EF, so that path is not taken.)
 * 5. Unknown fields and invalid `retry` values go to its `onError`, which ours does not have; ignored.
 */
function decodeWithOracle(bytes: Uint8Array): Decoded {
  const decoded = emptyDecoded();
  let stickyId: string | undefined;
  const parser = createParser({
    onId: (id) => {
      stickyId = id;
    },
    onEvent: ({ event, data }) => decoded.messages.push({ event, data, id: stickyId }),
    onRetry: (milliseconds) => decoded.retries.push(milliseconds),
    onComment: (comment) => decoded.comments.push(comment),
  });
  parser.feed(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
  return decoded;
}

// Values mix ASCII with the characters that stress a decoder: multi-byte (2, 3 and 4 bytes, including
// astral), colons and spaces (field syntax), a BOM and NUL (special meaning elsewhere), and any code point.
const valueChar = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('é', 'ß', '中', '文', '😀', '🚀', '𝄞', ':', ' ', '\uFEFF', '\0', '\t'),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);
const value = fc.array(valueChar, { maxLength: 12 }).map((chars) => chars.join('').replace(/[\r\n]/g, '_'));

const separator = fc.constantFrom(':', ': ', ':  ');
const line = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(separator, value).map(([s, v]) => `data${s}${v}`) },
  { weight: 1, arbitrary: fc.constantFrom('data', 'event', 'id', 'retry', 'foo') }, // no colon: empty value
  { weight: 2, arbitrary: fc.tuple(separator, value).map(([s, v]) => `event${s}${v}`) },
  { weight: 1, arbitrary: fc.tuple(separator, value).map(([s, v]) => `id${s}${v}`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(separator, fc.oneof(fc.nat({ max: 100_000 }).map(String), value))
      .map(([s, v]) => `retry${s}${v}`),
  },
  { weight: 1, arbitrary: value.map((v) => `:${v}`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('foo', 'Data', 'events', 'x'), separator, value)
      .map((t) => t.join('')),
  },
);
const lineEnd = fc.constantFrom('\n', '\r', '\r\n');
const frame = fc
  .tuple(fc.array(fc.tuple(line, lineEnd), { maxLength: 6 }), lineEnd)
  .map(([lines, blank]) => lines.map(([l, e]) => l + e).join('') + blank);

/** A whole stream: optional BOM, frames, and possibly an unterminated tail. */
const stream = fc
  .tuple(
    fc.boolean(),
    fc.array(frame, { maxLength: 8 }),
    fc.array(fc.tuple(line, lineEnd), { maxLength: 2 }),
    fc.option(line),
  )
  .map(([bom, frames, tailLines, lastLine]) =>
    encoder.encode(
      (bom ? '\uFEFF' : '') + frames.join('') + tailLines.map(([l, e]) => l + e).join('') + (lastLine ?? ''),
    ),
  );
const cutPositions = fc.array(fc.nat(), { maxLength: 40 });

describe('createSseDecoder (properties)', () => {
  it('yields the same messages, retries and comments for any chunking of the same bytes', () => {
    fc.assert(
      fc.property(stream, cutPositions, (bytes, cuts) => {
        expect(decodeWithOurs(splitAt(bytes, cuts))).toEqual(decodeWithOurs([bytes]));
      }),
      { numRuns: 1_000 },
    );
  });

  it('yields the same messages when fed one byte at a time', () => {
    fc.assert(
      fc.property(stream, (bytes) => {
        const bytewise = Array.from(bytes, (_, i) => bytes.subarray(i, i + 1));
        expect(decodeWithOurs(bytewise)).toEqual(decodeWithOurs([bytes]));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with eventsource-parser on frames ended by a blank line, retries and comments', () => {
    fc.assert(
      fc.property(stream, cutPositions, (bytes, cuts) => {
        const ours = decodeWithOurs(splitAt(bytes, cuts)).fed;
        const oracle = decodeWithOracle(bytes);
        expect(ours.messages).toEqual(oracle.messages);
        expect(ours.retries).toEqual(oracle.retries);
        expect(ours.comments.map((c) => (c.startsWith(' ') ? c.slice(1) : c))).toEqual(oracle.comments);
      }),
      { numRuns: 2_000 },
    );
  });

  it('dispatches at end() exactly what a trailing blank line would have dispatched', () => {
    fc.assert(
      fc.property(stream, (bytes) => {
        const ended = decodeWithOurs([bytes]);
        const terminated = decodeWithOurs([bytes, encoder.encode('\n\n')]);
        expect([...ended.fed.messages, ...ended.atEnd.messages]).toEqual(terminated.fed.messages);
        expect([...ended.fed.retries, ...ended.atEnd.retries]).toEqual(terminated.fed.retries);
        expect([...ended.fed.comments, ...ended.atEnd.comments]).toEqual(terminated.fed.comments);
        expect(ended.atEnd.messages.length).toBeLessThanOrEqual(1);
        expect(terminated.atEnd).toEqual(emptyDecoded());
      }),
      { numRuns: 1_000 },
    );
  });
});
