// The emulator against hostile clients: what a long-running emulator must survive without slowing down or growing.
// Each case that could exhaust the process (hours of validation, a gigabyte of log) runs in a child with a heap and a
// time limit, so that the code before the fix fails the case instead of the run. Refused content types and methods
// are pinned by test/testing/validation.test.ts and test/testing/http-routes.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../src/testing/index.js';
import { details, postJson } from '../testing/helpers.js';
import { runProbe } from './child.js';

/** What every probe starts with: an emulator's POST, and a real `gc()`. */
const PRELUDE = `
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createEmulator } from './src/testing/index.ts';
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
const post = (emulator, body) =>
  emulator.fetch('http://emulator/control/chat/v1/responses', {
    method: 'POST',
    headers: { authorization: 'Bearer k', 'content-type': 'application/json' },
    body,
  });
`;

describe('validation', () => {
  it('answers 16,000 and 400,000 bad items with 100 details and a count, in time linear in the body', async () => {
    // Before: 4,000 empty items took 51 s and 708 MB (every union error re-validated the whole body).
    const result = await runProbe(
      `${PRELUDE}
      const emulator = await createEmulator({ requestLogLimit: 0 });
      const found = [];
      for (const n of [16_000, 400_000]) {
        const reply = await post(emulator, '{"model":"m","input":[' + Array(n).fill('{}').join(',') + ']}');
        const { detail } = await reply.json();
        found.push({ status: reply.status, listed: detail.length, first: detail[0], last: detail.at(-1) });
      }
      console.log(JSON.stringify(found));`,
      { heapMb: 256, timeoutMs: 120_000 },
    );
    expect(result.timedOut, result.stderr).toBe(false);
    expect(result.code, result.stderr).toBe(0);
    expect(result.report).toEqual(
      [16_000, 400_000].map((n) => ({
        status: 400,
        listed: 101,
        first: { loc: ['body', 'input', 0, 'id'], msg: 'Field required', type: 'missing' },
        last: {
          loc: ['body'],
          msg: `…and at least ${n - 100} more invalid values; the emulator lists the first 100 problems only.`,
          type: 'too_many_errors',
          ctx: { listed: 100, more: n - 100 },
        },
      })),
    );
  }, 130_000);
});

describe('request log', () => {
  it('keeps 100 rejected 4 MiB bodies within its byte budget', async () => {
    // Before: 150 such requests kept +620 MB for good; 100 of them exceed this probe's 256 MB heap.
    const result = await runProbe(
      `${PRELUDE}
      const emulator = await createEmulator();
      gc();
      const before = process.memoryUsage().heapUsed;
      const big = 'x'.repeat(4 * 1024 * 1024 - 64);
      for (let i = 0; i < 100; i++) {
        const reply = await post(emulator, '{"input":"' + big + i + '"}');
        await reply.arrayBuffer();
        if (reply.status !== 400) throw new Error('status ' + reply.status);
      }
      gc();
      const grewMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
      const requests = emulator.requests;
      console.log(JSON.stringify({
        grewMb,
        logged: requests.length,
        kept: requests.filter((request) => request.body !== undefined).length,
        sized: requests.every((request) => request.bodyBytes > 4_000_000),
      }));`,
      { heapMb: 256, timeoutMs: 90_000 },
    );
    expect(result.code, result.stderr).toBe(0);
    const report = result.report as { grewMb: number; logged: number; kept: number; sized: boolean };
    expect(report).toMatchObject({ logged: 100, kept: 1, sized: true });
    // The 8 MiB budget, and the strings of one body being answered.
    expect(report.grewMb).toBeLessThan(32);
  }, 100_000);
});

describe('tool schemas', () => {
  it('frees the Ajv instances of older generations: 2,000 unique schemas leave two alive', async () => {
    // Before: one Ajv instance kept every schema it compiled (5,000 unique schemas: +600 MB).
    const result = await runProbe(
      `${PRELUDE}
      import { Ajv2020 } from 'ajv/dist/2020.js';
      import { createToolSchemaCache } from './src/testing/tool-schema-cache.ts';
      const instances = [];
      const cache = createToolSchemaCache(() => {
        const ajv = new Ajv2020({ strict: false, validateSchema: true, validateFormats: false, logger: false });
        instances.push(new WeakRef(ajv));
        return ajv;
      });
      for (let n = 0; n < 2000; n++) {
        const check = cache({ type: 'object', properties: { ['p' + n]: { type: 'string' } }, required: ['p' + n] });
        if (check({ ['p' + n]: 'x' }) !== true) throw new Error('schema ' + n);
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
      gc();
      const alive = instances.filter((ref) => ref.deref()).length;
      // The cache is used after the collection, so that the engine cannot treat it (and its instances) as dead.
      const last = cache({ type: 'object', properties: { p1999: { type: 'string' } }, required: ['p1999'] });
      if (last({ p1999: 'x' }) !== true) throw new Error('the newest schema is no longer cached');
      console.log(JSON.stringify({ made: instances.length, alive }));`,
      { heapMb: 256, timeoutMs: 90_000 },
    );
    expect(result.code, result.stderr).toBe(0);
    // 128 schemas per generation (half of the 256 kept).
    expect(result.report).toEqual({ made: 16, alive: 2 });
  }, 100_000);
});

describe('nesting', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer();
  });
  afterAll(() => server.close());

  it('refuses a tool schema nested 100,000 levels with 400 naming the limit, not a 500 stack overflow', async () => {
    const depth = 100_000;
    const schema = '{"type":"object","properties":{"a":'.repeat(depth) + '{}' + '}}'.repeat(depth);
    const reply = await postJson(
      server.url,
      `{"model":"m","input":"hi","tools":[{"type":"function","name":"f","parameters":${schema}}]}`,
    );
    expect(reply.status).toBe(400);
    const [problem, ...rest] = details(reply.body);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ type: 'json_invalid', ctx: { max_depth: 64 } });
    expect(problem?.loc.slice(0, 5)).toEqual(['body', 'tools', 0, 'parameters', 'properties']);
    expect(problem?.msg).toContain('more than 64 levels deep');
  });
});
