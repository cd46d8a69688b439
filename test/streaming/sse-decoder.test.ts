import { describe, expect, it } from 'vitest';

import { StreamError } from '../../src/errors/index.js';
import {
  createSseDecoder,
  type SseDecoderOptions,
  type SseMessage,
} from '../../src/streaming/sse-decoder.js';
import { DEFAULT_MAX_EVENT_BYTES } from '../../src/streaming/stream-options.js';
import { chunk, pacedBody } from '../helpers/bodies.js';
import { thrownBy } from '../helpers/collect.js';

const encoder = new TextEncoder();

interface Decoded {
  messages: SseMessage[];
  retries: number[];
  comments: string[];
}

/** Feeds each chunk (a string is UTF-8 encoded first) to a fresh decoder, then ends it. */
function decodeChunks(
  chunks: readonly (string | Uint8Array)[],
  options: Partial<SseDecoderOptions> = {},
): Decoded {
  const decoded: Decoded = { messages: [], retries: [], comments: [] };
  const decoder = createSseDecoder({
    onMessage: (message) => decoded.messages.push(message),
    onRetry: (milliseconds) => decoded.retries.push(milliseconds),
    onComment: (comment) => decoded.comments.push(comment),
    ...options,
  });
  for (const piece of chunks) decoder.feed(typeof piece === 'string' ? encoder.encode(piece) : piece);
  decoder.end();
  return decoded;
}

/** Decodes `text` fed as one chunk. */
function decode(text: string): Decoded {
  return decodeChunks([text]);
}

/** Reads a real fetch `Response` body built from `chunks` through the decoder. */
async function decodeResponse(chunks: readonly Uint8Array[]): Promise<SseMessage[]> {
  const { body } = pacedBody(chunks);
  const messages: SseMessage[] = [];
  const decoder = createSseDecoder({ onMessage: (message) => messages.push(message) });
  const reader = new Response(body).body!.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) decoder.feed(read.value);
  decoder.end();
  return messages;
}

const message = (data: string, event?: string, id?: string): SseMessage => ({ event, data, id });

