// test-vectors/accumulate.json run through our ResponseAccumulator, and through ResponseStream over an SSE body of the
// same events (what a user of the client sees: currentResponse before the terminal event, then finalResponse()).
import { describe, expect, it } from 'vitest';

import { ResponseAccumulator } from '../../src/streaming/accumulator.js';
import { outputText } from '../../src/streaming/final-response.js';
import { ResponseStream } from '../../src/streaming/response-stream.js';
import {
  isLifecycleEventType,
  isTerminalEventType,
  type StreamEvent,
} from '../../src/streaming/stream-event.js';
import { isResponseStreamEventType } from '../../src/spec.js';
import { streamResponse } from '../helpers/fixtures.js';
import { describeErrors, validateAgainst } from '../helpers/spec-tooling.js';
import { sseBytes } from '../helpers/sse.js';
import { duplicateIds, readVectors, validateVectors } from './vectors.js';

type Json = Record<string, unknown>;

interface AccumulateCase {
  id: string;
  description: string;
  events: (Json & { type: string })[];
  snapshot_before_terminal: Json;
  final_response: Json;
  output_text: string;
}

const file = readVectors<{ cases: AccumulateCase[] }>('accumulate');
const asEvents = (events: AccumulateCase['events']) => events as unknown as StreamEvent[];

describe('test-vectors/accumulate.json', () => {
  it('matches its JSON Schema, with unique ids', () => {
    expect(validateVectors('accumulate', file)).toEqual([]);
    expect(duplicateIds(file.cases)).toEqual([]);
  });

  it('covers text, function calls, reasoning summaries, refusals, unknown events and every terminal event', () => {
    const types = new Set(file.cases.flatMap((c) => c.events.map((e) => e.type)));
    for (const type of [
      'response.output_text.delta',
      'response.function_call_arguments.delta',
      'response.reasoning_summary_text.delta',
      'response.refusal.delta',
      'response.completed',
      'response.failed',
      'response.incomplete',
    ])
      expect(types).toContain(type);
    expect([...types].some((type) => !isResponseStreamEventType(type))).toBe(true);
  });

  describe.each(file.cases)('$id', (vector) => {
    it('starts with a lifecycle event and ends with its only terminal event', () => {
      expect(isLifecycleEventType(vector.events[0]!.type)).toBe(true);
      expect(vector.events.map((e) => isTerminalEventType(e.type)).lastIndexOf(true)).toBe(
        vector.events.length - 1,
      );
      expect(vector.events.filter((e) => isTerminalEventType(e.type))).toHaveLength(1);
    });

    it('uses shapes the spec describes: each known event and both responses validate', () => {
      for (const event of vector.events.filter((e) => isResponseStreamEventType(e.type))) {
        const errors = validateAgainst('ResponseStreamEvent', event);
        expect(describeErrors(errors), `${event.type} #${String(event['sequence_number'])}`).toEqual([]);
      }
      expect(describeErrors(validateAgainst('Response', vector.snapshot_before_terminal))).toEqual([]);
      expect(describeErrors(validateAgainst('Response', vector.final_response))).toEqual([]);
    });

    it('ResponseAccumulator rebuilds the snapshot before the terminal event, then the final response', () => {
      const accumulator = new ResponseAccumulator();
      const events = asEvents(vector.events);
      for (const event of events.slice(0, -1)) accumulator.add(event);
      expect(accumulator.snapshot).toEqual(vector.snapshot_before_terminal);
      accumulator.add(events.at(-1)!);
      expect(accumulator.snapshot).toEqual(vector.final_response);
      expect(outputText(accumulator.snapshot!)).toBe(vector.output_text);
    });

    it('ResponseStream over the SSE body shows the same snapshot and resolves finalResponse() with output_text', async () => {
      const stream = ResponseStream.fromResponse(streamResponse([sseBytes(vector.events)]));
      let before: unknown;
      for await (const event of stream) {
        if (isTerminalEventType(event.type)) break;
        before = structuredClone(stream.currentResponse);
      }
      expect(before).toEqual(vector.snapshot_before_terminal);
      // Breaking out at the terminal event still settles the final response (the stream had ended).
      await expect(stream.finalResponse()).resolves.toEqual({
        ...vector.final_response,
        output_text: vector.output_text,
      });
    });
  });
});
