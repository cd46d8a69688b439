// Structured outputs: textFormat turns a zod, arktype or plain JSON Schema into the `text.format` sent (with the
// strict-mode rules checked), and responses.parse parses and validates the model's text back, streamed or not, in a
// conversation, after a refusal, and for output that fails the schema or is not JSON. Against the emulator (its
// `answer` option plays the model) and, for replies the emulator cannot give yet, a loopback server.
import { type } from 'arktype';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  features,
  parseDualLlmResult,
  SequrityClient,
  SequrityError,
  StructuredOutputError,
  textFormat,
  type ParsedResponse,
  type RequestOptions,
  type SchemaInput,
  type StandardJSONSchemaV1,
} from '../../src/index.js';
import { FAULT_KINDS } from '../../src/testing/index.js';
import { bodyOf, json, rejection, responseBody, sseReply, useServers } from '../helpers/sequrity-server.js';
import { useEmulators } from '../helpers/emulator.js';

const WEATHER = { city: 'Paris', celsius: 21, tags: ['sunny', 'dry'] };
const JSON_SCHEMA = {
  type: 'object',
  properties: {
    city: { type: 'string' },
    celsius: { type: 'number' },
    tags: { type: 'array', items: { type: 'string' } },
  },
  required: ['city', 'celsius', 'tags'],
  additionalProperties: false,
} as const;

/** The three kinds of schema, and whether the client validates with them (plain JSON Schema is only sent). */
const SCHEMAS: [name: string, schema: SchemaInput, validates: boolean][] = [
  ['zod', z.object({ city: z.string(), celsius: z.number(), tags: z.array(z.string()) }), true],
  ['arktype', type({ city: 'string', celsius: 'number', tags: 'string[]' }), true],
  ['plain JSON Schema', structuredClone(JSON_SCHEMA) as unknown as SchemaInput, false],
];

/** Whether the emulator answers `text.format` itself and has the `invalid-output` and `refusal` faults. */
const EMULATOR_FORMATS = (FAULT_KINDS as readonly string[]).includes('refusal');

const emulator = useEmulators();

/** The `output_text` parts of a parsed response. */
function textParts(response: { output: unknown[] }): { text: string; parsed?: unknown }[] {
  return response.output.flatMap((item) => {
    const message = item as { type: string; content?: { type: string; text: string; parsed?: unknown }[] };
    return message.type === 'message'
      ? (message.content ?? []).filter((part) => part.type === 'output_text')
      : [];
  });
}

/** A parse request for `schema`, with `extra` fields. */
const request = (schema: SchemaInput, extra: { input?: string; max_output_tokens?: number } = {}) => ({
  model: 'gpt-5-mini',
  input: 'The weather in Paris, as JSON.',
  text: {
    format: textFormat(schema as StandardJSONSchemaV1, { name: 'weather', description: 'A forecast' }),
  },
  ...extra,
});

/** The parsed final response of `parse`, streamed or not. */
function parseFinal(
  client: SequrityClient,
  body: ReturnType<typeof request>,
  stream: boolean,
  options?: RequestOptions,
): Promise<ParsedResponse<unknown>> {
  return stream
    ? client.responses.parse({ ...body, stream: true }, options).then((reply) => reply.finalResponse())
    : client.responses.parse(body, options);
}

