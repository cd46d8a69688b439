// The emulator never crashes on bad input: random JSON, wrong types, huge strings, invalid UTF-8, `__proto__` keys
// and truncated bodies all get a 4xx with a detail (or a 200 when the random request happens to be valid), and the
// server keeps serving.
import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../src/testing/index.js';
import { AUTH, expectSchema, post, postJson, responsesUrl } from './helpers.js';

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ maxBodyBytes: 256 * 1024 });
});
afterAll(() => server.close());

/** Sends `body` (text or bytes) with `headers` and checks the reply: 200, or a 4xx whose body is a detail. */
async function expectHandled(
  body: string | Uint8Array,
  headers: Record<string, string> = {},
): Promise<number> {
  const reply = await fetch(responsesUrl(server.url), {
    method: 'POST',
    headers: { ...AUTH, ...headers },
    body: typeof body === 'string' ? body : new Blob([new Uint8Array(body)]),
  });
  const text = await reply.text();
  expect(
    reply.status === 200 || (reply.status >= 400 && reply.status < 500),
    `${reply.status} ${text.slice(0, 300)}`,
  ).toBe(true);
  if (reply.status !== 200) {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expectSchema('DetailErrorBody', parsed);
  }
  return reply.status;
}

async function expectStillServing(): Promise<void> {
  const reply = await postJson(server.url, { model: 'm', input: 'still there?' });
  expect(reply.status).toBe(200);
}

const notString = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
);
const keys = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'model',
  'input',
  'type',
  'role',
  'tools',
);

describe('the emulator under random input', () => {
  it('answers any JSON value as a body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => void (await expectHandled(JSON.stringify(value)))),
      {
        numRuns: 150,
      },
    );
    await expectStillServing();
  });

  it('answers requests whose fields have the wrong types', async () => {
    const body = fc.record(
      {
        model: fc.oneof(fc.string(), notString),
        input: fc.oneof(
          fc.string(),
          notString,
          fc.array(fc.dictionary(keys, fc.jsonValue(), { maxKeys: 4 }), { maxLength: 4 }),
        ),
        tools: fc.oneof(
          notString,
          fc.array(fc.dictionary(keys, fc.jsonValue(), { maxKeys: 4 }), { maxLength: 3 }),
        ),
        tool_choice: fc.oneof(fc.constantFrom('auto', 'none', 'required'), notString),
        stream: fc.oneof(fc.boolean(), notString),
        previous_response_id: fc.oneof(fc.string(), notString),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(body, async (value) => void (await expectHandled(JSON.stringify(value)))),
      { numRuns: 150 },
    );
    await expectStillServing();
  });

  it('answers random security header values', async () => {
    const header = fc.oneof(
      fc.string({ maxLength: 200 }).map((text) => text.replace(/[\r\n\0]/g, ' ')),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc
        .dictionary(
          fc.constantFrom('agent_arch', 'fsm', 'codes', 'mode', '__proto__', 'extra'),
          fc.jsonValue(),
          { maxKeys: 3 },
        )
        .map((value) => JSON.stringify(value)),
    );
    const latin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
    await fc.assert(
      fc.asyncProperty(header, header, header, async (features, policy, config) => {
        await expectHandled(JSON.stringify({ model: 'm', input: 'hi' }), {
          'x-features': latin1(features).trim(),
          'x-policy': latin1(policy).trim(),
          'x-config': latin1(config).trim(),
        });
      }),
      { numRuns: 100 },
    );
    await expectStillServing();
  });

  it('keeps `__proto__` keys as plain data and never pollutes Object.prototype', async () => {
    const payload = fc.jsonValue().map((value) => JSON.stringify(value));
    await fc.assert(
      fc.asyncProperty(payload, fc.constantFrom('body', 'input', 'tool', 'header'), async (value, where) => {
        const polluted = `{"__proto__":{"polluted":${value}},"constructor":{"prototype":{"polluted":1}}}`;
        const bodies: Record<string, string> = {
          body: `{"model":"m","input":"hi","__proto__":{"polluted":${value}}}`,
          input: `{"model":"m","input":[${polluted}]}`,
          tool: `{"model":"m","input":"hi","tools":[{"type":"function","name":"f","parameters":{"type":"object","properties":{"__proto__":{"type":"string"}},"required":["__proto__"]}}]}`,
          header: '{"model":"m","input":"hi"}',
        };
        await expectHandled(bodies[where] as string, where === 'header' ? { 'x-config': polluted } : {});
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: 80 },
    );
  });

  it('answers huge strings, and refuses bodies over the limit with 413', async () => {
    const huge = 'λ'.repeat(50_000); // 2 × 100 KB of UTF-8, under the 256 KiB limit
    expect(await expectHandled(JSON.stringify({ model: huge, input: huge }))).toBe(200);
    expect(await expectHandled(JSON.stringify({ model: 5, input: huge }))).toBe(400);
    expect(await expectHandled(JSON.stringify({ model: 'm', input: 'x'.repeat(300 * 1024) }))).toBe(413);
    await expectStillServing();
  });

  it('answers invalid UTF-8 bodies with 400, saying where', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 300 }), async (bytes) => {
        const status = await expectHandled(bytes);
        expect(status).toBe(400);
      }),
      { numRuns: 100 },
    );
    await expectStillServing();
  });

  it('answers every truncation of a valid body with a json_invalid detail that gives the position', async () => {
    const text = JSON.stringify({
      model: 'gpt-5-mini',
      input: [{ role: 'user', content: 'héllo 👋' }],
      tools: [{ type: 'function', name: 'f' }],
    });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: text.length - 1 }), async (cut) => {
        const reply = await post(server.url, text.slice(0, cut));
        const body = (await reply.json()) as { detail: { type: string; ctx?: { position: number } }[] };
        expect(reply.status).toBe(400);
        expect(body.detail[0]?.type).toBe('json_invalid');
        expect(body.detail[0]?.ctx?.position).toBeLessThanOrEqual(cut);
      }),
      { numRuns: 100 },
    );
  });

  it('survives bodies cut off by the client mid-request', async () => {
    for (const sent of [0, 10, 40]) {
      await new Promise<void>((resolve) => {
        const socket = connect(server.port, '127.0.0.1', () => {
          const body = '{"model":"m","input":"a much longer input than what is sent"}';
          socket.write(
            `POST /control/chat/v1/responses HTTP/1.1\r\nhost: x\r\nauthorization: Bearer k\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n${body.slice(0, sent)}`,
          );
          setTimeout(() => socket.destroy(), 20);
        });
        socket.on('close', () => resolve());
        socket.on('error', () => undefined);
      });
    }
    await expectStillServing();
  });
});
