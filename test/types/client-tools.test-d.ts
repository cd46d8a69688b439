// Compile-time behaviour of the tool loop: functionTool's argument typing, what runTools and runToolsStream return,
// and which bodies they accept. Each `@ts-expect-error` marks code that must not compile.
import { describe, expectTypeOf, it } from 'vitest';

import type { SequrityResponse } from '../../src/client/create-types.js';
import { SequrityClient } from '../../src/client/sequrity-client.js';
import type { APIPromise } from '../../src/client/api-promise.js';
import {
  functionTool,
  type RunnableFunctionTool,
  type ToolRunContext,
} from '../../src/client/function-tools.js';
import { ToolLoopLimitError, type ToolLoopStream } from '../../src/client/tool-loop.js';
import type { StreamEvent } from '../../src/streaming/stream-event.js';
import type { FunctionTool, Tool, WebSearchTool } from '../../src/types.js';

declare const client: SequrityClient;

const weather = functionTool<{ city: string }>({
  name: 'get_weather',
  description: 'The weather in a city',
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  run: ({ city }, context) => {
    expectTypeOf(city).toEqualTypeOf<string>();
    expectTypeOf(context).toEqualTypeOf<ToolRunContext>();
    expectTypeOf(context.callId).toEqualTypeOf<string>();
    expectTypeOf(context.signal).toEqualTypeOf<AbortSignal>();
    return { city, forecast: 'sunny' };
  },
});

describe('functionTool', () => {
  it('types run by the argument type given', () => {
    expectTypeOf(weather).toEqualTypeOf<RunnableFunctionTool<{ city: string }>>();
    expectTypeOf(weather).toMatchTypeOf<FunctionTool>();
    expectTypeOf(weather.run).parameter(0).toEqualTypeOf<{ city: string }>();
  });

  it('infers the argument type from an annotated run', () => {
    const time = functionTool({ name: 'get_time', run: ({ zone }: { zone: string }) => zone });
    expectTypeOf(time).toEqualTypeOf<RunnableFunctionTool<{ zone: string }>>();
  });

  it('defaults the arguments to a JSON object', () => {
    const any = functionTool({ name: 'anything', run: (args) => Object.keys(args) });
    expectTypeOf(any.run).parameter(0).toEqualTypeOf<Record<string, unknown>>();
  });

  it('rejects definitions without run or name, and a run that reads other arguments', () => {
    // @ts-expect-error run is required
    functionTool({ name: 'no_run' });
    // @ts-expect-error name is required
    functionTool({ run: () => 1 });
    // @ts-expect-error the type is always function and is not given
    functionTool({ type: 'web_search', name: 'x', run: () => 1 });
    // @ts-expect-error `town` is not an argument of { city: string }
    functionTool<{ city: string }>({ name: 'get_weather', run: ({ town }) => town });
  });
});

describe('runTools and runToolsStream', () => {
  it('runTools resolves with the final SequrityResponse', () => {
    const result = client.responses.runTools({ model: 'gpt-5-mini', input: 'Hi', tools: [weather] });
    expectTypeOf(result).toEqualTypeOf<APIPromise<SequrityResponse>>();
  });

  it('runToolsStream yields stream events and gives the final response', async () => {
    const loop = client.responses.runToolsStream({ model: 'gpt-5-mini', input: 'Hi', tools: [weather] });
    expectTypeOf(loop).toEqualTypeOf<ToolLoopStream>();
    for await (const event of loop) expectTypeOf(event).toEqualTypeOf<StreamEvent>();
    expectTypeOf(loop.finalResponse()).toEqualTypeOf<Promise<SequrityResponse>>();
  });

  it('accepts plain tools, function tools and functionTools together', () => {
    const webSearch: WebSearchTool = { type: 'web_search' };
    const plain: Tool = { type: 'function', name: 'lookup', parameters: { type: 'object' } };
    const time = functionTool({ name: 'get_time', run: ({ zone }: { zone: string }) => zone });
    client.responses.runTools({
      model: 'gpt-5-mini',
      input: 'Hi',
      tools: [webSearch, plain, weather, time, { type: 'web_search_preview', search_context_size: 'low' }],
    });
  });

  it('takes request options plus maxRounds', () => {
    client.responses.runTools(
      { model: 'gpt-5-mini', input: 'Hi', tools: [weather] },
      { maxRounds: 3, signal: AbortSignal.timeout(1000), sessionId: null, maxRetries: 0 },
    );
    // @ts-expect-error maxRounds is a number
    client.responses.runTools({ model: 'gpt-5-mini', tools: [weather] }, { maxRounds: '3' });
  });

  it('rejects bodies the loop cannot run', () => {
    // @ts-expect-error tools are required
    client.responses.runTools({ model: 'gpt-5-mini', input: 'Hi' });
    // @ts-expect-error the loop picks stream itself (runToolsStream streams)
    client.responses.runTools({ model: 'gpt-5-mini', input: 'Hi', tools: [weather], stream: true });
    // @ts-expect-error misspelled body fields do not compile
    client.responses.runTools({ model: 'gpt-5-mini', inptu: 'Hi', tools: [weather] });
    // @ts-expect-error a tool needs a known type
    client.responses.runTools({ model: 'gpt-5-mini', tools: [{ name: 'lookup' }] });
  });

  it('ToolLoopLimitError carries the last response and the limit', () => {
    expectTypeOf<ToolLoopLimitError['response']>().toEqualTypeOf<SequrityResponse>();
    expectTypeOf<ToolLoopLimitError['maxRounds']>().toEqualTypeOf<number>();
  });
});
