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
 * Decodes with eventsource-parser 3.1.1 and maps its output onto our semantics. The differences normalised:
 *
 * 1. `id`: eventsource-parser reports, with each dispatched event, only the id set within that frame (it resets
 *    the id per frame and has no separate id callback); WHATWG's last-event-ID buffer (ours) is sticky. So the
 *    sticky value is folded here: an event without an id of its own carries the last id reported so far. An id
 *    set by a frame that is never dispatched (no `data` field) never reaches this oracle, so the oracle property
 *    runs on `oracleStream`, whose frames carry an `id` only beside a `data` field; the sticky id of a data-less
 *    frame is covered by sse-decoder.test.ts.
 * 2. End of input: eventsource-parser has no end-of-input step (WHATWG discards an unterminated frame);
 *    ours completes the last line and dispatches the last frame from end() as a leniency. Only what ours
 *    reports during feed() is compared; end() has its own property below.
 * 3. Comments: eventsource-parser strips one leading space from a comment; ours reports it verbatim.
 * 4. BOM: eventsource-parser takes text and (in 3.x) strips no U+FEFF, so it gets the bytes through WHATWG's
 *    "UTF-8 decode", which removes one leading BOM, as the EventSource spec's decoding step does. (It strips a
 *    *Latin-1-decoded* BOM, "\u00EF\u00BB\u00BF", itself; the generated streams never start with U+00EF, so
 *    that path is not taken.)
 * 5. Unknown fields and invalid `retry` values go to its `onError`, which ours does not have; ignored.
 * 6. A final CR: eventsource-parser 3.x keeps a line that ends in the last character, a CR, pending until it
 *    sees whether an LF follows; ours ends the line at the CR (WHATWG: CR, LF and CRLF are each one line end).
 *    The oracle gets an LF after a trailing CR, which turns it into a CRLF, the same single line end.
 */
function decodeWithOracle(bytes: Uint8Array): Decoded {
  const decoded = emptyDecoded();
  let stickyId: string | undefined;
  const parser = createParser({
    onEvent: ({ event, data, id }) => {
      stickyId = id ?? stickyId;
      decoded.messages.push({ event, data, id: stickyId });
    },
    onRetry: (milliseconds) => decoded.retries.push(milliseconds),
    onComment: (comment) => decoded.comments.push(comment),
  });
  const text = new TextDecoder('utf-8').decode(bytes);
  parser.feed(text.endsWith('\r') ? `${text}\n` : text);
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
const frameLines = fc.array(fc.tuple(line, lineEnd), { maxLength: 6 });
const toFrame = ([lines, blank]: [(readonly [string, string])[], string]): string =>
  lines.map(([l, e]) => l + e).join('') + blank;
const frame = fc.tuple(frameLines, lineEnd).map(toFrame);

// The generated lines start with their field name, so these tell them apart without parsing.
const isIdLine = (l: string): boolean => l === 'id' || l.startsWith('id:');
const isDataLine = (l: string): boolean => l === 'data' || l.startsWith('data:');

/** A frame that is dispatched whenever it sets an id: a `data` line is added beside an `id` line that has none. */
const frameWithDispatchedId = fc
  .tuple(frameLines, lineEnd, value)
  .map(([lines, blank, data]) =>
    toFrame([
      lines.some(([l]) => isIdLine(l)) && !lines.some(([l]) => isDataLine(l))
        ? [...lines, [`data: ${data}`, '\n']]
        : lines,
      blank,
    ]),
  );

/** A whole stream: optional BOM, frames, and possibly an unterminated tail. */
const streamOf = (frames: fc.Arbitrary<string>): fc.Arbitrary<Uint8Array> =>
  fc
    .tuple(
      fc.boolean(),
      fc.array(frames, { maxLength: 8 }),
      fc.array(fc.tuple(line, lineEnd), { maxLength: 2 }),
      fc.option(line),
    )
    .map(([bom, frameTexts, tailLines, lastLine]) =>
      encoder.encode(
        (bom ? '\uFEFF' : '') +
          frameTexts.join('') +
          tailLines.map(([l, e]) => l + e).join('') +
          (lastLine ?? ''),
      ),
    );
const stream = streamOf(frame);
/** Streams for the oracle comparison (see `decodeWithOracle`, point 1). */
const oracleStream = streamOf(frameWithDispatchedId);
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
      fc.property(oracleStream, cutPositions, (bytes, cuts) => {
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

describe('maxEventBytes (properties)', () => {
  it('counts UTF-8 bytes exactly: an event fails when its data is over the limit, passes with room for its line', () => {
    // Any character (lone surrogates aside: UTF-8 cannot carry them) but line ends, in any chunking.
    const text = fc.string({ unit: 'grapheme', maxLength: 40 }).map((value) => value.replace(/[\r\n]/g, ''));
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: -8, max: 8 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (data, slack, cuts) => {
          const dataBytes = encoder.encode(data).length;
          const maxEventBytes = Math.max(1, dataBytes + slack);
          const bytes = encoder.encode(`data: ${data}\n\n`);
          let failure: unknown;
          try {
            const decoder = createSseDecoder({ onMessage: () => {}, maxEventBytes });
            for (const piece of splitAt(
              bytes,
              cuts.map((cut) => cut % bytes.length).sort((a, b) => a - b),
            ))
              decoder.feed(piece);
            decoder.end();
          } catch (error) {
            failure = error;
          }
          // The data is held whole before dispatch; the line with its 6-byte `data: ` only while it is pending.
          if (dataBytes > maxEventBytes) expect(failure).toMatchObject({ type: 'event-too-large' });
          if (dataBytes + 6 <= maxEventBytes) expect(failure).toBeUndefined();
        },
      ),
    );
  });
});
