import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createSseEncoder, type SseFrame, type SseLineEnding } from '../../src/streaming/sse-encoder.js';
import { createSseDecoder, type SseMessage } from '../../src/streaming/sse-decoder.js';
import { splitAt } from '../helpers/bodies.js';
import { thrownBy } from '../helpers/collect.js';
import { bytes } from '../helpers/sse.js';

/** What our decoder reads from `text` fed in the given pieces: messages, retries and comments. */
function decode(chunks: readonly Uint8Array[]) {
  const decoded = { messages: [] as SseMessage[], retries: [] as number[], comments: [] as string[] };
  const decoder = createSseDecoder({
    onMessage: (message) => decoded.messages.push(message),
    onRetry: (milliseconds) => decoded.retries.push(milliseconds),
    onComment: (comment) => decoded.comments.push(comment),
  });
  for (const piece of chunks) decoder.feed(piece);
  decoder.end();
  return decoded;
}

describe('createSseEncoder', () => {
  const sse = createSseEncoder();

  describe('events', () => {
    it('writes an event as `event: <type>` and its JSON on one `data:` line, ended by a blank line', () => {
      const event = { type: 'response.output_text.delta', delta: 'Hi\nthere' };
      expect(sse.event(event)).toBe(
        'event: response.output_text.delta\ndata: {"type":"response.output_text.delta","delta":"Hi\\nthere"}\n\n',
      );
    });

    it('writes an id with the event when given one', () => {
      expect(sse.event({ type: 'keepalive' }, { id: 'ev-7' })).toBe(
        'event: keepalive\nid: ev-7\ndata: {"type":"keepalive"}\n\n',
      );
    });
  });

  describe('frames', () => {
    it('splits multi-line data into one `data:` line per line, whatever the line ends', () => {
      expect(sse.frame({ data: 'a\nb\r\nc\rd' })).toBe('data: a\ndata: b\ndata: c\ndata: d\n\n');
    });

    it('writes empty data lines as a bare `data:` and keeps a leading space of the data', () => {
      expect(sse.frame({ data: '\n x' })).toBe('data:\ndata:  x\n\n');
      expect(sse.frame({ data: '' })).toBe('data:\n\n');
    });

    it('writes comment, event, id, retry and data in that order', () => {
      expect(sse.frame({ data: '[DONE]', retry: 1500, id: '3', event: 'done', comment: 'last' })).toBe(
        ': last\nevent: done\nid: 3\nretry: 1500\ndata: [DONE]\n\n',
      );
    });

    it('writes comments and retry fields on their own', () => {
      expect(sse.comment('keepalive')).toBe(': keepalive\n');
      expect(sse.comment()).toBe(':\n');
      expect(sse.comment('two\nlines')).toBe(': two\n: lines\n');
      expect(sse.retry(2500)).toBe('retry: 2500\n\n');
    });

    it.each<[SseLineEnding, string]>([
      ['\n', 'event: e\ndata: a\ndata: b\n\n'],
      ['\r', 'event: e\rdata: a\rdata: b\r\r'],
      ['\r\n', 'event: e\r\ndata: a\r\ndata: b\r\n\r\n'],
    ])('ends every line with %j when asked', (lineEnding, expected) => {
      expect(createSseEncoder({ lineEnding }).frame({ event: 'e', data: 'a\nb' })).toBe(expected);
    });
  });

  describe('usage errors', () => {
    it('refuses fields a client would read differently', () => {
      for (const frame of [
        { event: 'a\nb' },
        { id: 'a\rb' },
        { id: 'a\0b' },
        { retry: -1 },
        { retry: 1.5 },
      ] satisfies SseFrame[]) {
        expect(
          thrownBy(() => sse.frame(frame)),
          JSON.stringify(frame),
        ).toBeInstanceOf(TypeError);
      }
      expect(() => sse.event({ type: 'x\ny' })).toThrow(TypeError);
    });

    it('refuses an unknown line ending, naming the choices', () => {
      expect(() => createSseEncoder({ lineEnding: '\n\n' as SseLineEnding })).toThrow(
        /'\\n', '\\r' or '\\r\\n'/,
      );
    });
  });

  describe('round trip through createSseDecoder (properties)', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 20 });
    const multiLine = fc
      .array(fc.tuple(text, fc.constantFrom('\n', '\r', '\r\n')), { maxLength: 4 })
      .chain((lines) => text.map((last) => lines.map(([line, end]) => line + end).join('') + last));
    const oneLine = text.map((value) => value.replace(/[\r\n]/g, '_'));
    const frame = fc.record(
      {
        event: oneLine,
        data: multiLine,
        id: oneLine.map((value) => value.replace(/\0/g, '_')),
        retry: fc.nat({ max: 100_000 }),
        comment: multiLine,
      },
      { requiredKeys: ['data'] },
    );

    it('decodes every frame back to its event, data (line ends as \\n), id, retry and comments', () => {
      fc.assert(
        fc.property(
          fc.array(frame, { maxLength: 6 }),
          fc.constantFrom<SseLineEnding>('\n', '\r', '\r\n'),
          fc.array(fc.nat(), { maxLength: 20 }),
          (frames, lineEnding, cuts) => {
            const encoder = createSseEncoder({ lineEnding });
            const decoded = decode(splitAt(bytes(frames.map((f) => encoder.frame(f)).join('')), cuts));
            let id: string | undefined;
            const expected = frames.map((f) => {
              id = f.id ?? id; // the last event id is sticky across frames
              return { event: f.event || undefined, data: f.data.replace(/\r\n?/g, '\n'), id };
            });
            expect(decoded.messages).toEqual(expected);
            expect(decoded.retries).toEqual(frames.flatMap((f) => (f.retry === undefined ? [] : [f.retry])));
            const comments = frames.flatMap((f) =>
              f.comment === undefined ? [] : f.comment.split(/\r\n|\r|\n/),
            );
            expect(decoded.comments.map((c) => c.replace(/^ /, ''))).toEqual(comments);
          },
        ),
        { numRuns: 500 },
      );
    });

    it('decodes events back to their JSON', () => {
      const json = fc.record({
        type: oneLine,
        text: text,
        n: fc.double({ noNaN: true, noDefaultInfinity: true }),
      });
      fc.assert(
        fc.property(fc.array(json, { maxLength: 5 }), (events) => {
          const decoded = decode([bytes(events.map((event) => sse.event(event)).join(''))]);
          expect(decoded.messages.map((m) => m.event ?? '')).toEqual(events.map((e) => e.type));
          expect(decoded.messages.map((m) => JSON.parse(m.data) as unknown)).toEqual(
            events.map((e) => JSON.parse(JSON.stringify(e)) as unknown),
          );
        }),
        { numRuns: 300 },
      );
    });
  });
});
