// Property tests: whatever events a server sends (arbitrary and adversarial: huge, negative, fractional and
// non-numeric indices, wrong types for every field, malformed lifecycle responses, events out of order, huge arrays
// and strings, bytes that are not SSE or not JSON), the accumulator and ResponseStream only ever fail with a
// SequrityError, every promise settles, and no event costs in proportion to an index or size it names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  RESPONSE_OUTPUT_ITEM_TYPES,
  RESPONSE_STREAM_EVENT_TYPES,
  ResponseAccumulator,
  ResponseStream,
  SequrityError,
  type Response as SnapshotResponse,
  type StreamEvent,
} from '../../src/index.js';
import { chunk, streamResponse } from '../helpers/bodies.js';
import { bytes, sse } from '../helpers/sse.js';

type Json = Record<string, unknown>;

/** Big values, built once and put into one event of a sequence (see `withHugeEvent`), so that runs stay fast. */
const HUGE_TEXT = 'x'.repeat(1 << 20);
/** Longer than a spread argument list may be: `push(...list)` overflows the stack. */
const HUGE_LIST = Array.from({ length: 200_000 }, (_, index) => ({ token: 't', logprob: -index }));
const DEEP_JSON = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
const DEEP = JSON.parse(DEEP_JSON) as unknown;

/** An event as an SSE frame; JSON.stringify cannot write {@link DEEP} (it recurses), so it is spliced in as text. */
const frameOf = (each: Json & { type: string }): string => {
  const json = JSON.stringify(each, (_, value: unknown) => (value === DEEP ? '\u0000deep' : value));
  return `event: ${each.type}\ndata: ${json.replace('"\\u0000deep"', DEEP_JSON)}\n\n`;
};

/** Indices as a hostile server sends them: real ones, one past the end, huge, negative, fractional, not numbers. */
const index = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 3 }) },
  {
    weight: 4,
    arbitrary: fc.constantFrom<unknown>(
      1e9,
      2 ** 31,
      2 ** 32 - 1,
      2 ** 32,
      2 ** 53,
      1e300,
      Number.MAX_VALUE,
      -1,
      -0,
      -1e9,
      0.5,
      1.5,
      '0',
      '1',
      '1e9',
      null,
      true,
      [0],
      { valueOf: 0 },
    ),
  },
);
const ids = fc.constantFrom('msg_1', 'fc_1', 'rs_1', 'sh_1', 'sho_1', 'x', '__proto__', 'constructor');
const text = fc.string({ maxLength: 8 });
/** Any JSON value: what a field of the wrong type holds. */
const junk = fc.jsonValue({ maxDepth: 2 });
const maybe = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary }, { weight: 1, arbitrary: junk });

const partType = fc.constantFrom('output_text', 'refusal', 'reasoning_text', 'summary_text', 'other');
const part = maybe(
  fc.record(
    { type: partType, text, refusal: text, annotations: maybe(fc.array(junk, { maxLength: 2 })) },
    { requiredKeys: ['type'] },
  ),
);
const item = maybe(
  fc.record(
    {
      id: ids,
      type: fc.constantFrom(...RESPONSE_OUTPUT_ITEM_TYPES, 'unknown_item'),
      content: maybe(fc.array(part, { maxLength: 3 })),
      summary: maybe(fc.array(part, { maxLength: 2 })),
      arguments: maybe(text),
      action: maybe(fc.record({ commands: maybe(fc.array(text, { maxLength: 2 })) })),
      output: maybe(fc.array(junk, { maxLength: 2 })),
      operation: maybe(fc.record({ type: fc.constant('update_file'), diff: text })),
    },
    { requiredKeys: ['type'] },
  ),
);
const response = maybe(
  fc.record(
    {
      id: fc.constant('resp_1'),
      object: fc.constant('response'),
      status: fc.constantFrom('in_progress', 'completed', 'failed', 'incomplete'),
      output: maybe(fc.array(item, { maxLength: 4 })),
    },
    { requiredKeys: ['id', 'status'] },
  ),
);
const eventType = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...RESPONSE_STREAM_EVENT_TYPES) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('keepalive', 'response.new_thing.delta', '__proto__', 'constructor'),
  },
);
const event = fc.record(
  {
    type: eventType,
    sequence_number: maybe(fc.nat()),
    output_index: index,
    content_index: index,
    summary_index: index,
    annotation_index: index,
    command_index: index,
    item_id: maybe(ids),
    delta: maybe(fc.oneof(text, fc.record({ stdout: text, stderr: text }, { requiredKeys: [] }))),
    text: maybe(text),
    refusal: maybe(text),
    arguments: maybe(text),
    command: maybe(text),
    item,
    part,
    annotation: maybe(fc.record({ type: fc.constant('file_path'), file_id: text, index: fc.nat() })),
    output: maybe(fc.array(junk, { maxLength: 2 })),
    logprobs: maybe(fc.array(junk, { maxLength: 3 })),
    response,
  },
  { requiredKeys: ['type'] },
) as fc.Arbitrary<Json & { type: string }>;

