/**
 * The SSE consumers the benchmark compares. Each one reads a whole `ReadableStream<Uint8Array>` body, parses
 * every event's JSON payload and returns a checksum, so the runner can check that all of them did the same
 * work. Adding a contender is adding one entry to {@link contenders}.
 *
 * @module
 */
import { createParser } from 'eventsource-parser';
import { Stream } from 'openai/core/streaming';

import { ResponseStream } from '../src/index.js';
import { createSseDecoder } from '../src/streaming/sse-decoder.js';

/** What a contender found in the body. */
export interface RunResult {
  /** Events parsed. */
  events: number;
  /** Sum of the events' `sequence_number`s. */
  sequenceSum: number;
}

/** One consumer under test. */
export interface Contender {
  /** Name shown in the results. */
  name: string;
  /** Consumes `body` to its end; `undefined` marks a placeholder that is listed but not run yet. */
  run: ((body: ReadableStream<Uint8Array>) => Promise<RunResult>) | undefined;
  /** Cap on measured rounds for transcripts of a million events or more (slow peers). */
  maxRoundsLarge?: number;
}

interface SequencedEvent {
  sequence_number: number;
}

/** Same slice size as our decoder, so the floor is not slowed by large-object-space strings. */
const SLICE = 16 * 1024;

/** Calls `onChunk` for every chunk of `body`. */
async function forEachChunk(
  body: ReadableStream<Uint8Array>,
  onChunk: (chunk: Uint8Array) => void,
): Promise<void> {
  const reader = body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) onChunk(read.value);
}

/**
 * The floor: no SSE semantics at all. A streaming `TextDecoder` (in 16 KiB slices), frames split at
 * `\n\n`, and the payload taken after the frame's `\ndata: `. Only correct for the generated transcript.
 */
async function runFloor(body: ReadableStream<Uint8Array>): Promise<RunResult> {
  const decoder = new TextDecoder();
  const result: RunResult = { events: 0, sequenceSum: 0 };
  let rest = '';
  const consume = (text: string): void => {
    let start = 0;
    for (let end = text.indexOf('\n\n'); end !== -1; end = text.indexOf('\n\n', start)) {
      const data = text.indexOf('\ndata: ', start);
      const event = JSON.parse(text.slice(data + 7, end)) as SequencedEvent;
      result.events++;
      result.sequenceSum += event.sequence_number;
      start = end + 2;
    }
    rest = text.slice(start);
  };
  await forEachChunk(body, (chunk) => {
    for (let offset = 0; offset < chunk.length; offset += SLICE) {
      consume(rest + decoder.decode(chunk.subarray(offset, offset + SLICE), { stream: true }));
    }
  });
  consume(rest + decoder.decode());
  return result;
}

/** eventsource-parser's callback API behind a plain `TextDecoder` loop, as its README shows. */
async function runEventsourceParser(body: ReadableStream<Uint8Array>): Promise<RunResult> {
  const result: RunResult = { events: 0, sequenceSum: 0 };
  const parser = createParser({
    onEvent: ({ data }) => {
      result.events++;
      result.sequenceSum += (JSON.parse(data) as SequencedEvent).sequence_number;
    },
  });
  const decoder = new TextDecoder();
  await forEachChunk(body, (chunk) => parser.feed(decoder.decode(chunk, { stream: true })));
  parser.feed(decoder.decode());
  return result;
}

/** openai-node 6.49.0's `Stream.fromSSEResponse`, iterated to the end. */
async function runOpenAi(body: ReadableStream<Uint8Array>): Promise<RunResult> {
  const result: RunResult = { events: 0, sequenceSum: 0 };
  const stream = Stream.fromSSEResponse<SequencedEvent>(new Response(body), new AbortController());
  for await (const event of stream) {
    result.events++;
    result.sequenceSum += event.sequence_number;
  }
  return result;
}

/** Our decoder plus `JSON.parse`, without the typed stream layer. */
async function runOursDecoder(body: ReadableStream<Uint8Array>): Promise<RunResult> {
  const result: RunResult = { events: 0, sequenceSum: 0 };
  const decoder = createSseDecoder({
    onMessage: ({ data }) => {
      result.events++;
      result.sequenceSum += (JSON.parse(data) as SequencedEvent).sequence_number;
    },
  });
  await forEachChunk(body, (chunk) => decoder.feed(chunk));
  decoder.end();
  return result;
}

/**
 * The whole product: `ResponseStream` over a fetch `Response` (decoding, JSON, typed events through an async
 * iterator, accumulation of the response) and `finalResponse()` at the end.
 */
async function runOursFull(body: ReadableStream<Uint8Array>): Promise<RunResult> {
  const result: RunResult = { events: 0, sequenceSum: 0 };
  const stream = ResponseStream.fromResponse(new Response(body));
  for await (const event of stream) {
    result.events++;
    result.sequenceSum += (event as unknown as SequencedEvent).sequence_number;
  }
  const final = await stream.finalResponse();
  if (final.status !== 'completed') throw new Error(`ours-full: final status ${final.status}`);
  return result;
}

/** Every contender, in table order. The first one is the floor that ratios are computed against. */
export const contenders: readonly Contender[] = [
  { name: 'floor', run: runFloor },
  { name: 'eventsource-parser+JSON.parse', run: runEventsourceParser },
  { name: 'openai-node', run: runOpenAi, maxRoundsLarge: 3 },
  { name: 'ours-decoder+JSON.parse', run: runOursDecoder },
  { name: 'ours-full', run: runOursFull },
];
