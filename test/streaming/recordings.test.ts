// Every genuine recording, replayed through ResponseStream in chunkings from 1 byte to 64 KiB.
import { describe, expect, it } from 'vitest';
import { outputText, ResponseStream, StreamError, StreamEventError } from '../../src/index.js';
import { chunk, streamResponse } from '../helpers/bodies.js';
import { collect } from '../helpers/collect.js';
import { hasFixtures, loadRecordings, missingFixturesReason, type Recording } from '../helpers/fixtures.js';
import { bytes, sse } from '../helpers/sse.js';

const CHUNK_SIZES = [1, 2, 7, 64, 1024, 16 * 1024, 64 * 1024];
const TERMINAL = new Set(['response.completed', 'response.incomplete', 'response.failed']);

type Json = Record<string, unknown>;
type RecordedEvent = Recording['events'][number];

const recordings = loadRecordings();
const streams = recordings.filter(
  (r) => r.events.some((e) => TERMINAL.has(e.type)) && !r.events.some((e) => e.type === 'error'),
);
const finalOf = (recording: Recording): Json =>
  recording.events.findLast((event) => TERMINAL.has(event.type))?.['response'] as Json;

/** Re-frames the recorded events (by index) as SSE, keeping each event's JSON text exactly as recorded. */
function toSse(recording: Recording, keep: (event: RecordedEvent) => boolean): Uint8Array {
  const frames = recording.events.flatMap((event, index) =>
    keep(event) ? [sse.frame({ event: event.type, data: recording.rawEvents[index] })] : [],
  );
  return bytes(frames.join(''));
}

/**
 * Recordings whose deltas were edited by whoever saved them, so no client can rebuild the final text from them; the
 * test checks that the inconsistency is really in the data.
 */
const EDITED_DELTAS = new Map([
  [
    'vercel-ai__openai-shell-container.1.chunks.txt#0',
    'its output_text deltas join to a shorter text than output_text.done',
  ],
]);

/** A deep copy without the opaque fields the server re-issues for the final snapshot. */
function withoutServerSecrets(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null), (key, field: unknown) =>
    key === 'encrypted_content' || key === 'fingerprint' ? undefined : field,
  );
}

/** The fields of an output item that deltas build: what must come out exactly from accumulation. */
function deltaBuiltFields(item: Json): unknown {
  const texts = (list: unknown) =>
    Array.isArray(list) ? list.map((part: Json) => part['text'] ?? part['refusal']) : undefined;
  switch (item['type']) {
    case 'message':
      return { content: texts(item['content']) };
    case 'reasoning':
      return { summary: texts(item['summary']) ?? [], content: texts(item['content']) };
    case 'function_call':
    case 'mcp_call':
      return { arguments: item['arguments'] };
    case 'custom_tool_call':
      return { input: item['input'] };
    case 'code_interpreter_call':
      return { code: item['code'] };
    case 'shell_call':
      return { commands: (item['action'] as Json | undefined)?.['commands'] };
    default:
      return { type: item['type'] };
  }
}