/** Lifecycle events first most of the time, so that item events have a snapshot to work on; any order otherwise. */
const created = fc.record({ type: fc.constant('response.created'), response });
const events = fc.oneof(
  fc.tuple(created, fc.array(event, { maxLength: 25 })).map(([first, rest]) => [first, ...rest]),
  fc.array(event, { maxLength: 25 }),
);

/** One event carrying a huge string, a huge array or a deeply nested value. */
const hugeEvent = fc.constantFrom<Json & { type: string }>(
  {
    type: 'response.output_text.delta',
    output_index: 0,
    content_index: 0,
    delta: HUGE_TEXT,
    logprobs: HUGE_LIST,
  },
  { type: 'response.function_call_arguments.delta', output_index: 0, item_id: 'fc_1', delta: HUGE_TEXT },
  {
    type: 'response.output_text.done',
    output_index: 0,
    content_index: 0,
    text: HUGE_TEXT,
    logprobs: HUGE_LIST,
  },
  { type: 'response.in_progress', response: { id: 'resp_1', status: 'in_progress', output: HUGE_LIST } },
  { type: 'response.completed', response: { id: 'resp_1', status: 'completed', output: [DEEP] } },
  {
    type: 'response.output_item.added',
    output_index: 0,
    item: { id: 'fc_1', type: 'function_call', x: DEEP },
  },
  { type: 'response.shell_call_output_content.done', output_index: 0, command_index: 0, output: HUGE_LIST },
);
/** A sequence of {@link events} with one {@link hugeEvent} put somewhere in it. */
const withHugeEvent = fc
  .tuple(events, hugeEvent, fc.nat())
  .map(([sequence, huge, at]) => sequence.toSpliced(at % (sequence.length + 1), 0, huge));

/** The size of the snapshot as JSON: what an event may grow it by is bounded by the event's own size. */
const sizeOf = (value: unknown): number => (value === undefined ? 0 : JSON.stringify(value).length);

/** Whether any array reachable from `value` has a hole. */
function hasHole(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null || depth > 12) return false;
  if (Array.isArray(value)) {
    for (let slot = 0; slot < value.length; slot++) {
      if (!(slot in value) || hasHole(value[slot], depth + 1)) return true;
    }
    return false;
  }
  return Object.values(value).some((field) => hasHole(field, depth + 1));
}

/**
 * Per-case time limit: generous (a case takes milliseconds), and only there to turn a cost in proportion to a named
 * index (seconds per event before the fix, or a crash) into a failing case rather than a hung run.
 */
const CASE_LIMIT_MS = 5_000;

const settledWithin = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise.then(
      (value) => ({ state: 'resolved' as const, value }),
      (error: unknown) => ({ state: 'rejected' as const, error }),
    ),
    new Promise<{ state: 'pending' }>((resolve) => setTimeout(() => resolve({ state: 'pending' }), ms)),
  ]);

