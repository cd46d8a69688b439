// Structured outputs against the emulator, over real HTTP and in process: `text.format` json_schema answers a document
// the schema accepts (streamed and not, draft-07 and 2020-12), json_object answers an object, the `invalid-output` and
// `refusal` faults exercise the error paths, and function-call arguments validate against the tool's parameters.
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, startMockServer, type MockServer } from '../../src/testing/index.js';
import { REFUSAL_TEXT } from '../../src/testing/structured-answer.js';
import {
  details,
  expectSchema,
  functionTool,
  outputTextOf,
  post,
  postJson,
  sseEvents,
  type Event,
} from './helpers.js';
import { as2020, asDraft07, DIALECT_TABLE, SCHEMA_TABLE, schemaProblems } from './schema-samples.js';

type Json = Record<string, unknown>;

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server.close());

const weather = as2020(SCHEMA_TABLE['object, required, additionalProperties false'] as Json);
const jsonSchema = (schema: Json, name = 'answer') => ({
  format: { type: 'json_schema', name, strict: true, schema },
});

async function structured(body: Json, headers: Record<string, string> = {}): Promise<Json> {
  const reply = await postJson(
    server.url,
    { model: 'gpt-5-mini', input: 'Weather in Paris?', ...body },
    headers,
  );
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  expectSchema('Response', reply.body);
  return reply.body;
}

async function streamed(body: Json, headers: Record<string, string> = {}): Promise<Event[]> {
  const reply = await post(
    server.url,
    { model: 'gpt-5-mini', input: 'Weather in Paris?', ...body, stream: true },
    headers,
  );
  expect(reply.status).toBe(200);
  const events = sseEvents(await reply.text());
  for (const event of events) expectSchema('ResponseStreamEvent', event);
  return events;
}

const deltas = (events: readonly Event[], type: string): string =>
  events
    .filter((event) => event.type === type)
    .map((event) => String(event['delta']))
    .join('');

