// Compile-time behaviour of structured outputs and schema-typed tools: zod and arktype schemas fit our own Standard
// Schema interfaces, `output_parsed` and a tool's `run` argument have the schema's output type, and code that
// disagrees with the schema does not compile. Each `@ts-expect-error` marks code that must not compile.
import type {
  StandardJSONSchemaV1 as SpecJSONSchema,
  StandardSchemaV1 as SpecSchema,
} from '@standard-schema/spec';
import { type } from 'arktype';
import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';

import {
  functionTool,
  parseDualLlmResult,
  textFormat,
  type APIPromise,
  type ParsedResponse,
  type ParsedResponseStream,
  type RunnableFunctionTool,
  type SequrityClient,
  type SequrityResponse,
  type StandardJSONSchemaV1,
  type StandardSchemaV1,
  type TextFormat,
  type TypedDualLlmResult,
  type WithResponse,
} from '../../src/index.js';

declare const client: SequrityClient;

const Weather = z.object({ city: z.string(), celsius: z.number() });
type WeatherOut = { city: string; celsius: number };
const ArkWeather = type({ city: 'string', celsius: 'number' });
// A schema whose output differs from its input: the output type is what parse gives.
const Parsed = z.object({ when: z.string().transform((text) => text.length) });

describe('the Standard Schema interfaces', () => {
  it('zod and arktype schemas are assignable to ours', () => {
    expectTypeOf(Weather).toExtend<StandardSchemaV1<unknown, WeatherOut>>();
    expectTypeOf(Weather).toExtend<StandardJSONSchemaV1<unknown, WeatherOut>>();
    expectTypeOf(ArkWeather).toExtend<StandardSchemaV1<unknown, WeatherOut>>();
    expectTypeOf(ArkWeather).toExtend<StandardJSONSchemaV1<unknown, WeatherOut>>();
  });

  it('our interfaces agree with @standard-schema/spec', () => {
    expectTypeOf<SpecSchema<string, number>>().toExtend<StandardSchemaV1<string, number>>();
    expectTypeOf<SpecJSONSchema<string, number>>().toExtend<StandardJSONSchemaV1<string, number>>();
    expectTypeOf<StandardSchemaV1<string, number>>().toExtend<SpecSchema<string, number>>();
    expectTypeOf<StandardJSONSchemaV1<string, number>>().toExtend<SpecJSONSchema<string, number>>();
  });
});

describe('textFormat', () => {
  it('types the format by the schema output, or by the type parameter for plain JSON Schema', () => {
    expectTypeOf(textFormat(Weather, { name: 'weather' })).toEqualTypeOf<TextFormat<WeatherOut>>();
    expectTypeOf(textFormat(ArkWeather, { name: 'weather' })).toEqualTypeOf<TextFormat<WeatherOut>>();
    expectTypeOf(textFormat(Parsed, { name: 'p' })).toEqualTypeOf<TextFormat<{ when: number }>>();
    const json = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] };
    expectTypeOf(textFormat(json, { name: 'plain' })).toEqualTypeOf<TextFormat<unknown>>();
    expectTypeOf(textFormat<{ city: string }>(json, { name: 'plain' })).toEqualTypeOf<
      TextFormat<{ city: string }>
    >();
  });

  it('needs a name', () => {
    // @ts-expect-error the options need a name
    textFormat(Weather, {});
    // @ts-expect-error strict is a boolean
    textFormat(Weather, { name: 'weather', strict: 'yes' });
  });
});

