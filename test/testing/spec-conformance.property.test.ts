// Whatever valid request it gets, every response and every stream event the emulator emits validates against the
// spec, the events are numbered without gaps, and the stream rebuilds the final response.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ResponseAccumulator } from '../../src/index.js';
import { createEmulator, type Emulator } from '../../src/testing/index.js';
import { expectSchema, functionTool, post, sseEvents } from './helpers.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await createEmulator();
});

const tools = [
  functionTool('get_weather', {
    type: 'object',
    properties: { city: { type: 'string' }, days: { type: 'integer', minimum: 1 } },
    required: ['city', 'days'],
  }),
  functionTool('send_email', {
    type: 'object',
    properties: { to: { type: 'string', format: 'email' } },
    required: ['to'],
  }),
  functionTool('noop'),
];

const request = fc.record({
  body: fc.record(
    {
      input: fc.oneof(
        fc.constantFrom(
          'get_weather please',
          'send_email now',
          'What is the largest prime number below 50?',
          'hello',
        ),
        fc.string({ maxLength: 40 }),
        fc.constant([{ role: 'user', content: [{ type: 'input_text', text: 'get_weather and noop' }] }]),
      ),
      tools: fc.subarray(tools),
      tool_choice: fc.constantFrom('auto', 'none', 'required', { type: 'function', name: 'noop' }),
      parallel_tool_calls: fc.boolean(),
      max_output_tokens: fc.integer({ min: 1, max: 64 }),
      instructions: fc.string({ maxLength: 20 }),
      reasoning: fc.constantFrom({ effort: 'low' }, { effort: 'high' }),
    },
    { requiredKeys: ['input'] },
  ),
  dual: fc.boolean(),
  deny: fc.boolean(),
  format: fc.record({
    include_program: fc.boolean(),
    strip_response_content: fc.boolean(),
    include_policy_check_history: fc.boolean(),
  }),
  stream: fc.boolean(),
});

describe('every reply to a valid request', () => {
  it('validates against the spec, and a stream rebuilds its final response', async () => {
    await fc.assert(
      fc.asyncProperty(request, async ({ body, dual, deny, format, stream }) => {
        const headers: Record<string, string> = { 'x-config': JSON.stringify({ response_format: format }) };
        if (dual) headers['x-features'] = JSON.stringify({ agent_arch: 'dual-llm' });
        if (deny)
          headers['x-policy'] = JSON.stringify({ codes: { code: 'deny send_email\ndeny get_weather' } });
        const reply = await post(
          'http://emulator.test',
          { model: 'gpt-5-mini', ...body, stream },
          headers,
          emulator.fetch,
        );
        const text = await reply.text();
        if (reply.status === 400) {
          // Only a tool choice that cannot be honoured is refused.
          expect(text).toMatch(/tool_choice/);
          return;
        }
        expect(reply.status).toBe(200);
        if (!stream) {
          expectSchema('Response', JSON.parse(text));
          return;
        }
        const events = sseEvents(text);
        expect(events.map((event) => event.sequence_number)).toEqual(events.map((_, index) => index));
        for (const event of events) expectSchema('ResponseStreamEvent', event);
        const final = events.at(-1)?.['response'] as { output: unknown[] };
        expectSchema('Response', final);
        // The structure and delta events alone (everything before the terminal snapshot) rebuild the output.
        const accumulator = new ResponseAccumulator();
        for (const event of events.slice(0, -1)) accumulator.add(event);
        expect(accumulator.snapshot?.output).toEqual(final.output);
      }),
      { numRuns: 200 },
    );
  });
});