describe('text.format json_schema', () => {
  const cases = [
    ...Object.entries(SCHEMA_TABLE).flatMap(([name, schema]) => [
      [`${name} (2020-12)`, as2020(schema)] as const,
      [`${name} (draft-07)`, asDraft07(schema)] as const,
    ]),
    ...Object.entries(DIALECT_TABLE),
  ];

  it.each(cases)('%s: the answer text is a document the schema accepts', async (_name, schema) => {
    const response = await structured({ text: jsonSchema(schema) });
    expect(schemaProblems(schema, JSON.parse(outputTextOf(response)))).toEqual([]);
    expect(response['text']).toMatchObject(jsonSchema(schema));
  });

  it('is deterministic: the same schema and input give the same text; other inputs vary it', async () => {
    const first = outputTextOf(await structured({ text: jsonSchema(weather) }));
    expect(outputTextOf(await structured({ text: jsonSchema(weather) }))).toBe(first);
    const others = new Set<string>();
    for (const city of ['Paris', 'Oslo', 'Lima', 'Pune', 'Kyiv', 'Rome']) {
      others.add(outputTextOf(await structured({ input: `Weather in ${city}?`, text: jsonSchema(weather) })));
    }
    expect(others.size).toBeGreaterThan(1);
  });

  it('streams the same text: deltas, output_text.done and the completed response agree', async () => {
    const text = outputTextOf(await structured({ text: jsonSchema(weather) }));
    const events = await streamed({ text: jsonSchema(weather) });
    expect(deltas(events, 'response.output_text.delta')).toBe(text);
    expect(events.find((event) => event.type === 'response.output_text.done')?.['text']).toBe(text);
    const completed = events.at(-1) as Event;
    expect(completed.type).toBe('response.completed');
    expect(outputTextOf(completed['response'] as Json)).toBe(text);
  });

  it('answers the same in process, through createEmulator().fetch', async () => {
    const emulator = await createEmulator();
    const reply = await post(
      'http://emulator.test',
      { model: 'gpt-5-mini', input: 'Weather in Paris?', text: jsonSchema(weather) },
      {},
      emulator.fetch,
    );
    const body = (await reply.json()) as Json;
    expect(outputTextOf(body)).toBe(outputTextOf(await structured({ text: jsonSchema(weather) })));
  });

  it('answers after tool outputs too, and keeps the answer option verbatim', async () => {
    const tools = [functionTool('get_weather', { type: 'object', properties: { city: { type: 'string' } } })];
    const first = await structured({ tools, text: jsonSchema(weather) });
    const call = (first['output'] as { type: string; call_id: string }[])[0];
    expect(call?.type).toBe('function_call');
    const second = await structured({
      previous_response_id: first['id'],
      input: [{ type: 'function_call_output', call_id: call?.call_id, output: '18 C' }],
      tools,
      text: jsonSchema(weather),
    });
    expect(schemaProblems(weather, JSON.parse(outputTextOf(second)))).toEqual([]);

    const scripted = await startMockServer({ answer: '{"city":"Oslo"}' });
    try {
      const reply = await postJson(scripted.url, { model: 'm', input: 'x', text: jsonSchema(weather) });
      expect(outputTextOf(reply.body)).toBe('{"city":"Oslo"}');
    } finally {
      await scripted.close();
    }
  });

  it('400 for a schema Ajv cannot compile, and for one the emulator cannot satisfy', async () => {
    const invalid = await postJson(server.url, {
      model: 'm',
      input: 'x',
      text: jsonSchema({ type: 'object', properties: { a: { type: 'strnig' } } }, 'broken'),
    });
    expect(invalid.status).toBe(400);
    expect(details(invalid.body)[0]).toMatchObject({
      loc: ['body', 'text', 'format', 'schema'],
      type: 'value_error',
    });
    expect(details(invalid.body)[0]?.msg).toMatch(/^Invalid schema for response_format 'broken': /);

    const impossible = await postJson(server.url, {
      model: 'm',
      input: 'x',
      text: jsonSchema({ type: 'string', pattern: '^(?=a)b$' }, 'lookahead'),
    });
    expect(impossible.status).toBe(400);
    expect(details(impossible.body)[0]?.msg).toContain(
      "cannot build an answer that satisfies the schema of text.format 'lookahead'",
    );
  });
});

describe('text.format json_object', () => {
  it('answers a JSON object, streamed and not', async () => {
    const format = { format: { type: 'json_object' } };
    const text = outputTextOf(await structured({ input: 'Say hello, in JSON', text: format }));
    expect(JSON.parse(text)).toEqual({ answer: 'Hello!' });
    const events = await streamed({ input: 'Say hello, in JSON', text: format });
    expect(deltas(events, 'response.output_text.delta')).toBe(text);
  });
});

describe('the invalid-output fault', () => {
  const fault = { 'x-emulator-fault': 'invalid-output' };

  it('answers JSON that the schema rejects, streamed and not', async () => {
    const text = outputTextOf(await structured({ text: jsonSchema(weather) }, fault));
    const value: unknown = JSON.parse(text);
    expect(schemaProblems(weather, value)).not.toEqual([]);
    const events = await streamed({ text: jsonSchema(weather) }, fault);
    expect(deltas(events, 'response.output_text.delta')).toBe(text);
    expect(server.requests.at(-1)?.fault).toBe('invalid-output');
  });

  it('answers a JSON array for json_object; plain text answers are unchanged', async () => {
    const text = outputTextOf(await structured({ text: { format: { type: 'json_object' } } }, fault));
    expect(Array.isArray(JSON.parse(text))).toBe(true);
    expect(outputTextOf(await structured({ input: 'Say hello' }, fault))).toBe('Hello!');
  });

  it('applies to every request with the fault option', async () => {
    const faulty = await startMockServer({ fault: { kind: 'invalid-output', count: 1 } });
    try {
      const body = { model: 'm', input: 'x', text: jsonSchema(weather) };
      const broken = await postJson(faulty.url, body);
      expect(schemaProblems(weather, JSON.parse(outputTextOf(broken.body)))).not.toEqual([]);
      const fine = await postJson(faulty.url, body);
      expect(schemaProblems(weather, JSON.parse(outputTextOf(fine.body)))).toEqual([]);
    } finally {
      await faulty.close();
    }
  });

  it('400 when the schema accepts any JSON', async () => {
    const reply = await postJson(
      server.url,
      { model: 'm', input: 'x', text: jsonSchema({}, 'anything') },
      fault,
    );
    expect(reply.status).toBe(400);
    expect(details(reply.body)[0]?.msg).toContain("text.format 'anything' accepts any");
  });
});

