// Schema-typed function tools: functionTool with a zod, arktype or plain JSON Schema `parameters` sends the derived
// JSON Schema, and runTools (and runToolsStream, and conversations) validate the model's arguments before `run`;
// arguments that fail go back to the model as the error output and never reach `run`. Valid arguments come from
// the emulator (which builds them from the schema sent); invalid ones from a loopback server scripted to send them.
import { type } from 'arktype';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { functionTool, type SchemaInput } from '../../src/index.js';
import { useEmulators } from '../helpers/emulator.js';
import { functionCall, message, outputsOf, useToolServer } from '../helpers/tool-server.js';

const JSON_SCHEMA = {
  type: 'object',
  properties: { city: { type: 'string' }, days: { type: 'integer', minimum: 1, maximum: 7 } },
  required: ['city', 'days'],
  additionalProperties: false,
};

/** The three kinds of schema for `{ city: string, days: 1..7 }`, and whether the client validates with them. */
const SCHEMAS: [name: string, schema: SchemaInput, validates: boolean][] = [
  ['zod', z.object({ city: z.string(), days: z.int().min(1).max(7) }), true],
  ['arktype', type({ city: 'string', days: '1 <= number.integer <= 7' }), true],
  ['plain JSON Schema', JSON_SCHEMA as SchemaInput, false],
];

const tools = useToolServer();
const emulator = useEmulators();

/** A forecast tool over `schema` that records what `run` was given. */
function forecastTool(schema: SchemaInput, runs: unknown[], strict?: boolean) {
  return functionTool({
    name: 'get_forecast',
    description: 'The forecast for a city',
    parameters: schema as z.ZodType<{ city: string; days: number }>,
    ...(strict !== undefined && { strict }),
    run: (args) => {
      runs.push(args);
      return `${args.days} days of sun in ${args.city}`;
    },
  });
}

describe.each(SCHEMAS)('functionTool with a %s schema', (_, schema, validates) => {
  it('sends the derived JSON Schema, never run or the check', async () => {
    const { server, client } = await emulator();
    await client.responses.runTools({
      model: 'gpt-5-mini',
      input: 'Forecast for Paris?',
      tools: [forecastTool(schema, [])],
    });
    const [tool] = (server.requests[0]?.body as { tools: Record<string, unknown>[] }).tools;
    expect(Object.keys(tool ?? {}).sort()).toEqual(['description', 'name', 'parameters', 'type']);
    const parameters = tool?.['parameters'] as Record<string, unknown>;
    expect((parameters['properties'] as { city: unknown }).city).toEqual({ type: 'string' });
    expect((parameters['required'] as string[]).slice().sort()).toEqual(['city', 'days']);
    expect(parameters).not.toHaveProperty('$schema');
  });

  it('runs the tool with arguments the emulator built from that schema, through runTools', async () => {
    const { server, client } = await emulator();
    const runs: { city: string; days: number }[] = [];
    const response = await client.responses.runTools({
      model: 'gpt-5-mini',
      input: 'Forecast for Paris?',
      tools: [forecastTool(schema, runs)],
    });
    expect(runs).toHaveLength(1);
    expect(runs[0]).toEqual({ city: expect.any(String), days: expect.any(Number) });
    const [output] = outputsOf(server.requests[1]?.body as never);
    expect(output?.output).toBe(`${runs[0]?.days} days of sun in ${runs[0]?.city}`);
    expect(response.output_text).toBe(`The tools returned:\nget_forecast: ${output?.output}`);
  });

  it('runs it in runToolsStream and in a conversation too', async () => {
    const { client } = await emulator();
    const runs: unknown[] = [];
    const body = { model: 'gpt-5-mini', input: 'Forecast?', tools: [forecastTool(schema, runs)] };
    const final = await client.responses.runToolsStream(body).finalResponse();
    const chat = client.conversation();
    const turn = await chat.runTools(body);
    expect(runs).toHaveLength(2);
    expect(final.output_text).toMatch(/^The tools returned:\nget_forecast: \d days of sun in /);
    expect(chat.previousResponseId).toBe(turn.id);
  });

  it(
    validates
      ? 'answers arguments that fail the schema with the error output, never calling run'
      : 'passes arguments to run unvalidated (a plain JSON Schema only types them)',
    async () => {
      const { serve, client } = tools;
      const server = await serve((turn) =>
        turn.previous === undefined
          ? { output: [functionCall(turn.session, 'get_forecast', { city: 'Paris', days: 30 })] }
          : { output: [message('Sorry.')] },
      );
      const runs: unknown[] = [];
      const response = await client(server).responses.runTools({
        model: 'gpt-5-mini',
        input: 'Forecast?',
        tools: [forecastTool(schema, runs)],
      });
      const [output] = outputsOf(server.turns[1]!.body);
      expect(response.output_text).toBe('Sorry.');
      if (!validates) {
        expect(runs).toEqual([{ city: 'Paris', days: 30 }]);
        return;
      }
      expect(runs).toEqual([]);
      expect(output?.output).toMatch(
        /^Error: the arguments do not match the parameters of get_forecast: days: .+; call the tool again with arguments that match\.$/,
      );
    },
  );
});

describe('functionTool with a schema: the checks', () => {
  it('gives run the schema output (a transform applies), and reports a validator that throws', async () => {
    const { serve, client } = tools;
    const server = await serve((turn) =>
      turn.previous === undefined
        ? {
            output: [
              functionCall(turn.session, 'shout', { text: 'hello' }),
              functionCall(turn.session, 'broken', { text: 'hello' }),
            ],
          }
        : { output: [message('Done.')] },
    );
    const seen: unknown[] = [];
    const shout = functionTool({
      name: 'shout',
      parameters: z.object({ text: z.string().transform((text) => text.toUpperCase()) }),
      run: ({ text }) => (seen.push(text), text),
    });
    const broken = functionTool({
      name: 'broken',
      parameters: {
        '~standard': {
          version: 1,
          vendor: 'test',
          validate: () => {
            throw new Error('validator crashed');
          },
          jsonSchema: { input: () => ({ type: 'object' }), output: () => ({ type: 'object' }) },
        },
      },
      run: () => seen.push('broken ran'),
    });
    await client(server).responses.runTools({ model: 'm', input: 'Go', tools: [shout, broken] });
    expect(seen).toEqual(['HELLO']);
    expect(outputsOf(server.turns[1]!.body).map((output) => output.output)).toEqual([
      'HELLO',
      'Error: the arguments do not match the parameters of broken: validator crashed; call the tool again with arguments that match.',
    ]);
  });

  it('applies the strict-mode rules with strict: true, naming the path', () => {
    const optional = z.object({ city: z.string(), days: z.number().optional() });
    expect(() => functionTool({ name: 'f', parameters: optional, strict: true, run: () => 1 })).toThrow(
      'functionTool f parameters: strict mode needs every property required, but #/properties/days is optional',
    );
    const loose = functionTool({ name: 'f', parameters: optional, run: () => 1 });
    expect(loose.parameters).toEqual({
      type: 'object',
      properties: { city: { type: 'string' }, days: { type: 'number' } },
      required: ['city'],
    });
    const strict = functionTool({
      name: 'f',
      parameters: z.object({ city: z.string() }),
      strict: true,
      run: () => 1,
    });
    expect(strict).toMatchObject({ strict: true, parameters: { additionalProperties: false } });
  });
});
