// What the emulated model answers: deterministic text, the tool-call rule, arguments that validate, usage, and the
// fields every response carries.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../src/testing/index.js';
import { askForResponse, calledNames, details, functionTool, outputTextOf, postJson } from './helpers.js';

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server.close());

const ask = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  askForResponse(server.url, body, headers);

describe('text answers', () => {
  it.each([
    ['What is the largest prime number below 100?', 'The largest prime number below 100 is 97.'],
    ['Say hello in one word.', 'Hello!'],
    ['Tell me a story', 'You said: Tell me a story'],
    [[{ role: 'user', content: [{ type: 'input_text', text: 'parts' }] }], 'You said: parts'],
  ])('answers %j with %j, every time', async (input, text) => {
    const first = await ask({ input });
    const second = await ask({ input });
    expect(outputTextOf(first)).toBe(text);
    expect(outputTextOf(second)).toBe(text);
  });

  it('uses the answer option instead when given', async () => {
    const custom = await startMockServer({
      answer: ({ userText, model }) => `${model} heard ${userText.length} characters`,
    });
    try {
      const reply = await postJson(custom.url, { model: 'x', input: 'abcd' });
      expect(outputTextOf(reply.body)).toBe('x heard 4 characters');
    } finally {
      await custom.close();
    }
  });
});

describe('every response', () => {
  it('carries the fields real servers always send, echoing the request', async () => {
    const tool = functionTool('lookup');
    const response = await ask({
      input: 'hi',
      tools: [tool],
      tool_choice: 'none',
      parallel_tool_calls: false,
      instructions: 'Be brief.',
      metadata: { run: '1' },
      temperature: 0.2,
    });
    expect(response).toMatchObject({
      object: 'response',
      status: 'completed',
      model: 'gpt-5-mini',
      error: null,
      incomplete_details: null,
      instructions: 'Be brief.',
      parallel_tool_calls: false,
      tool_choice: 'none',
      tools: [tool],
      text: { format: { type: 'text' }, verbosity: 'medium' },
      temperature: 0.2,
      top_p: 1,
      truncation: 'disabled',
      store: true,
      metadata: { run: '1' },
      previous_response_id: null,
    });
    expect(response['id']).toMatch(/^resp_[0-9a-f]{48}$/);
    expect(response['created_at']).toBeTypeOf('number');
    expect(response['completed_at']).toBeGreaterThanOrEqual(response['created_at'] as number);
  });

  it('reports usage with both detail objects, totals that add up, and cached history on later turns', async () => {
    const first = await ask({ input: 'x'.repeat(1000) });
    const usage = first['usage'] as Record<string, number & Record<string, number>>;
    expect(usage['input_tokens']).toBeGreaterThan(250);
    expect(usage['total_tokens']).toBe(
      (usage['input_tokens'] as number) + (usage['output_tokens'] as number),
    );
    expect(usage['input_tokens_details']).toEqual({ cached_tokens: 0 });
    expect(usage['output_tokens_details']).toEqual({ reasoning_tokens: 0 });
    const second = await ask({
      input: 'and?',
      previous_response_id: first['id'],
      reasoning: { effort: 'low' },
    });
    const later = second['usage'] as {
      input_tokens: number;
      input_tokens_details: { cached_tokens: number };
      output_tokens_details: { reasoning_tokens: number };
    };
    expect(later.input_tokens).toBeGreaterThan(usage['input_tokens'] as number);
    expect(later.input_tokens_details.cached_tokens).toBeGreaterThan(0);
    expect(later.input_tokens_details.cached_tokens % 64).toBe(0);
    expect(later.output_tokens_details.reasoning_tokens).toBe(64);
  });

  it('stops at max_output_tokens with status incomplete', async () => {
    const response = await ask({ input: 'y'.repeat(400), max_output_tokens: 16 });
    expect(response['status']).toBe('incomplete');
    expect(response['incomplete_details']).toEqual({ reason: 'max_output_tokens' });
    expect(outputTextOf(response)).toHaveLength(64);
  });
});