describe('textFormat', () => {
  it.each(SCHEMAS)(
    'sends the JSON Schema of a %s schema, strict, with additionalProperties: false',
    async (_, schema) => {
      const { server, client } = await emulator({ answer: JSON.stringify(WEATHER) });
      await client.responses.parse(request(schema));
      const format = (server.requests.at(-1)?.body as { text: { format: Record<string, unknown> } }).text
        .format;
      const sent = format['schema'] as Record<string, unknown>;
      expect(format).toMatchObject({
        type: 'json_schema',
        name: 'weather',
        description: 'A forecast',
        strict: true,
      });
      expect(Object.keys(format).sort()).toEqual(['description', 'name', 'schema', 'strict', 'type']);
      expect(sent['properties']).toEqual(JSON_SCHEMA.properties);
      expect((sent['required'] as string[]).slice().sort()).toEqual(['celsius', 'city', 'tags']);
      expect(sent['additionalProperties']).toBe(false);
      expect(sent).not.toHaveProperty('$schema');
    },
  );

  it("adds additionalProperties: false to every object schema, leaving the caller's object as it was", () => {
    const plain = {
      type: 'object',
      properties: { place: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } },
      required: ['place'],
    };
    const before = structuredClone(plain);
    const { schema } = textFormat(plain, { name: 'nested' });
    expect(schema).toEqual({
      type: 'object',
      properties: {
        place: {
          type: 'object',
          properties: { city: { type: 'string' } },
          required: ['city'],
          additionalProperties: false,
        },
      },
      required: ['place'],
      additionalProperties: false,
    });
    expect(plain).toEqual(before);
  });

  it('names the path of an optional property in strict mode, and the fix', () => {
    const optional = z.object({ place: z.object({ city: z.string(), zip: z.string().optional() }) });
    expect(() => textFormat(optional, { name: 'w' })).toThrow(
      /textFormat w: strict mode needs every property required, but #\/properties\/place\/properties\/zip is optional; make it required and nullable \(zod: \.nullable\(\)/,
    );
    const ark = type({ city: 'string', 'zip?': 'string' });
    expect(() => textFormat(ark, { name: 'w' })).toThrow(/#\/properties\/zip is optional/);
    // Without strict mode the schema is sent as converted.
    const loose = textFormat(optional, { name: 'w', strict: false });
    expect(loose.strict).toBe(false);
    expect(loose.schema).not.toHaveProperty('additionalProperties');
  });

  it('names the path of a catch-all and of a root that is not an object', () => {
    const catchAll = z.object({ items: z.array(z.object({ id: z.string() }).catchall(z.number())) });
    expect(() => textFormat(catchAll, { name: 'w' })).toThrow(
      'textFormat w: strict mode needs additionalProperties: false at #/properties/items/items, got object',
    );
    expect(() => textFormat(z.array(z.string()), { name: 'w' })).toThrow(
      'textFormat w: strict mode needs an object at the root (type: "object"), got "array"',
    );
    expect(() =>
      textFormat({ type: 'object', properties: {}, additionalProperties: true }, { name: 'w' }),
    ).toThrow(/additionalProperties: false at #, got true/);
    expect(textFormat(z.array(z.string()), { name: 'list', strict: false }).schema).toEqual({
      type: 'array',
      items: { type: 'string' },
    });
  });

  it('rejects a bad name, a schema without JSON Schema, and one that cannot be converted', () => {
    const schema = SCHEMAS[0]![1];
    expect(() => textFormat(schema as never, { name: 'has space' })).toThrow(
      'textFormat: name must be 1 to 64 letters, digits, _ or -, got string.',
    );
    expect(() => textFormat(schema as never, { name: 'x'.repeat(65) })).toThrow(TypeError);
    const validateOnly = {
      '~standard': { version: 1, vendor: 'valibot', validate: (value: unknown) => ({ value }) },
    };
    expect(() => textFormat(validateOnly as never, { name: 'v' })).toThrow(
      'textFormat v: the valibot schema has no ~standard.jsonSchema; convert it first (valibot: toStandardJsonSchema from @valibot/to-json-schema) or pass a JSON Schema object.',
    );
    expect(() => textFormat(z.object({ when: z.date() }), { name: 'd' })).toThrow(
      'textFormat d: zod could not convert the schema to JSON Schema: Date cannot be represented in JSON Schema',
    );
  });
});

describe.each(SCHEMAS)('responses.parse with a %s schema', (_, schema, validates) => {
  it('parses the output: output_parsed, and parsed on the output_text part', async () => {
    const { client } = await emulator({ answer: JSON.stringify(WEATHER) });
    const response = await client.responses.parse(request(schema));
    expect(response.output_parsed).toEqual(WEATHER);
    expect(response.output_text).toBe(JSON.stringify(WEATHER));
    expect(textParts(response)).toEqual([
      expect.objectContaining({ text: JSON.stringify(WEATHER), parsed: WEATHER }),
    ]);
    expect(response.status).toBe('completed');
    expect(response.session_id).toEqual(expect.any(String));
  });

  it('parses a streamed final response, once however often it is asked for', async () => {
    const { client } = await emulator({ answer: JSON.stringify(WEATHER) });
    const stream = await client.responses.parse({ ...request(schema), stream: true });
    let text = '';
    for await (const event of stream) if (event.type === 'response.output_text.delta') text += event.delta;
    expect(text).toBe(JSON.stringify(WEATHER));
    const final = await stream.finalResponse();
    expect(final.output_parsed).toEqual(WEATHER);
    expect(textParts(final)[0]?.parsed).toEqual(WEATHER);
    expect(await stream.finalResponse()).toBe(final);
  });

  it('parses in a conversation, threading previous_response_id', async () => {
    const { server, client } = await emulator({ answer: JSON.stringify(WEATHER) });
    const chat = client.conversation();
    const first = await chat.parse(request(schema));
    const stream = await chat.parse({ ...request(schema, { input: 'And tomorrow?' }), stream: true });
    const second = await stream.finalResponse();
    expect([first.output_parsed, second.output_parsed]).toEqual([WEATHER, WEATHER]);
    expect(server.requests.at(-1)?.body).toMatchObject({ previous_response_id: first.id });
    expect(chat.previousResponseId).toBe(second.id);
    expect(server.requests.at(-1)?.sessionId).toBe(first.session_id);
  });

  it(
    validates
      ? 'rejects output that fails the schema with StructuredOutputError invalid-output, streamed or not'
      : 'does not validate (a plain JSON Schema only types the output): wrong-shaped JSON is returned',
    async () => {
      const wrong = { city: 'Paris', celsius: 'warm', tags: ['sunny'] };
      const { client } = await emulator({ answer: JSON.stringify(wrong) });
      if (!validates) {
        expect((await client.responses.parse(request(schema))).output_parsed).toEqual(wrong);
        return;
      }
      const error = await rejection(client.responses.parse(request(schema)));
      expect(error).toBeInstanceOf(StructuredOutputError);
      expect(error).toBeInstanceOf(SequrityError);
      const failure = error as StructuredOutputError;
      expect(failure.type).toBe('invalid-output');
      expect(failure.text).toBe(JSON.stringify(wrong));
      expect(failure.issues.map((issue) => Array.from(issue.path ?? [], String))).toEqual([['celsius']]);
      expect(failure.message).toMatch(
        /^The output for the text format weather does not match its schema: celsius: .+; error\.issues lists them\.$/,
      );
      const stream = await client.responses.parse({ ...request(schema), stream: true });
      const streamed = (await rejection(stream.finalResponse())) as StructuredOutputError;
      expect([streamed.name, streamed.type, streamed.text]).toEqual([
        'StructuredOutputError',
        'invalid-output',
        JSON.stringify(wrong),
      ]);
    },
  );

  it('rejects text that is not JSON with StructuredOutputError invalid-json, streamed or not', async () => {
    const { client } = await emulator({ answer: 'It is sunny in Paris.' });
    for (const stream of [false, true]) {
      const error = (await rejection(parseFinal(client, request(schema), stream))) as StructuredOutputError;
      expect(error).toBeInstanceOf(StructuredOutputError);
      expect(error.type).toBe('invalid-json');
      expect(error.text).toBe('It is sunny in Paris.');
      expect(error.issues).toEqual([]);
      expect(error.message).toMatch(
        /^The output for the text format weather is not JSON \(.+\); error\.text holds it\.$/,
      );
    }
  });

  it('parses nothing when the response did not complete (max_output_tokens): output_parsed is null', async () => {
    const { client } = await emulator({ answer: JSON.stringify(WEATHER) });
    const response = await client.responses.parse(request(schema, { max_output_tokens: 1 }));
    expect(response.status).toBe('incomplete');
    expect(response.output_parsed).toBeNull();
    expect(textParts(response)[0]).not.toHaveProperty('parsed');
  });
});

describe('responses.parse: refusals and misuse', () => {
  const serve = useServers();
  const refusal = { type: 'refusal', refusal: "I can't help with that." };
  const refused = responseBody('resp_refused', '', {
    output: [{ id: 'msg_1', type: 'message', role: 'assistant', status: 'completed', content: [refusal] }],
  });

  it.each(SCHEMAS)(
    'gives output_parsed null after a refusal (%s), keeping the refusal',
    async (_, schema) => {
      const server = await serve((_request, response) => json(response, refused));
      const client = new SequrityClient({ apiKey: 'sk-test-structured', baseURL: server.url });
      const response = await client.responses.parse(request(schema));
      expect(response.output_parsed).toBeNull();
      expect(response.output[0]).toMatchObject({ type: 'message', content: [refusal] });
      expect(response.output_text).toBe('');
    },
  );

  it('gives output_parsed null after a streamed refusal', async () => {
    const refusalEvents = [
      {
        type: 'response.created',
        sequence_number: 0,
        response: { ...refused, status: 'in_progress', output: [] },
      },
      { type: 'response.completed', sequence_number: 1, response: refused },
    ];
    const server = await serve((_request, response) => sseReply(response, refusalEvents));
    const client = new SequrityClient({ apiKey: 'sk-test-structured', baseURL: server.url });
    const stream = await client.responses.parse({ ...request(SCHEMAS[0]![1]), stream: true });
    const final = await stream.finalResponse();
    expect(final.output_parsed).toBeNull();
    expect(final.output[0]).toMatchObject({ content: [refusal] });
  });

  it('refuses a body whose text.format is not from textFormat, before sending anything', async () => {
    const server = await serve((_request, response) => json(response, refused));
    const client = new SequrityClient({ apiKey: 'sk-test-structured', baseURL: server.url });
    const wire = { type: 'json_schema', name: 'w', schema: JSON_SCHEMA } as const;
    for (const body of [
      { model: 'm', input: 'Hi' },
      { model: 'm', text: { format: wire } },
    ]) {
      const error = await rejection(client.responses.parse(body as never));
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toBe(
        'parse() needs text.format made by textFormat(schema, { name }).',
      );
    }
    expect(server.requests).toHaveLength(0);
    // The same format spread into a copy still parses: its parser is kept under a symbol, which JSON never sends.
    const format = { ...textFormat(SCHEMAS[0]![1] as never, { name: 'copy' }), description: 'copied' };
    await client.responses.parse({ model: 'm', text: { format } });
    expect(bodyOf(server.requests[0])['text']).toEqual({
      format: { type: 'json_schema', name: 'copy', schema: JSON_SCHEMA, strict: true, description: 'copied' },
    });
  });
});

describe.runIf(EMULATOR_FORMATS)('responses.parse against the emulator answering text.format itself', () => {
  it.each(SCHEMAS)('parses and validates the document it builds from a %s schema', async (_, schema) => {
    const { client } = await emulator();
    const response = await client.responses.parse(request(schema));
    expect(response.output_parsed).toEqual(JSON.parse(response.output_text));
    expect(Object.keys(response.output_parsed as object).sort()).toEqual(['celsius', 'city', 'tags']);
  });

  it.each(SCHEMAS.filter(([, , validates]) => validates))(
    'rejects its invalid-output fault with StructuredOutputError (%s)',
    async (_, schema) => {
      const { client } = await emulator();
      const error = await rejection(
        parseFinal(client, request(schema), false, { headers: { 'x-emulator-fault': 'invalid-output' } }),
      );
      expect(error).toBeInstanceOf(StructuredOutputError);
      expect((error as StructuredOutputError).type).toBe('invalid-output');
    },
  );

  it.each(SCHEMAS)('gives output_parsed null for its refusal fault (%s)', async (_, schema) => {
    const { client } = await emulator({ fault: 'refusal' as never });
    for (const stream of [false, true]) {
      const response = await parseFinal(client, request(schema), stream);
      expect(response.output_parsed).toBeNull();
      expect(JSON.stringify(response)).toContain('"type":"refusal"');
    }
  });

  it('types a dual-LLM final_return_value with the schema', async () => {
    const schema = SCHEMAS[0]![1];
    const { client } = await emulator({}, { features: features.dualLlm() });
    const response = await client.responses.create(request(schema));
    const result = await parseDualLlmResult(response, schema as z.ZodType<typeof WEATHER>);
    expect(result.status).toBe('success');
    expect(Object.keys(result.final_return_value?.value ?? {}).sort()).toEqual(['celsius', 'city', 'tags']);
  });
});

describe('parseDualLlmResult with a schema', () => {
  const Weather = z.object({ city: z.string(), celsius: z.number() });
  const success = (value: unknown) =>
    JSON.stringify({ status: 'success', final_return_value: { value, meta: { tags: [] } } });

  it('validates final_return_value.value and gives the output', async () => {
    const Upper = z.object({ city: z.string().transform((city) => city.toUpperCase()) });
    const result = await parseDualLlmResult(success({ city: 'Paris' }), Upper);
    expect(result.final_return_value).toEqual({ value: { city: 'PARIS' }, meta: { tags: [] } });
    expect(result.status).toBe('success');
    const ark = await parseDualLlmResult(
      { output_text: success({ city: 'Oslo', celsius: 3 }) },
      type({ city: 'string', celsius: 'number' }),
    );
    expect(ark.final_return_value?.value).toEqual({ city: 'Oslo', celsius: 3 });
  });

  it('throws StructuredOutputError for a value that fails the schema, with the raw text', async () => {
    const text = success({ city: 'Paris', celsius: 'mild' });
    const error = (await rejection(parseDualLlmResult(text, Weather))) as StructuredOutputError;
    expect(error).toBeInstanceOf(StructuredOutputError);
    expect([error.type, error.text]).toEqual(['invalid-output', text]);
    expect(error.message).toMatch(/^The dual-LLM final_return_value does not match its schema: celsius: /);
  });

  it('leaves a result without a return value as it is (a denial, or text that is not a result)', async () => {
    const denial = JSON.stringify({
      status: 'failure',
      error: { code: 'denied', message: 'Tool call denied.' },
    });
    expect(await parseDualLlmResult(denial, Weather)).toEqual(parseDualLlmResult(denial));
    expect((await parseDualLlmResult('plain text', Weather)).status).toBe('unknown');
  });
});
