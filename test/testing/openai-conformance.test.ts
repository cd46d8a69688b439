// Wire compatibility with the most-used client: the official `openai` package pointed at the emulator — the newest
// openai on Node ≥ 22, the pinned one on Node 20 (test/helpers/openai-package.ts).
import type OpenAI from 'openai';
import type { BadRequestError, RateLimitError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../src/testing/index.js';
import { loadOpenAI } from '../helpers/openai-package.js';
import { expectSchema } from './helpers.js';

const openaiPackage = await loadOpenAI();
const { default: OpenAIClient } = openaiPackage.module;

let server: MockServer;
let openai: OpenAI;
beforeAll(async () => {
  server = await startMockServer();
  openai = new OpenAIClient({ apiKey: 'test', baseURL: `${server.url}/control/chat/v1`, maxRetries: 0 });
});
afterAll(() => server.close());

describe(`the openai package (${openaiPackage.name}, openai ${openaiPackage.version}) against the emulator`, () => {
  it('creates a response without streaming', async () => {
    const response = await openai.responses.create({
      model: 'gpt-5-mini',
      input: 'What is the largest prime number below 100?',
    });
    expect(response.status).toBe('completed');
    expect(response.output_text).toBe('The largest prime number below 100 is 97.');
    expect(response.usage?.total_tokens).toBeGreaterThan(0);
    expect(server.requests.at(-1)?.headers['authorization']).toBe('***');
  });

  it('streams a response: raw events, and the helper’s final response', async () => {
    const stream = await openai.responses.create({
      model: 'gpt-5-mini',
      input: 'Say hello in one word.',
      stream: true,
    });
    const types: string[] = [];
    let text = '';
    for await (const event of stream) {
      types.push(event.type);
      expectSchema('ResponseStreamEvent', event);
      if (event.type === 'response.output_text.delta') text += event.delta;
    }
    expect(types[0]).toBe('response.created');
    expect(types.at(-1)).toBe('response.completed');
    expect(text).toBe('Hello!');

    const helper = openai.responses.stream({ model: 'gpt-5-mini', input: 'Say hello in one word.' });
    const final = await helper.finalResponse();
    expect(final.output_text).toBe('Hello!');
    expect(final.status).toBe('completed');
  });

  it('runs a function-calling round trip with previous_response_id', async () => {
    const tools: OpenAI.Responses.Tool[] = [
      {
        type: 'function',
        name: 'get_weather',
        strict: true,
        parameters: {
          type: 'object',
          properties: { city: { type: 'string' } },
          required: ['city'],
          additionalProperties: false,
        },
      },
    ];
    const first = await openai.responses.create({ model: 'gpt-5-mini', input: 'get_weather', tools });
    const call = first.output.find((item) => item.type === 'function_call');
    expect(call?.type === 'function_call' && JSON.parse(call.arguments)).toEqual({ city: 'example city' });
    const second = await openai.responses.create({
      model: 'gpt-5-mini',
      previous_response_id: first.id,
      input: [
        {
          type: 'function_call_output',
          call_id: call?.type === 'function_call' ? call.call_id : '',
          output: 'sunny',
        },
      ],
      tools,
    });
    expect(second.output_text).toBe('The tools returned:\nget_weather: sunny');
  });

  it('sees a 400 from the emulator as its BadRequestError', async () => {
    const failure = await openai.responses
      .create({ model: 'gpt-5-mini', input: 'hi', previous_response_id: 'resp_missing' })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(openaiPackage.module.BadRequestError);
    expect((failure as BadRequestError).status).toBe(400);
    // Sequrity (FastAPI) bodies carry `detail`, not `error.message`: openai 6 then shows no message at all, openai 7
    // shows the body's JSON. That is what users of the openai package see from the real server too.
    const { message } = failure as BadRequestError;
    if (openaiPackage.version.startsWith('6.')) expect(message).toBe('400 status code (no body)');
    else expect(message).toMatch(/^400 \{"detail":\[\{"loc":\["body","previous_response_id"\]/);
    expect((failure as BadRequestError).requestID).toMatch(/^req_/);
  });

  it('sees an injected rate limit as its RateLimitError', async () => {
    const failure = await openai.responses
      .create({ model: 'gpt-5-mini', input: 'hi' }, { headers: { 'x-emulator-fault': 'rate-limit' } })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(openaiPackage.module.RateLimitError);
    expect((failure as RateLimitError).headers?.get('retry-after')).toBe('1');
  });
});