/** Applies `sequence`, checking after each event that only a StreamError escaped and that no list has a hole. */
function accumulateChecked(sequence: readonly (Json & { type: string })[], checkGrowth: boolean): void {
  const accumulator = new ResponseAccumulator();
  const started = performance.now();
  for (const each of sequence) {
    const before = checkGrowth ? sizeOf(accumulator.snapshot) : 0;
    const previous = accumulator.snapshot;
    try {
      accumulator.add(each as StreamEvent);
    } catch (error) {
      expect(error).toBeInstanceOf(SequrityError);
      expect(error).toMatchObject({ name: 'StreamError' });
      // A failed event leaves the snapshot as it was.
      expect(accumulator.snapshot).toBe(previous);
    }
    if (checkGrowth) expect(sizeOf(accumulator.snapshot)).toBeLessThanOrEqual(before + sizeOf(each) + 256);
  }
  expect(hasHole(accumulator.snapshot)).toBe(false);
  expect(performance.now() - started).toBeLessThan(CASE_LIMIT_MS);
}

describe('ResponseAccumulator under arbitrary events', () => {
  it('throws only StreamErrors, never leaves a hole, and grows the snapshot by at most the size of each event', () => {
    fc.assert(
      fc.property(events, (sequence) => accumulateChecked(sequence, true)),
      { numRuns: 300 },
    );
  });

  it('takes huge strings, huge arrays and deep nesting in any event without a raw exception', () => {
    fc.assert(
      fc.property(withHugeEvent, (sequence) => accumulateChecked(sequence, false)),
      { numRuns: 40 },
    );
  });
});

describe('ResponseStream under arbitrary bodies', () => {
  /** A body: the events as SSE frames, with now and then a frame that is not JSON, an error frame, or raw bytes. */
  const frame = fc.oneof(
    { weight: 12, arbitrary: event.map((each) => sse.event(each)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((data) => sse.frame({ data })) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((data) => sse.frame({ event: 'error', data })) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  );
  const body = fc
    .tuple(
      created.map((first) => sse.event(first)),
      fc.array(frame, { maxLength: 20 }),
    )
    .map(([first, rest]) => first + rest.join(''));
  /** How the consumer reads: to the end, breaking out, aborting, or through finalResponse() alone. */
  const mode = fc.oneof(
    fc.constant({ kind: 'iterate' as const }),
    fc.record({ kind: fc.constant('break' as const), after: fc.nat({ max: 20 }) }),
    fc.record({ kind: fc.constant('abort' as const), after: fc.nat({ max: 20 }) }),
    fc.constant({ kind: 'final' as const }),
  );

  type Mode = typeof mode extends fc.Arbitrary<infer T> ? T : never;

  /** Reads `text` as `how` says; iteration and finalResponse() must agree, and settle. */
  async function readChecked(text: string, how: Mode, size: number): Promise<void> {
    const stream = ResponseStream.fromResponse(streamResponse(chunk(bytes(text), size)));
    let failure: unknown;
    let completed = false;
    if (how.kind !== 'final') {
      let seen = 0;
      try {
        for await (const _ of stream) {
          if (how.kind !== 'iterate' && seen++ === how.after) {
            if (how.kind === 'abort') stream.abort();
            break;
          }
        }
        completed = how.kind === 'iterate';
      } catch (error) {
        failure = error;
        expect(error).toBeInstanceOf(SequrityError);
      }
    }
    const final = await settledWithin(stream.finalResponse(), CASE_LIMIT_MS);
    expect(final.state).not.toBe('pending');
    if (final.state === 'rejected') expect(final.error).toBeInstanceOf(SequrityError);
    if (failure !== undefined) expect(final).toEqual({ state: 'rejected', error: failure });
    if (completed) expect(final.state).toBe('resolved');
    if (final.state === 'resolved') {
      expect(typeof final.value.output_text).toBe('string');
      expect(hasHole((final.value as SnapshotResponse).output)).toBe(false);
    }
  }

  it('ends iteration with events or a SequrityError, and finalResponse() settles with the same outcome', async () => {
    await fc.assert(fc.asyncProperty(body, mode, fc.integer({ min: 1, max: 64 }), readChecked), {
      numRuns: 200,
    });
  });

  it('does the same for bodies with a huge string, a huge array or deep nesting in one event', async () => {
    const hugeBody = withHugeEvent.map((sequence) => sequence.map(frameOf).join(''));
    await fc.assert(fc.asyncProperty(hugeBody, mode, fc.constantFrom(1 << 16, 1 << 20), readChecked), {
      numRuns: 20,
    });
  }, 60_000);
});