describe.skipIf(!hasFixtures)(
  `ResponseStream on the recorded streams${hasFixtures ? '' : ` (skipped: ${missingFixturesReason})`}`,
  () => {
    it('finds the recordings', () => {
      expect(streams.length).toBeGreaterThanOrEqual(20);
    });

    describe.each(streams.map((r) => [r.name, r] as const))('%s', (_name, recording) => {
      it.each(CHUNK_SIZES)('yields exactly the recorded events in %i-byte chunks', async (size) => {
        const stream = ResponseStream.fromResponse(streamResponse(chunk(recording.sse, size)));
        const { events, error } = await collect(stream);
        expect(error).toBeUndefined();
        expect(events).toEqual(recording.events);
      });

      it.each(CHUNK_SIZES)(
        'finalResponse() equals the recorded final response in %i-byte chunks',
        async (size) => {
          const stream = ResponseStream.fromResponse(streamResponse(chunk(recording.sse, size)));
          const { output_text, ...response } = await stream.finalResponse();
          expect(response).toEqual(finalOf(recording));
          expect(output_text).toBe(outputText(finalOf(recording) as never));
        },
      );

      it('has the recorded final output items just before the terminal event', async () => {
        const notTerminal = (event: RecordedEvent) => !TERMINAL.has(event.type);
        const stream = ResponseStream.fromResponse(streamResponse([toSse(recording, notTerminal)]));
        const { events, error } = await collect(stream);
        // Cut before its terminal event on purpose: every event arrives, then the iterator says it was cut short.
        expect(events).toEqual(recording.events.filter(notTerminal));
        expect(error).toBeInstanceOf(StreamError);
        expect((error as StreamError).type).toBe('incomplete-stream');
        // The server re-encrypts `encrypted_content` and re-issues `fingerprint`s for the final snapshot, so those two
        // fields differ by design; everything else must be identical.
        expect(withoutServerSecrets(stream.currentResponse?.output)).toEqual(
          withoutServerSecrets(finalOf(recording)['output']),
        );
        await expect(stream.finalResponse()).rejects.toBe(error);
        // The partial response, with its `output_text` as the final response would have it.
        expect((error as StreamError).response).toEqual({
          ...stream.currentResponse,
          output_text: outputText(stream.currentResponse!),
        });
      });

      it('rebuilds text, arguments, code and summaries from deltas alone', async () => {
        const edited = EDITED_DELTAS.get(recording.name);
        if (edited) {
          const joined = recording.events
            .map((e) => (e.type === 'response.output_text.delta' ? e['delta'] : ''))
            .join('');
          const done = recording.events.find((e) => e.type === 'response.output_text.done')?.[
            'text'
          ] as string;
          expect(joined.length < done.length, edited).toBe(true);
          return;
        }
        // Without any `.done` event and without the terminal snapshot, only `.added` and `.delta` events remain.
        const deltasOnly = (event: RecordedEvent) =>
          !TERMINAL.has(event.type) && !event.type.endsWith('.done');
        const stream = ResponseStream.fromResponse(streamResponse(chunk(toSse(recording, deltasOnly), 7)));
        const { events, error } = await collect(stream);
        expect(events).toHaveLength(recording.events.filter(deltasOnly).length);
        expect(error).toMatchObject({ type: 'incomplete-stream' });
        const rebuilt = (stream.currentResponse?.output ?? []) as Json[];
        const expected = finalOf(recording)['output'] as Json[];
        expect(rebuilt.map(deltaBuiltFields)).toEqual(expected.map(deltaBuiltFields));
      });
    });

    describe('the recorded error stream', () => {
      const recording = recordings.find((r) => r.events.some((e) => e.type === 'error'));

      it.each([1, 64, 64 * 1024])(
        'delivers the events before the error event, then throws a StreamEventError (%i-byte chunks)',
        async (size) => {
          expect(recording).toBeDefined();
          const events = (recording as Recording).events;
          const errorAt = events.findIndex((e) => e.type === 'error');
          const stream = ResponseStream.fromResponse(
            streamResponse(chunk((recording as Recording).sse, size), {
              headers: { 'x-request-id': 'req_123' },
            }),
          );
          const { events: delivered, error } = await collect(stream);
          expect(delivered).toEqual(events.slice(0, errorAt));
          expect(error).toBeInstanceOf(StreamEventError);
          const streamError = error as StreamEventError;
          expect(streamError.type).toBe('stream-error-event');
          expect(streamError.code).toBe('insufficient_quota');
          expect(streamError.errorType).toBe('insufficient_quota');
          expect(streamError.param).toBeUndefined();
          expect(streamError.sequenceNumber).toBe(errorAt);
          expect(streamError.requestId).toBe('req_123');
          expect(streamError.message).toMatch(
            /^Stream error \(insufficient_quota\): You exceeded your current quota/,
          );
          await expect(stream.finalResponse()).rejects.toBe(error);
          expect(streamError.response?.status).toBe('in_progress');
        },
      );
    });
  },
);
