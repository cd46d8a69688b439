// Every fault kind, asked for per request (x-emulator-fault) or per server (the fault option), over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResponseStream, StreamError } from '../../src/index.js';
import { FAULT_KINDS, startMockServer, type MockServer } from '../../src/testing/index.js';
import { expectSchema, outputTextOf, post, postJson, sseEvents } from './helpers.js';

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({
    keepaliveIntervalMs: 20,
    oversizedEventBytes: 200_000,
    slowDrip: { bytes: 7, intervalMs: 1 },
  });
});
afterAll(() => server.close());

const body = { model: 'gpt-5-mini', input: 'Tell me about the weather in a few words' };
const streamBody = { ...body, stream: true };
const withFault = (fault: string) => ({ 'x-emulator-fault': fault });

/** Reads a body chunk by chunk; `error` is set when the read failed (a reset connection). */
async function readAll(reply: Response): Promise<{ text: string; chunks: number; error?: unknown }> {
  const reader = (reply.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = '';
  let chunks = 0;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return { text, chunks };
      chunks++;
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    return { text, chunks, error };
  }
}

async function expectStillServing(): Promise<void> {
  const reply = await postJson(server.url, body);
  expect(reply.status).toBe(200);
}

describe('faults that replace the answer', () => {
  it('rate-limit: 429 with retry-after and retry-after-ms', async () => {
    const reply = await postJson(server.url, body, withFault('rate-limit'));
    expect(reply.status).toBe(429);
    expect(reply.headers.get('retry-after')).toBe('1');
    expect(reply.headers.get('retry-after-ms')).toBe('1000');
    expect(String(reply.body['detail'])).toContain('Rate limit exceeded');
    expectSchema('ErrorBody', reply.body);
  });

  it('server-error: 500; service-unavailable: 503 with retry-after', async () => {
    expect((await postJson(server.url, body, withFault('server-error'))).status).toBe(500);
    const unavailable = await postJson(server.url, body, withFault('service-unavailable'));
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('retry-after')).toBe('1');
  });

  it('reset-before-headers: the connection is reset, fetch rejects, the server keeps serving', async () => {
    const failure = await post(server.url, body, withFault('reset-before-headers')).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as TypeError).message).toBe('fetch failed');
    await expectStillServing();
  });

  it('stall: no headers and no bytes until the client gives up', async () => {
    const started = Date.now();
    const failure = await fetch(`${server.url}/control/chat/v1/responses`, {
      method: 'POST',
      headers: { authorization: 'Bearer k', ...withFault('stall') },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(300),
    }).catch((error: unknown) => error);
    expect((failure as Error).name).toBe('TimeoutError');
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(server.requests.findLast((request) => request.fault === 'stall')?.status).toBe(0);
    await expectStillServing();
  });
});

