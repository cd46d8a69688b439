// The handler used without a socket: `createEmulator().fetch` behaves like fetch against the server (resets,
// drops, aborts), `handle()` marks resets, and the request log masks secrets.
import { describe, expect, it } from 'vitest';
import { createEmulator, isConnectionReset } from '../../src/testing/index.js';
import { AUTH, expectSchema, outputTextOf, post, responsesUrl } from './helpers.js';

const BASE = 'http://emulator.test';

describe('createEmulator().fetch', () => {
  it('answers like the server does', async () => {
    const emulator = await createEmulator();
    const reply = await post(BASE, { model: 'm', input: 'Say hello' }, {}, emulator.fetch);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('x-session-id')).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await reply.json()) as Record<string, unknown>;
    expectSchema('Response', body);
    expect(outputTextOf(body)).toBe('Hello!');
  });

  it('rejects with a TypeError for a reset connection, like fetch', async () => {
    const emulator = await createEmulator();
    const failure = await post(
      BASE,
      { model: 'm' },
      { 'x-emulator-fault': 'reset-before-headers' },
      emulator.fetch,
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as TypeError).message).toBe('fetch failed');
    expect(((failure as TypeError).cause as { code: string }).code).toBe('ECONNRESET');
  });

  it('errors the body with TypeError("terminated") when the stream is dropped', async () => {
    const emulator = await createEmulator();
    const reply = await post(
      BASE,
      { model: 'm', input: 'hi', stream: true },
      { 'x-emulator-fault': 'drop-mid-stream' },
      emulator.fetch,
    );
    const reader = (reply.body as ReadableStream<Uint8Array>).getReader();
    let text = '';
    const failure = await (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return undefined;
        text += new TextDecoder().decode(value);
      }
    })().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as TypeError).message).toBe('terminated');
    expect(text).toContain('response.created');
  });

  it('rejects with the abort reason when a stalled request is aborted', async () => {
    const emulator = await createEmulator();
    const controller = new AbortController();
    const pending = emulator.fetch(responsesUrl(BASE), {
      method: 'POST',
      headers: { ...AUTH, 'x-emulator-fault': 'stall' },
      body: '{"model":"m"}',
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('errors a stream body with the abort reason when the request is aborted mid-stream', async () => {
    const emulator = await createEmulator({ tokensPerSecond: 50 });
    const controller = new AbortController();
    const reply = await emulator.fetch(responsesUrl(BASE), {
      method: 'POST',
      headers: AUTH,
      body: JSON.stringify({ model: 'm', input: 'one two three four five six', stream: true }),
      signal: controller.signal,
    });
    const reader = (reply.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    controller.abort(new Error('user stopped'));
    await expect(
      (async () => {
        for (;;) if ((await reader.read()).done) return 'ended';
      })(),
    ).rejects.toThrow('user stopped');
  });
});

describe('createEmulator().handle', () => {
  it('marks a reset connection instead of throwing', async () => {
    const emulator = await createEmulator({ fault: 'reset-before-headers' });
    const reply = await emulator.handle(
      new Request(responsesUrl(BASE), { method: 'POST', headers: AUTH, body: '{}' }),
    );
    expect(isConnectionReset(reply)).toBe(true);
    expect(isConnectionReset(new Response('x'))).toBe(false);
  });
});

describe('requests', () => {
  it('logs method, path, headers, body and the security documents, with secrets masked', async () => {
    const emulator = await createEmulator();
    await post(
      BASE,
      { model: 'm', input: 'my key is sk-proj-abcdefghijklmnopqrstuvwxyz' },
      {
        authorization: 'Bearer sk-sequrity-0123456789abcdef',
        'x-api-key': 'provider-secret-value',
        'x-features': '{"agent_arch":"dual-llm"}',
        'x-trace': 'Bearer abcdefghijklmnop',
      },
      emulator.fetch,
    );
    const [record] = emulator.requests;
    expect(record).toMatchObject({
      method: 'POST',
      path: '/control/chat/v1/responses',
      status: 200,
      features: { agent_arch: 'dual-llm' },
      body: { model: 'm', input: 'my key is sk-proj-***' },
    });
    expect(record?.headers['authorization']).toBe('***');
    expect(record?.headers['x-api-key']).toBe('***');
    expect(record?.headers['x-trace']).toBe('Bearer ***');
    expect(record?.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    const logged = JSON.stringify(emulator.requests);
    for (const secret of [
      'sk-sequrity-0123456789abcdef',
      'provider-secret-value',
      'abcdefghijklmnopqrstuvwxyz',
    ]) {
      expect(logged).not.toContain(secret);
    }
  });

  it('keeps bodies within requestLogBytes: older entries keep a summary, a body over the budget is never kept', async () => {
    const emulator = await createEmulator({ requestLogBytes: 10_000 });
    const sizes: number[] = [];
    for (const input of ['a'.repeat(4000), 'b'.repeat(4000), 'c'.repeat(4000), 'd'.repeat(20_000)]) {
      const body = JSON.stringify({ model: 'm', input });
      sizes.push(body.length);
      await post(BASE, body, {}, emulator.fetch);
    }
    expect(
      emulator.requests.map((request) => [request.bodyBytes, request.bodyOmitted, request.status]),
    ).toEqual([
      [sizes[0], true, 200],
      [sizes[1], undefined, 200],
      [sizes[2], undefined, 200],
      [sizes[3], true, 200],
    ]);
    expect(emulator.requests[0]?.body).toBeUndefined();
    expect((emulator.requests[2]?.body as { input: string }).input).toBe('c'.repeat(4000));
    expect(emulator.requests[3]?.body).toBeUndefined();
    expect(emulator.requests[3]?.path).toBe('/control/chat/v1/responses');
  });

  it('keeps the newest requestLogLimit requests', async () => {
    const emulator = await createEmulator({ requestLogLimit: 2 });
    for (const input of ['a', 'b', 'c']) await post(BASE, { model: 'm', input }, {}, emulator.fetch);
    expect(emulator.requests.map((request) => (request.body as { input: string }).input)).toEqual(['b', 'c']);
  });
});
