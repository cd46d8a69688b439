// Request schemas built to exhaust the emulator's sampler: nesting 100,000 deep, sizes in the billions. Each runs in
// its own process with a small heap, so that a stack overflow or an out-of-memory abort fails only its case.
import { describe, expect, it } from 'vitest';
import { runProbe } from './child.js';

describe('the schema sampler against hostile schemas', () => {
  it('a text.format schema nested 100,000 deep gets a 400 naming the depth limit, and the emulator keeps serving', async () => {
    const result = await runProbe(`
      import { createEmulator } from './src/testing/index.ts';
      const emulator = await createEmulator({ maxBodyBytes: 64 * 1024 * 1024 });
      const post = async (format) => {
        const body = '{"model":"m","input":"x","text":{"format":' + format + '}}';
        const reply = await emulator.fetch('http://e/control/chat/v1/responses', {
          method: 'POST', headers: { authorization: 'Bearer x', 'content-type': 'application/json' }, body,
        });
        return { status: reply.status, body: await reply.json() };
      };
      const schema = '{"type":"object","properties":{"a":'.repeat(100_000) + '{"type":"string"}' + '},"required":["a"]}'.repeat(100_000);
      const deep = await post('{"type":"json_schema","name":"deep","schema":' + schema + '}');
      const after = await post('{"type":"json_schema","name":"flat","schema":{"type":"object","properties":{"a":{"type":"integer"}},"required":["a"]}}');
      console.log(JSON.stringify({ deep: deep.status, loc: deep.body.detail?.[0]?.loc.slice(0, 4), msg: deep.body.detail?.[0]?.msg, after: after.status, text: after.body.output?.[0]?.content?.[0]?.text }));
    `);
    expect(result.code, result.stderr).toBe(0);
    expect(result.report).toEqual({
      deep: 400,
      loc: ['body', 'text', 'format', 'schema'],
      msg: expect.stringMatching(/nested|deep|depth/i) as unknown,
      after: 200,
      text: expect.stringMatching(/^\{"a":-?\d+\}$/) as unknown,
    });
  });

  it('the sampler itself: deep nesting, deep allOf chains and huge sizes end without a value, in bounded time', async () => {
    const result = await runProbe(
      `
      import { exampleValue } from './src/testing/schema-example.ts';
      let nested = { type: 'string' };
      for (let i = 0; i < 100_000; i++) nested = { type: 'object', properties: { a: nested }, required: ['a'] };
      let chain = { type: 'string' };
      for (let i = 0; i < 100_000; i++) chain = { allOf: [chain] };
      let refs = { $defs: {} };
      for (let i = 0; i < 10_000; i++) refs.$defs['d' + i] = { $ref: '#/$defs/d' + (i + 1) };
      refs.$ref = '#/$defs/d0';
      const values = [
        exampleValue(nested),
        exampleValue(chain),
        exampleValue(refs),
        exampleValue({ type: 'string', minLength: 2 ** 31 }),
        exampleValue({ type: 'array', minItems: 2 ** 31 }),
        exampleValue({ type: 'object', minProperties: 2 ** 31 }),
        exampleValue({ type: 'array', items: { type: 'array', items: { type: 'array', minItems: 1000 }, minItems: 1000 }, minItems: 1000 }),
      ];
      console.log(JSON.stringify(values.map((value) => value === undefined ? 'none' : 'value')));
    `,
      { heapMb: 128 },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.report).toEqual(['none', 'none', 'none', 'none', 'none', 'none', 'none']);
  });
});