describe('faults that reshape a stream', () => {
  it('drop-mid-stream: headers and some events, then a reset', async () => {
    const reply = await post(server.url, streamBody, withFault('drop-mid-stream'));
    expect(reply.status).toBe(200);
    const { text, error } = await readAll(reply);
    expect(error).toBeInstanceOf(TypeError);
    expect(text).toContain('event: response.created');
    expect(text).not.toContain('response.completed');
    const json = await post(server.url, body, withFault('drop-mid-stream'));
    await expect(json.json()).rejects.toThrow();
    await expectStillServing();
  });

  it('keepalive-only: headers, then only keepalive events', async () => {
    const reply = await post(server.url, streamBody, withFault('keepalive-only'));
    const reader = (reply.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    while ((text.match(/\n\n/g) ?? []).length < 3) text += decoder.decode((await reader.read()).value);
    await reader.cancel();
    const events = sseEvents(text);
    expect(events.map((event) => event.type)).toEqual(events.map(() => 'keepalive'));
    expect(events.map((event) => event.sequence_number)).toEqual(events.map((_, index) => index));
    for (const event of events) expectSchema('ResponseStreamEvent', event);
  });

  it('slow-drip: the same events, in pieces of a few bytes', async () => {
    const normal = await readAll(await post(server.url, streamBody));
    const dripped = await readAll(await post(server.url, streamBody, withFault('slow-drip')));
    expect(dripped.error).toBeUndefined();
    expect(dripped.chunks).toBeGreaterThan(dripped.text.length / 50);
    const strip = (text: string) => sseEvents(text).map((event) => event.type);
    expect(strip(dripped.text)).toEqual(strip(normal.text));
  });

  it('malformed-event: one frame of truncated JSON among valid ones; a strict reader fails on it', async () => {
    const { text } = await readAll(await post(server.url, streamBody, withFault('malformed-event')));
    const frames = text.split('\n\n').filter(Boolean);
    const broken = frames.filter((frame) => {
      try {
        JSON.parse(frame.split('\n')[1]?.slice('data: '.length) ?? '');
        return false;
      } catch {
        return true;
      }
    });
    expect(broken).toHaveLength(1);
    expect(text).toContain('event: response.completed');
    const stream = ResponseStream.fromResponse(
      await post(server.url, streamBody, withFault('malformed-event')),
    );
    const failure = await stream.finalResponse().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StreamError);
    expect((failure as StreamError).type).toBe('invalid-json');
    const json = await post(server.url, body, withFault('malformed-event'));
    expect(json.status).toBe(200);
    await expect(json.json()).rejects.toThrow();
  });

  it('oversized-event: one delta of oversizedEventBytes, which a size-limited reader refuses', async () => {
    const { text } = await readAll(await post(server.url, streamBody, withFault('oversized-event')));
    const events = sseEvents(text);
    const big = events.filter((event) => event.type === 'response.output_text.delta');
    expect(big).toHaveLength(1);
    expect((big[0]?.['delta'] as string).length).toBeGreaterThan(200_000);
    expect(outputTextOf(events.at(-1)?.['response'] as Record<string, unknown>)).toBe(big[0]?.['delta']);
    const limited = ResponseStream.fromResponse(
      await post(server.url, streamBody, withFault('oversized-event')),
      {
        maxEventBytes: 100_000,
      },
    );
    const failure = await limited.finalResponse().catch((error: unknown) => error);
    expect((failure as StreamError).type).toBe('event-too-large');
  });

  it('error-event: the stream starts, then an error event (nested shape) and response.failed', async () => {
    const { text } = await readAll(await post(server.url, streamBody, withFault('error-event')));
    const events = sseEvents(text);
    const kinds = events.map((event) => event.type);
    expect(kinds.slice(0, 2)).toEqual(['response.created', 'response.in_progress']);
    expect(kinds.slice(-2)).toEqual(['error', 'response.failed']);
    expect(events.at(-2)).toMatchObject({ error: { type: 'server_error', code: 'server_error' } });
    for (const event of events) expectSchema('ResponseStreamEvent', event);
    const stream = ResponseStream.fromResponse(await post(server.url, streamBody, withFault('error-event')));
    const failure = await stream.finalResponse().catch((error: unknown) => error);
    expect((failure as StreamError).type).toBe('stream-error-event');
    const json = await postJson(server.url, body, withFault('error-event'));
    expect(json.status).toBe(200);
    expect(json.body).toMatchObject({ status: 'failed', error: { code: 'server_error' } });
    expectSchema('Response', json.body);
  });
});

describe('the fault option', () => {
  it('applies to the first `count` requests, and a request header wins over it', async () => {
    const flaky = await startMockServer({ fault: { kind: 'rate-limit', count: 2 }, retryAfterSeconds: 3 });
    try {
      const statuses = [];
      statuses.push((await postJson(flaky.url, body, withFault('server-error'))).status);
      for (let i = 0; i < 3; i++) statuses.push((await postJson(flaky.url, body)).status);
      expect(statuses).toEqual([500, 429, 429, 200]);
      expect(flaky.requests.map((request) => request.fault)).toEqual([
        'server-error',
        'rate-limit',
        'rate-limit',
        undefined,
      ]);
    } finally {
      await flaky.close();
    }
  });

  it('is checked when the emulator starts', async () => {
    await expect(startMockServer({ fault: 'gremlins' as never })).rejects.toThrow(
      /^Emulator option fault must be one of rate-limit, .*, got "gremlins"\.$/,
    );
  });

  it('lists thirteen documented kinds', () => {
    expect(FAULT_KINDS).toHaveLength(13);
  });
});
