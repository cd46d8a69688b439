// Streams shaped like the real protocol: `event:` lines, consecutive sequence numbers, every lifecycle and delta
// event, keepalives during long pauses, pacing, no `[DONE]`; every event valid against the spec.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../src/testing/index.js';
import {
  expectSchema,
  functionTool,
  outputTextOf,
  parseSse,
  post,
  postJson,
  sseEvents,
  type Event,
} from './helpers.js';

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server.close());

async function stream(
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
  base = server.url,
) {
  const reply = await post(base, { model: 'gpt-5-mini', stream: true, ...body }, headers);
  expect(reply.status).toBe(200);
  expect(reply.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
  const text = await reply.text();
  return { text, events: sseEvents(text), headers: reply.headers };
}

const types = (events: Event[]): string[] => events.map((event) => event.type);
const deltas = (events: Event[], type: string): string =>
  events
    .filter((event) => event.type === type)
    .map((event) => event['delta'] as string)
    .join('');

describe('a streamed text answer', () => {
  it('has every lifecycle, structure and delta event, in order, and nothing after the terminal event', async () => {
    const { events, text, headers } = await stream({ input: 'What is the largest prime number below 100?' });
    const kinds = types(events);
    expect(kinds.slice(0, 4)).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
    ]);
    expect(kinds.slice(-4)).toEqual([
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ]);
    expect(kinds.filter((kind) => kind === 'response.output_text.delta').length).toBeGreaterThan(5);
    expect(text).not.toContain('[DONE]');
    expect(text.endsWith('\n\n')).toBe(true);
    expect(headers.get('x-session-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('numbers the events 0, 1, 2, … and validates each against the spec', async () => {
    const { events } = await stream({ input: 'hello there' });
    expect(events.map((event) => event.sequence_number)).toEqual(events.map((_, index) => index));
    for (const event of events) expectSchema('ResponseStreamEvent', event);
  });

  it('rebuilds, from its deltas, the same text as the final response', async () => {
    const { events } = await stream({ input: 'Tell me something long enough to need many deltas, please.' });
    const final = events.at(-1)?.['response'] as Record<string, unknown>;
    expect(deltas(events, 'response.output_text.delta')).toBe(outputTextOf(final));
    expect(events.find((e) => e.type === 'response.output_text.done')?.['text']).toBe(outputTextOf(final));
    expectSchema('Response', final);
    const created = events[0]?.['response'] as Record<string, unknown>;
    expect(created).toMatchObject({ id: final['id'], status: 'in_progress', output: [], usage: null });
  });

  it('sends the same answer as the JSON reply', async () => {
    const input = 'Say hello in one word.';
    const json = await postJson(server.url, { model: 'gpt-5-mini', input });
    const { events } = await stream({ input });
    expect(outputTextOf(events.at(-1)?.['response'] as Record<string, unknown>)).toBe(
      outputTextOf(json.body),
    );
  });
});

describe('a streamed function call', () => {
  it('streams the arguments as deltas, then .done with the name, then the completed item', async () => {
    const tools = [
      functionTool('get_weather', {
        type: 'object',
        properties: { city: { type: 'string' } },
        required: ['city'],
      }),
    ];
    const { events } = await stream({ input: 'get_weather', tools });
    const kinds = types(events);
    expect(kinds).toContain('response.function_call_arguments.delta');
    const done = events.find((event) => event.type === 'response.function_call_arguments.done');
    expect(done).toMatchObject({ name: 'get_weather', arguments: '{"city":"example city"}' });
    expect(deltas(events, 'response.function_call_arguments.delta')).toBe(done?.['arguments']);
    const added = events.find((event) => event.type === 'response.output_item.added')?.['item'];
    expect(added).toMatchObject({ type: 'function_call', status: 'in_progress', arguments: '' });
    expect(events.findLast((event) => event.type === 'response.output_item.done')?.['item']).toMatchObject({
      status: 'completed',
    });
    for (const event of events) expectSchema('ResponseStreamEvent', event);
  });

  it('streams a policy denial as response.failed', async () => {
    const { events } = await stream(
      { input: 'send_email', tools: [functionTool('send_email')] },
      { 'x-policy': JSON.stringify({ codes: { code: 'deny send_email' } }) },
    );
    expect(events.at(-1)?.type).toBe('response.failed');
    expect((events.at(-1)?.['response'] as Record<string, unknown>)['error']).toMatchObject({
      code: 'policy_violation',
    });
    for (const event of events) expectSchema('ResponseStreamEvent', event);
  });
});

describe('pacing', () => {
  it('sends keepalives (numbered like any event) during the pause before the first token', async () => {
    const slow = await startMockServer({ latencyMs: 250, keepaliveIntervalMs: 60 });
    try {
      const started = Date.now();
      const { events } = await stream({ input: 'hi' }, {}, slow.url);
      expect(Date.now() - started).toBeGreaterThanOrEqual(240);
      const kinds = types(events);
      expect(kinds.slice(0, 2)).toEqual(['response.created', 'response.in_progress']);
      expect(kinds.slice(2, 6)).toEqual(['keepalive', 'keepalive', 'keepalive', 'keepalive']);
      expect(kinds[6]).toBe('response.output_item.added');
      expect(events.map((event) => event.sequence_number)).toEqual(events.map((_, index) => index));
      for (const event of events) expectSchema('ResponseStreamEvent', event);
    } finally {
      await slow.close();
    }
  });

  it('sends deltas at tokensPerSecond', async () => {
    const paced = await startMockServer({ tokensPerSecond: 100 });
    try {
      const reply = await post(paced.url, {
        model: 'm',
        stream: true,
        input: 'one two three four five six seven eight',
      });
      const started = Date.now();
      const arrivals: number[] = [];
      const decoder = new TextDecoder();
      for await (const chunk of reply.body as unknown as AsyncIterable<Uint8Array>) {
        if (decoder.decode(chunk).includes('output_text.delta')) arrivals.push(Date.now() - started);
      }
      // 10 deltas ("You said:" + 8 words) at 10 ms each.
      expect(arrivals.length).toBeGreaterThanOrEqual(8);
      expect((arrivals.at(-1) as number) - (arrivals[0] as number)).toBeGreaterThanOrEqual(60);
    } finally {
      await paced.close();
    }
  });

  it('waits latencyMs before the headers of a JSON reply', async () => {
    const slow = await startMockServer({ latencyMs: 150 });
    try {
      const started = Date.now();
      const reply = await post(slow.url, { model: 'm', input: 'hi' });
      expect(Date.now() - started).toBeGreaterThanOrEqual(145);
      expect(reply.status).toBe(200);
      await reply.body?.cancel();
    } finally {
      await slow.close();
    }
  });

  it('stops writing when the client goes away', async () => {
    const slow = await startMockServer({ tokensPerSecond: 20 });
    try {
      const controller = new AbortController();
      const reply = await post(
        slow.url,
        // 200 tokens at 20 per second: the stream would run for 10 s.
        { model: 'm', stream: true, input: 'a '.repeat(200) },
        {},
        (url, init) => fetch(url, { ...init, signal: controller.signal }),
      );
      const reader = (reply.body as ReadableStream<Uint8Array>).getReader();
      await reader.read();
      controller.abort();
      await expect(reader.read()).rejects.toThrow();
      // The server is still serving, and closes well before the stream would have ended (the case's timeout).
      const next = await postJson(slow.url, { model: 'm', input: 'still there?' });
      expect(next.status).toBe(200);
    } finally {
      await slow.close();
    }
  }, 5_000);
});

describe('framing', () => {
  it('writes one event: line equal to the type and one data: line per frame', async () => {
    const reply = await post(server.url, { model: 'm', stream: true, input: 'hi' });
    const frames = (await reply.text()).split('\n\n').filter(Boolean);
    for (const frame of frames) {
      const lines = frame.split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^event: [a-z_.]+$/);
      expect(lines[1]?.startsWith('data: {')).toBe(true);
    }
    expect(parseSse(frames.join('\n\n') + '\n\n')).toHaveLength(frames.length);
  });
});