describe('the tool-call rule', () => {
  const tools = [functionTool('get_weather'), functionTool('get_time'), { type: 'web_search' }];
  const rows: [string, Record<string, unknown>, string[]][] = [
    ['auto calls the first function when the message names none', { input: 'hello' }, ['get_weather']],
    [
      'auto calls the functions the message names, in tools order',
      { input: 'get time and get weather' },
      ['get_weather', 'get_time'],
    ],
    [
      'parallel_tool_calls: false makes it one call',
      { input: 'get_time get_weather', parallel_tool_calls: false },
      ['get_weather'],
    ],
    ['none never calls', { input: 'get_weather', tool_choice: 'none' }, []],
    ['required always calls', { input: 'hello', tool_choice: 'required' }, ['get_weather']],
    [
      'a named function is called whatever the message says',
      { input: 'get_weather', tool_choice: { type: 'function', name: 'get_time' } },
      ['get_time'],
    ],
    [
      'allowed_tools narrows the functions',
      {
        input: 'hello',
        tool_choice: {
          type: 'allowed_tools',
          mode: 'required',
          tools: [{ type: 'function', name: 'get_time' }],
        },
      },
      ['get_time'],
    ],
  ];
  it.each(rows)('%s', async (_name, body, expected) => {
    expect(calledNames(await ask({ tools, ...body }))).toEqual(expected);
  });

  it('answers in text once the calls have their outputs (auto), and calls again with required', async () => {
    const first = await ask({ tools, input: 'get_weather' });
    const call = (first['output'] as { call_id: string }[])[0];
    const output = [{ type: 'function_call_output', call_id: call?.call_id, output: 'sunny' }];
    const auto = await ask({ tools, previous_response_id: first['id'], input: output });
    expect(calledNames(auto)).toEqual([]);
    expect(outputTextOf(auto)).toBe('The tools returned:\nget_weather: sunny');
    const again = await ask({
      tools,
      previous_response_id: first['id'],
      input: output,
      tool_choice: 'required',
    });
    expect(calledNames(again)).toEqual(['get_weather']);
  });

  it('rejects tool choices that cannot be honoured', async () => {
    const named = await postJson(server.url, {
      model: 'm',
      input: 'x',
      tools,
      tool_choice: { type: 'function', name: 'fly' },
    });
    expect(details(named.body)[0]?.msg).toBe("Tool choice 'fly' not found in 'tools' parameter.");
    const required = await postJson(server.url, { model: 'm', input: 'x', tool_choice: 'required' });
    expect(details(required.body)[0]?.loc).toEqual(['body', 'tool_choice']);
  });

  it('rejects a tool whose parameters are not a usable JSON Schema', async () => {
    const reply = await postJson(server.url, {
      model: 'm',
      input: 'x',
      tools: [functionTool('f', { type: 'object', properties: { a: { type: 'strange' } } })],
    });
    expect(details(reply.body)[0]?.loc).toEqual(['body', 'tools', 0, 'parameters']);
    expect(details(reply.body)[0]?.msg).toContain("Invalid schema for function 'f'");
  });
});

describe('function-call arguments', () => {
  const ajv = new Ajv2020({ strict: false, validateFormats: false });
  const schemas: Record<string, unknown>[] = [
    {
      type: 'object',
      properties: {
        flight_number: { type: 'string' },
        origin: { type: 'string' },
        date: { type: 'string', format: 'date' },
      },
      required: ['flight_number', 'origin', 'date'],
      additionalProperties: false,
    },
    {
      type: 'object',
      properties: {
        unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
        days: { type: 'integer', minimum: 3, maximum: 7 },
      },
      required: ['unit', 'days'],
    },
    {
      type: 'object',
      properties: {
        tags: { type: 'array', items: { type: 'string' }, minItems: 2, uniqueItems: true },
        code: { type: 'string', pattern: '^[A-Z]{2}[0-9]{3}$' },
      },
      required: ['tags', 'code'],
    },
    {
      type: 'object',
      properties: {
        to: { $ref: '#/$defs/address' },
        cc: { anyOf: [{ type: 'null' }, { $ref: '#/$defs/address' }] },
      },
      required: ['to', 'cc'],
      $defs: {
        address: {
          type: 'object',
          properties: { email: { type: 'string', format: 'email' } },
          required: ['email'],
        },
      },
    },
    {
      type: 'object',
      properties: {
        amount: { type: 'number', exclusiveMinimum: 0, multipleOf: 0.5 },
        note: { type: ['string', 'null'], minLength: 20 },
      },
    },
    {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: { q: { type: 'string', maxLength: 3 } },
      required: ['q'],
    },
  ];
  it.each(schemas.map((schema, index) => [index, schema] as const))(
    'validate against schema %i',
    async (_index, schema) => {
      const response = await ask({ input: 'go', tools: [functionTool('f', schema)] });
      const call = (response['output'] as { type: string; arguments: string }[])[0];
      expect(call?.type).toBe('function_call');
      const { $schema: _ignored, ...rest } = schema;
      const validate = ajv.compile(rest);
      expect(validate(JSON.parse(call?.arguments ?? 'null')), JSON.stringify(validate.errors)).toBe(true);
    },
  );
});