describe('createSseDecoder', () => {
  describe('framing', () => {
    it('dispatches the event type and data of a frame ended by a blank line', () => {
      expect(decode('event: greeting\ndata: hello\n\n').messages).toEqual([message('hello', 'greeting')]);
    });

    it('reads a real Response body chunk by chunk', async () => {
      const bytes = encoder.encode('event: a\ndata: {"x":1}\n\nevent: b\ndata: {"y":"é"}\n\n');
      expect(await decodeResponse(chunk(bytes, 5))).toEqual([
        message('{"x":1}', 'a'),
        message('{"y":"é"}', 'b'),
      ]);
    });

    it('dispatches messages during feed(), before end()', () => {
      const messages: SseMessage[] = [];
      const decoder = createSseDecoder({ onMessage: (m) => messages.push(m) });
      decoder.feed(encoder.encode('data: first\n\ndata: sec'));
      expect(messages).toEqual([message('first')]);
      decoder.feed(encoder.encode('ond\n\n'));
      expect(messages).toEqual([message('first'), message('second')]);
    });

    it('produces messages with exactly the properties event, data and id', () => {
      const [first] = decode('data: x\n\n').messages;
      expect(Object.keys(first!)).toEqual(['event', 'data', 'id']);
    });
  });

  describe('line ends', () => {
    it('accepts LF line ends', () => {
      expect(decode('data: a\n\ndata: b\n\n').messages).toEqual([message('a'), message('b')]);
    });

    it('accepts CR line ends', () => {
      expect(decode('event: e\rdata: a\r\rdata: b\r\r').messages).toEqual([message('a', 'e'), message('b')]);
    });

    it('accepts CRLF line ends', () => {
      expect(decode('event: e\r\ndata: a\r\n\r\ndata: b\r\n\r\n').messages).toEqual([
        message('a', 'e'),
        message('b'),
      ]);
    });

    it('accepts LF, CR and CRLF mixed within one stream and one frame', () => {
      expect(decode('data: 1\rdata: 2\r\ndata: 3\n\r\ndata: 4\n\r').messages).toEqual([
        message('1\n2\n3'),
        message('4'),
      ]);
    });

    it('treats a CRLF split across chunks as one line end, not a blank line', () => {
      expect(decodeChunks(['event: e\r', '\ndata: a\r', '\n', 'data: b\r', '\n\r', '\n']).messages).toEqual([
        message('a\nb', 'e'),
      ]);
    });

    it('treats CR and LF each in its own one-byte chunk as one line end', () => {
      const chunks = chunk(encoder.encode('data: a\r\ndata: b\r\n\r\n'), 1);
      expect(decodeChunks(chunks).messages).toEqual([message('a\nb')]);
    });

    it('treats a chunk-final CR followed by another line as a CR line end', () => {
      expect(decodeChunks(['data: a\r', 'data: b\r', '\r']).messages).toEqual([message('a\nb')]);
    });
  });

  describe('byte order mark', () => {
    it('strips a UTF-8 BOM at the start of the stream', () => {
      expect(decode('\uFEFFdata: x\n\n').messages).toEqual([message('x')]);
    });

    it('strips a BOM split across chunks', () => {
      const chunks = chunk(encoder.encode('\uFEFFdata: x\n\n'), 1);
      expect(decodeChunks(chunks).messages).toEqual([message('x')]);
    });

    it('strips only one BOM: a second one becomes part of the first field name', () => {
      // The field is then named "\uFEFFdata", an unknown field, so nothing is dispatched.
      expect(decode('\uFEFF\uFEFFdata: x\n\n').messages).toEqual([]);
    });

    it('keeps a BOM after the start of the stream as data', () => {
      expect(decodeChunks(['data: a\n\n', '\uFEFFdata: b\n\ndata: \uFEFFc\n\n']).messages).toEqual([
        message('a'),
        message('\uFEFFc'),
      ]);
    });
  });

  describe('fields', () => {
    it('ignores comment lines and reports their text after the colon verbatim', () => {
      const decoded = decode(':keep-alive\n: with space\ndata: x\n:\n\n');
      expect(decoded.messages).toEqual([message('x')]);
      expect(decoded.comments).toEqual(['keep-alive', ' with space', '']);
    });

    it('works without an onComment callback', () => {
      const messages: SseMessage[] = [];
      const decoder = createSseDecoder({ onMessage: (m) => messages.push(m) });
      decoder.feed(encoder.encode(': ping\ndata: x\n\n'));
      expect(messages).toEqual([message('x')]);
    });

    it('strips exactly one leading space from a value', () => {
      expect(decode('event:  two\ndata:no-space\ndata: one\ndata:  two\ndata:\t tab\n\n').messages).toEqual([
        message('no-space\none\n two\n\t tab', ' two'),
      ]);
    });

    it('treats a line without a colon as a field with an empty value', () => {
      expect(decode('data\ndata\n\nevent\ndata\n\n').messages).toEqual([message('\n'), message('')]);
    });

    it('splits a field at the first colon only', () => {
      expect(decode('data: a:b: c\nid:x:y\n\n').messages).toEqual([message('a:b: c', undefined, 'x:y')]);
    });

    it('joins multi-line data with \\n', () => {
      expect(decode('data: {\ndata:   "a": 1\ndata: }\n\n').messages).toEqual([message('{\n  "a": 1\n}')]);
    });

    it('keeps empty data lines, including leading and trailing ones', () => {
      expect(decode('data:\ndata: x\ndata:\n\n').messages).toEqual([message('\nx\n')]);
    });

    it('dispatches an empty `data:` field as an empty string', () => {
      expect(decode('event: e\ndata:\n\ndata: \n\n').messages).toEqual([message('', 'e'), message('')]);
    });

    it('does not dispatch a frame that has an event type but no data', () => {
      expect(decode('event: ping\n\n').messages).toEqual([]);
    });

    it('does not carry the event type of a data-less frame into the next frame', () => {
      expect(decode('event: ping\n\ndata: x\n\n').messages).toEqual([message('x')]);
    });

    it('resets the event type after each dispatched frame', () => {
      expect(decode('event: a\ndata: 1\n\ndata: 2\n\n').messages).toEqual([message('1', 'a'), message('2')]);
    });

    it('uses the last `event:` field of a frame and maps an empty one to undefined', () => {
      expect(decode('event: a\nevent: b\ndata: 1\n\nevent: a\nevent:\ndata: 2\n\n').messages).toEqual([
        message('1', 'b'),
        message('2'),
      ]);
    });

    it('keeps the last event ID across frames (sticky, per WHATWG), also one set by a data-less frame; an empty id is ""', () => {
      expect(
        decode('data: 1\n\nid: 7\ndata: 2\n\ndata: 3\n\nid: 8\n\ndata: 4\n\nid\ndata: 5\n\n').messages,
      ).toEqual([
        message('1'),
        message('2', undefined, '7'),
        message('3', undefined, '7'),
        message('4', undefined, '8'),
        message('5', undefined, ''),
      ]);
    });

    it('ignores an `id` field that contains U+0000', () => {
      expect(decode('id: 1\ndata: a\n\nid: 2\u00003\ndata: b\n\n').messages).toEqual([
        message('a', undefined, '1'),
        message('b', undefined, '1'),
      ]);
    });

    it('reports `retry` only when its value is ASCII digits', () => {
      const decoded = decode(
        'retry: 1500\nretry: 15s\nretry: -1\nretry: 1.5\nretry:\nretry: ١٢\nretry:0\n\n',
      );
      expect(decoded.retries).toEqual([1500, 0]);
      expect(decoded.messages).toEqual([]);
    });

    it('ignores unknown fields and compares field names case-sensitively', () => {
      expect(decode('foo: bar\nData: x\nDATA: y\n data: z\ndata: kept\n\n').messages).toEqual([
        message('kept'),
      ]);
    });
  });

  describe('UTF-8', () => {
    const text = 'data: 中文 ünïcödé 😀🚀 ok\n\n';
    const bytes = encoder.encode(text);

    it('decodes multi-byte characters (CJK, emoji) split at every byte position', () => {
      for (let cut = 1; cut < bytes.length; cut++) {
        const { messages } = decodeChunks([bytes.subarray(0, cut), bytes.subarray(cut)]);
        expect(messages, `cut at byte ${cut}`).toEqual([message('中文 ünïcödé 😀🚀 ok')]);
      }
    });

    it('decodes multi-byte characters fed one byte at a time', () => {
      expect(decodeChunks(chunk(bytes, 1)).messages).toEqual([message('中文 ünïcödé 😀🚀 ok')]);
    });

    it('replaces invalid UTF-8 with U+FFFD without throwing', () => {
      const invalid = Uint8Array.of(
        ...encoder.encode('data: a'),
        0xff,
        0xc3,
        0x28,
        ...encoder.encode('b\n\n'),
      );
      expect(decodeChunks([invalid]).messages).toEqual([message('a\uFFFD\uFFFD(b')]);
    });

    it('replaces a code point truncated by the end of input with U+FFFD', () => {
      const truncated = Uint8Array.of(...encoder.encode('data: x'), 0xf0, 0x9f, 0x98);
      expect(decodeChunks([truncated]).messages).toEqual([message('x\uFFFD')]);
    });

    it('decodes chunks larger than its 16 KiB decode slices without breaking characters', () => {
      // 3-byte characters never align with 16 KiB slices, so some always straddle a slice boundary.
      const value = '中'.repeat(40_000);
      const big = encoder.encode(`data: ${value}\n\ndata: after\n\n`);
      expect(decodeChunks([big]).messages).toEqual([message(value), message('after')]);
    });
  });

  describe('end of input', () => {
    it('dispatches a final frame that lacks its blank line', () => {
      expect(decode('data: a\n\nevent: response.completed\ndata: {"done":true}\n').messages).toEqual([
        message('a'),
        message('{"done":true}', 'response.completed'),
      ]);
    });

    it('completes an unterminated last line at end()', () => {
      expect(decode('data: a\ndata: b').messages).toEqual([message('a\nb')]);
    });

    it('handles a last line ended by a CR at end()', () => {
      expect(decodeChunks(['data: a\r']).messages).toEqual([message('a')]);
      expect(decodeChunks(['data: a\r', '\r']).messages).toEqual([message('a')]);
    });

    it('does not dispatch a final data-less frame at end()', () => {
      expect(decode('data: a\n\nevent: ping\nid: 3').messages).toEqual([message('a')]);
    });

    it('dispatches nothing for empty input or empty chunks', () => {
      expect(decodeChunks([]).messages).toEqual([]);
      expect(decodeChunks([new Uint8Array(0), '', 'data: x\n\n', '']).messages).toEqual([message('x')]);
    });

    it('ignores a second end() and rejects feed() after end()', () => {
      const messages: SseMessage[] = [];
      const decoder = createSseDecoder({ onMessage: (m) => messages.push(m) });
      decoder.feed(encoder.encode('data: a'));
      decoder.end();
      decoder.end();
      expect(messages).toEqual([message('a')]);
      expect(() => decoder.feed(encoder.encode('data: b\n\n'))).toThrow(TypeError);
      expect(messages).toHaveLength(1);
    });
  });

  describe('maxEventBytes', () => {
    const secret = 'sk-SECRET-PAYLOAD-';

    it('defaults to 64 MiB', () => {
      expect(DEFAULT_MAX_EVENT_BYTES).toBe(64 * 1024 * 1024);
    });

    it('throws an event-too-large StreamError naming the limit, the event number and the option', () => {
      const messages: SseMessage[] = [];
      const decoder = createSseDecoder({ onMessage: (m) => messages.push(m), maxEventBytes: 100 });
      decoder.feed(encoder.encode('data: small\n\ndata: also small\n\n'));
      const error = thrownBy(() => decoder.feed(encoder.encode(`data: ${secret.repeat(10)}\n\n`)));
      expect(error).toBeInstanceOf(StreamError);
      expect((error as StreamError).type).toBe('event-too-large');
      const text = (error as StreamError).message;
      expect(text).toContain('100');
      expect(text).toContain('#3');
      expect(text).toContain('maxEventBytes');
      expect(text).not.toContain('SECRET');
      expect(messages).toEqual([message('small'), message('also small')]);
    });

    it('counts an unterminated line fed in small chunks', () => {
      const decoder = createSseDecoder({ onMessage: () => {}, maxEventBytes: 50 });
      const bytes = encoder.encode(`data: ${secret.repeat(10)}`);
      const error = thrownBy(() => {
        for (const piece of chunk(bytes, 3)) decoder.feed(piece);
      });
      expect((error as StreamError).type).toBe('event-too-large');
      expect((error as StreamError).message).not.toContain('SECRET');
    });

    it('counts all data lines of one event together', () => {
      const decoder = createSseDecoder({ onMessage: () => {}, maxEventBytes: 20 });
      decoder.feed(encoder.encode('data: 0123456789\n'));
      const error = thrownBy(() => decoder.feed(encoder.encode('data: 0123456789\n')));
      expect((error as StreamError).type).toBe('event-too-large');
    });

    it('accepts an event exactly at the limit and resets the count per event', () => {
      const decoded = decodeChunks(['data: 0123456789\n\ndata: 9876543210\n\n'], { maxEventBytes: 10 });
      expect(decoded.messages).toEqual([message('0123456789'), message('9876543210')]);
    });

    it('is unusable after throwing: feed() and end() throw the same error again', () => {
      const decoder = createSseDecoder({ onMessage: () => {}, maxEventBytes: 5 });
      const error = thrownBy(() => decoder.feed(encoder.encode('data: 0123456789\n\n')));
      expect(thrownBy(() => decoder.feed(encoder.encode('data: x\n\n')))).toBe(error);
      expect(thrownBy(() => decoder.end())).toBe(error);
    });

    it('rejects a limit that is not a positive number', () => {
      for (const maxEventBytes of [0, -1, Number.NaN]) {
        expect(() => createSseDecoder({ onMessage: () => {}, maxEventBytes })).toThrow(RangeError);
      }
    });

    it('counts UTF-8 bytes: 1 to 3 per character of the BMP, 4 per astral one', () => {
      // 10 characters of 3 bytes: 10 UTF-16 units, 30 bytes.
      const cjk = '中'.repeat(10);
      expect(decodeChunks([`data: ${cjk}\n\n`], { maxEventBytes: 30 }).messages).toEqual([message(cjk)]);
      const error = thrownBy(() => decodeChunks([`data: ${cjk}\n\n`], { maxEventBytes: 29 }));
      expect(error).toMatchObject({ type: 'event-too-large', message: expect.stringContaining('(29)') });
      // 5 emoji: 10 UTF-16 units, 20 bytes; 'é' is 2 bytes.
      const mixed = '😀'.repeat(5) + 'é';
      expect(decodeChunks([`data: ${mixed}\n\n`], { maxEventBytes: 22 }).messages).toEqual([message(mixed)]);
      expect(thrownBy(() => decodeChunks([`data: ${mixed}\n\n`], { maxEventBytes: 21 }))).toMatchObject({
        type: 'event-too-large',
      });
    });

    it('counts the bytes of a multi-byte event fed in 1-byte chunks, lines joined by one byte each', () => {
      // Two data lines of 40 bytes each, 81 bytes joined; while the second line is read, the 40 bytes of data and the
      // 46 of the line (`data: ` included) are held: 86.
      const line = 'é中😀'.repeat(4) + 'x'.repeat(4);
      const bytes = encoder.encode(`data: ${line}\ndata: ${line}\n\n`);
      expect(encoder.encode(line).length).toBe(40);
      expect(decodeChunks(chunk(bytes, 1), { maxEventBytes: 86 }).messages).toEqual([
        message(`${line}\n${line}`),
      ]);
      expect(thrownBy(() => decodeChunks(chunk(bytes, 1), { maxEventBytes: 85 }))).toMatchObject({
        type: 'event-too-large',
      });
    });

    it('is disabled by Infinity', () => {
      const value = 'x'.repeat(200_000);
      expect(decodeChunks([`data: ${value}\n\n`], { maxEventBytes: Infinity }).messages).toEqual([
        message(value),
      ]);
    });
  });

  describe('fragmentation', () => {
    it('decodes a ~200 KB event fed in 1-byte chunks', () => {
      const value = 'abcdefghij中😀'.repeat(15_000);
      const bytes = encoder.encode(`event: big\ndata: ${value}\n\ndata: next\n\n`);
      expect(bytes.length).toBeGreaterThan(200_000);
      expect(decodeChunks(chunk(bytes, 1)).messages).toEqual([message(value, 'big'), message('next')]);
    });

    it('decodes many small events fed in 1-byte chunks', () => {
      const text = Array.from({ length: 2_000 }, (_, i) => `event: e${i}\r\ndata: ${i}\r\n\r\n`).join('');
      const { messages } = decodeChunks(chunk(encoder.encode(text), 1));
      expect(messages).toHaveLength(2_000);
      expect(messages[1_999]).toEqual(message('1999', 'e1999'));
    });
  });
});