describe('the refusal fault', () => {
  const fault = { 'x-emulator-fault': 'refusal' };

  it('answers a refusal content part instead of text or calls', async () => {
    const response = await structured(
      { text: jsonSchema(weather), tools: [functionTool('get_weather')] },
      fault,
    );
    expect(response['output']).toEqual([
      expect.objectContaining({
        type: 'message',
        status: 'completed',
        content: [{ type: 'refusal', refusal: REFUSAL_TEXT }],
      }),
    ]);
    expect(response['status']).toBe('completed');
    expect(outputTextOf(response)).toBe('');
  });

  it('streams refusal.delta and refusal.done between the content part events', async () => {
    const events = await streamed({ text: jsonSchema(weather) }, fault);
    const kinds = events.map((event) => event.type).filter((type) => !type.endsWith('.delta'));
    expect(kinds).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
      'response.refusal.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ]);
    expect(events.find((event) => event.type === 'response.content_part.added')?.['part']).toEqual({
      type: 'refusal',
      refusal: '',
    });
    expect(deltas(events, 'response.refusal.delta')).toBe(REFUSAL_TEXT);
    expect(events.filter((event) => event.type === 'response.refusal.delta').length).toBeGreaterThan(1);
    expect(events.find((event) => event.type === 'response.refusal.done')?.['refusal']).toBe(REFUSAL_TEXT);
    expect(events.find((event) => event.type === 'response.content_part.done')?.['part']).toEqual({
      type: 'refusal',
      refusal: REFUSAL_TEXT,
    });
  });
});

describe('the openai package parses what the emulator answers', () => {
  it('responses.parse: output_parsed is the document; a refusal parses to null', async () => {
    const openai = new OpenAI({ apiKey: 'test', baseURL: `${server.url}/control/chat/v1`, maxRetries: 0 });
    const params = {
      model: 'gpt-5-mini',
      input: 'Weather in Paris?',
      text: { format: { type: 'json_schema' as const, name: 'weather', strict: true, schema: weather } },
    };
    const parsed = await openai.responses.parse(params);
    expect(schemaProblems(weather, parsed.output_parsed)).toEqual([]);
    const refused = await openai.responses.parse(params, { headers: { 'x-emulator-fault': 'refusal' } });
    expect(refused.output_parsed).toBeNull();
    const final = await openai.responses
      .stream(params, { headers: { 'x-emulator-fault': 'refusal' } })
      .finalResponse();
    expect(final.output[0]).toMatchObject({ content: [{ type: 'refusal', refusal: REFUSAL_TEXT }] });
  });
});

describe('function-call arguments', () => {
  const cases = [
    ...Object.entries(SCHEMA_TABLE)
      .filter(([, schema]) => schema['type'] === 'object')
      .flatMap(([name, schema]) => [
        [`${name} (2020-12)`, as2020(schema)] as const,
        [`${name} (draft-07)`, asDraft07(schema)] as const,
      ]),
    ...Object.entries(DIALECT_TABLE).filter(([, schema]) => schema['type'] === 'object'),
  ];

  it.each(cases)('%s: the arguments validate against the parameters', async (_name, parameters) => {
    const response = await structured({ input: 'Go', tools: [functionTool('act', parameters)] });
    const call = (response['output'] as { type: string; arguments: string }[])[0];
    expect(call?.type).toBe('function_call');
    expect(schemaProblems(parameters, JSON.parse(call?.arguments ?? 'null'))).toEqual([]);
  });
});