describe('responses.parse', () => {
  const body = {
    model: 'gpt-5-mini',
    input: 'Weather?',
    text: { format: textFormat(Weather, { name: 'w' }) },
  };

  it('types output_parsed as the schema output, or null', async () => {
    const promise = client.responses.parse(body);
    expectTypeOf(promise).toEqualTypeOf<APIPromise<ParsedResponse<WeatherOut>>>();
    const response = await promise;
    expectTypeOf(response.output_parsed).toEqualTypeOf<WeatherOut | null>();
    expectTypeOf(response.output_text).toEqualTypeOf<string>();
    expectTypeOf(response).toExtend<SequrityResponse>();
    for (const item of response.output) {
      if (item.type !== 'message') continue;
      for (const part of item.content) {
        if (part.type === 'output_text') expectTypeOf(part.parsed).toEqualTypeOf<WeatherOut>();
        else expectTypeOf(part.refusal).toEqualTypeOf<string>();
      }
    }
    const ark = await client.responses.parse({
      ...body,
      text: { format: textFormat(ArkWeather, { name: 'a' }) },
    });
    expectTypeOf(ark.output_parsed).toEqualTypeOf<WeatherOut | null>();
  });

  it('streams: finalResponse() is parsed', async () => {
    const stream = await client.responses.parse({ ...body, stream: true });
    expectTypeOf(stream).toEqualTypeOf<ParsedResponseStream<WeatherOut>>();
    expectTypeOf((await stream.finalResponse()).output_parsed).toEqualTypeOf<WeatherOut | null>();
  });

  it('works on conversations', async () => {
    const chat = client.conversation();
    expectTypeOf((await chat.parse(body)).output_parsed).toEqualTypeOf<WeatherOut | null>();
  });

  it('rejects a body without a textFormat format, and reading fields the schema lacks', async () => {
    // @ts-expect-error text.format must come from textFormat()
    client.responses.parse({ model: 'gpt-5-mini', input: 'Hi' });
    client.responses.parse({
      model: 'gpt-5-mini',
      // @ts-expect-error a wire json_schema format has no parser
      text: { format: { type: 'json_schema', name: 'w', schema: {} } },
    });
    const response = await client.responses.parse(body);
    // @ts-expect-error `town` is not in the schema
    response.output_parsed?.town;
  });
});

describe('withResponse and asResponse', () => {
  it('give the result with the fetch Response, or the Response alone', () => {
    const create = client.responses.create({ model: 'm' });
    expectTypeOf(create.withResponse()).toEqualTypeOf<Promise<WithResponse<SequrityResponse>>>();
    expectTypeOf(create.asResponse()).toEqualTypeOf<Promise<globalThis.Response>>();
    const parse = client.responses.parse({
      model: 'm',
      text: { format: textFormat(Weather, { name: 'w' }) },
    });
    expectTypeOf(parse.withResponse()).toEqualTypeOf<Promise<WithResponse<ParsedResponse<WeatherOut>>>>();
    const tools = client.responses.runTools({ model: 'm', tools: [] });
    expectTypeOf(tools.withResponse()).toEqualTypeOf<Promise<WithResponse<SequrityResponse>>>();
    expectTypeOf(tools.asResponse()).toEqualTypeOf<Promise<globalThis.Response>>();
    // An APIPromise is still a Promise of the result.
    expectTypeOf(create).toExtend<Promise<SequrityResponse>>();
  });
});

describe('functionTool with a schema', () => {
  it("types run's argument as the schema output", () => {
    const weather = functionTool({
      name: 'get_weather',
      parameters: Weather,
      run: (args) => {
        expectTypeOf(args).toEqualTypeOf<WeatherOut>();
        return args.city;
      },
    });
    expectTypeOf(weather).toEqualTypeOf<RunnableFunctionTool<WeatherOut>>();
    const ark = functionTool({ name: 'get_weather', parameters: ArkWeather, run: ({ city }) => city });
    expectTypeOf(ark.run).parameter(0).toEqualTypeOf<WeatherOut>();
    // The tools go where plain functionTools go.
    client.responses.runTools({ model: 'm', tools: [weather, ark] });
    client.responses.runToolsStream({ model: 'm', tools: [weather] });
    client.conversation().runTools({ model: 'm', tools: [ark] });
  });

  it('does not compile a run whose annotation disagrees with the schema', () => {
    // The same calls with an annotation that fits compile, so the errors below are the annotations'.
    functionTool({ name: 'get_weather', parameters: Weather, run: ({ city }: { city: string }) => city });
    functionTool({ name: 'get_weather', parameters: ArkWeather, run: ({ city }: WeatherOut) => city });
    // @ts-expect-error the schema says city, a string, not town
    functionTool({ name: 'get_weather', parameters: Weather, run: ({ town }: { town: number }) => town });
    // @ts-expect-error the schema says city, a string, not town
    functionTool({ name: 'get_weather', parameters: ArkWeather, run: ({ town }: { town: number }) => town });
    // @ts-expect-error celsius is a number, not a string
    functionTool({
      name: 'w',
      parameters: Weather,
      run: ({ celsius }: { city: string; celsius: string }) => celsius,
    });
  });
});

describe('parseDualLlmResult with a schema', () => {
  it('resolves with final_return_value typed by the schema', async () => {
    const result = await parseDualLlmResult('{}', Weather);
    expectTypeOf(parseDualLlmResult('{}', Weather)).toEqualTypeOf<Promise<TypedDualLlmResult<WeatherOut>>>();
    expectTypeOf(result.final_return_value?.value).toEqualTypeOf<WeatherOut | undefined>();
    expectTypeOf(parseDualLlmResult('{}').final_return_value?.value).toEqualTypeOf<unknown>();
  });
});
