// Requests are validated against the bundled spec's own schemas; errors are FastAPI-style `detail` lists naming the
// one field at fault.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../src/testing/index.js';
import { details, expectSchema, post, postJson } from './helpers.js';

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server.close());

async function problems(body: unknown, headers: Record<string, string> = {}) {
  const reply = await postJson(server.url, body, headers);
  expect(reply.status).toBe(400);
  expectSchema('ErrorBody', reply.body);
  expectSchema('DetailErrorBody', reply.body);
  return details(reply.body);
}

const valid = { model: 'gpt-5-mini', input: 'hi' };

describe('security headers', () => {
  it('names the bad field of X-Features', async () => {
    expect(await problems(valid, { 'x-features': '{"agent_arch":"triple-llm"}' })).toEqual([
      {
        loc: ['header', 'X-Features', 'agent_arch'],
        msg: "Input should be 'single-llm' or 'dual-llm'",
        type: 'enum',
      },
    ]);
  });

  it('rejects unknown fields of X-Config sections', async () => {
    expect(await problems(valid, { 'x-config': '{"fsm":{"max_n_turns":5,"max_turns":5}}' })).toEqual([
      {
        loc: ['header', 'X-Config', 'fsm', 'max_turns'],
        msg: 'Extra inputs are not permitted',
        type: 'extra_forbidden',
      },
    ]);
  });

  it('checks X-Config bounds and X-Policy enums', async () => {
    const found = await problems(valid, {
      'x-config': '{"fsm":{"max_n_turns":0}}',
      'x-policy': '{"codes":{"code":"","language":"python"}}',
    });
    expect(found.map((d) => [d.loc, d.type])).toEqual([
      [['header', 'X-Policy', 'codes', 'language'], 'enum'],
      [['header', 'X-Config', 'fsm', 'max_n_turns'], 'greater_than_equal'],
    ]);
  });

  it('says where a header holds malformed JSON, without echoing it', async () => {
    const header = '{"codes": {"code": "sk-secret-value-12345"';
    const [problem, ...rest] = await problems(valid, { 'x-policy': header });
    expect(rest).toEqual([]);
    expect(problem?.loc).toEqual(['header', 'X-Policy']);
    expect(problem?.type).toBe('json_invalid');
    // The text ended: the position is its length, the column one past its last character.
    expect(problem?.msg).toBe(
      `Invalid JSON in X-Policy at line 1, column ${header.length + 1} (position ${header.length}): the text ended; expected ',' or '}'`,
    );
    expect(JSON.stringify(problem)).not.toContain('sk-secret');
  });

  it('decodes raw UTF-8 header bytes, and rejects bytes that are not UTF-8', async () => {
    const code = Buffer.from('{"codes":{"code":"deny café"}}', 'utf8').toString('latin1');
    const accepted = await post(server.url, valid, { 'x-policy': code });
    expect(accepted.status).toBe(200);
    await accepted.body?.cancel();
    const [problem] = await problems(valid, {
      'x-policy': Buffer.from([0x7b, 0xff, 0x7d]).toString('latin1'),
    });
    expect(problem).toMatchObject({ loc: ['header', 'X-Policy'], type: 'json_invalid' });
    expect(problem?.msg).toContain('not valid UTF-8 (first invalid byte at offset 1)');
  });
});

describe('body', () => {
  it('reports every wrong field at once', async () => {
    expect(await problems({ model: 5, stream: 'yes', temperature: 3 })).toEqual([
      { loc: ['body', 'model'], msg: 'Input should be a valid string', type: 'string_type' },
      { loc: ['body', 'stream'], msg: 'Input should be a valid boolean', type: 'bool_type' },
      {
        loc: ['body', 'temperature'],
        msg: 'Input should be less than or equal to 2',
        type: 'less_than_equal',
      },
    ]);
  });

  it('requires model, and a body at all', async () => {
    expect(await problems({ input: 'hi' })).toEqual([
      { loc: ['body', 'model'], msg: 'Field required', type: 'missing' },
    ]);
    expect(await problems('')).toEqual([{ loc: ['body'], msg: 'Field required', type: 'missing' }]);
  });

  it('names the field inside the input item the value meant, not every union member', async () => {
    const found = await problems({
      model: 'm',
      input: [
        { role: 'user', content: 'hi' },
        { type: 'function_call_output', call_id: 7, output: 'done' },
      ],
    });
    expect(found).toEqual([
      { loc: ['body', 'input', 1, 'call_id'], msg: 'Input should be a valid string', type: 'string_type' },
    ]);
  });

  it('names the missing field of a tool', async () => {
    expect(await problems({ model: 'm', tools: [{ type: 'function' }] })).toEqual([
      { loc: ['body', 'tools', 0, 'name'], msg: 'Field required', type: 'missing' },
    ]);
  });

  it('reports an unknown item type as a tag error', async () => {
    const [problem] = await problems({ model: 'm', input: [{ type: 'telepathy', thought: 'hi' }] });
    expect(problem?.loc).toEqual(['body', 'input', 0, 'type']);
    expect(problem?.type).toBe('union_tag_invalid');
    expect(problem?.msg).toContain('"function_call_output"');
  });

  it('says what a value of the wrong JSON type should be', async () => {
    expect(await problems({ model: 'm', input: 42 })).toEqual([
      { loc: ['body', 'input'], msg: 'Input should be a valid string or a valid list', type: 'string_type' },
    ]);
    expect(await problems([valid])).toEqual([
      { loc: ['body'], msg: 'Input should be a valid dictionary', type: 'dict_type' },
    ]);
  });

  it('says where the body is malformed JSON', async () => {
    const [problem] = await problems('{\n  "model": "m",\n  "input": hi\n}');
    expect(problem).toMatchObject({ loc: ['body'], type: 'json_invalid' });
    expect(problem?.msg).toBe(
      'Invalid JSON in the request body at line 3, column 12 (position 29): unexpected "h"; expected a value',
    );
  });

  it('says where the body is not UTF-8', async () => {
    const reply = await fetch(`${server.url}/control/chat/v1/responses`, {
      method: 'POST',
      headers: { authorization: 'Bearer k' },
      body: new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
    });
    const [problem] = details((await reply.json()) as Record<string, unknown>);
    expect(problem?.msg).toBe('The request body is not valid UTF-8 (first invalid byte at offset 2).');
  });
});

describe('large bodies', () => {
  const ok = { role: 'user', content: 'hi' };
  const bad = [
    { type: 'function_call_output', call_id: 7, output: 'done' },
    { type: 'message', role: 'robot', content: 'x' },
    { type: 'telepathy' },
    42,
  ];

  it('names the same problem in a body too large to explain in one pass as in a small one', async () => {
    for (const item of bad) {
      const [alone] = await problems({ model: 'm', input: [item] });
      const inLarge = await problems({ model: 'm', input: [...Array<unknown>(300).fill(ok), item] });
      expect(inLarge).toEqual([{ ...alone, loc: (alone?.loc ?? []).map((s) => (s === 0 ? 300 : s)) }]);
    }
  });

  it('lists the first 100 problems, and counts the rest in a last entry', async () => {
    const found = await problems({ model: 'm', input: Array<unknown>(1000).fill({}) });
    expect(found).toHaveLength(101);
    expect(found[0]).toEqual({ loc: ['body', 'input', 0, 'id'], msg: 'Field required', type: 'missing' });
    expect(found[99]?.loc).toEqual(['body', 'input', 99, 'id']);
    expect(found[100]).toEqual({
      loc: ['body'],
      msg: '…and at least 900 more invalid values; the emulator lists the first 100 problems only.',
      type: 'too_many_errors',
      ctx: { listed: 100, more: 900 },
    });
  });

  it('caps the many errors of a small value too', async () => {
    const tools = Array.from({ length: 120 }, () => ({ type: 'function' }));
    const found = await problems({ model: 'm', tools });
    expect(found).toHaveLength(101);
    expect(found.at(-1)).toMatchObject({ type: 'too_many_errors', ctx: { listed: 100, more: 20 } });
  });
});

describe('nesting', () => {
  /** A body `depth` levels deep: a tool's `parameters` (level 4) whose `examples` nest arrays. */
  const bodyOfDepth = (depth: number): string =>
    `{"model":"m","input":"hi","tool_choice":"none","tools":[{"type":"function","name":"f","parameters":{"type":"object","examples":${'['.repeat(depth - 4)}${']'.repeat(depth - 4)}}}]}`;

  it('accepts 64 levels of nesting, and refuses 65 naming the limit', async () => {
    const deepest = await post(server.url, bodyOfDepth(64));
    expect(deepest.status).toBe(200);
    await deepest.body?.cancel();
    const [problem, ...rest] = await problems(bodyOfDepth(65));
    expect(rest).toEqual([]);
    expect(problem).toEqual({
      loc: ['body', 'tools', 0, 'parameters', 'examples', 0, 0, 0, 0],
      msg: 'Invalid JSON in the request body: arrays and objects nest more than 64 levels deep (the location shows the first levels); the emulator accepts at most 64.',
      type: 'json_invalid',
      ctx: { max_depth: 64 },
    });
  });

  it('refuses a header document nested too deeply', async () => {
    const [problem] = await problems(valid, { 'x-config': '{"fsm":'.repeat(70) + '{}' + '}'.repeat(70) });
    expect(problem).toMatchObject({
      loc: ['header', 'X-Config', ...Array(8).fill('fsm')],
      type: 'json_invalid',
    });
    expect(problem?.msg).toContain(
      'Invalid JSON in X-Config: arrays and objects nest more than 64 levels deep',
    );
  });
});

describe('content type', () => {
  it('answers 422 for a JSON body sent as text/plain, as FastAPI does, and never runs it', async () => {
    const before = server.requests.length;
    const reply = await postJson(server.url, valid, { 'content-type': 'text/plain;charset=UTF-8' });
    expect(reply.status).toBe(422);
    expectSchema('DetailErrorBody', reply.body);
    expect(reply.body).toEqual({
      detail: [
        {
          loc: ['body'],
          msg: 'Input should be a valid dictionary or object to extract fields from',
          type: 'model_attributes_type',
        },
      ],
    });
    expect(server.requests.slice(before).at(-1)?.sessionId).toBeUndefined();
  });

  it('parses application/json with parameters, application/*+json, and a body without a content type', async () => {
    for (const type of ['Application/JSON; charset=utf-8', 'application/vnd.sequrity+json']) {
      const reply = await post(server.url, valid, { 'content-type': type });
      expect(reply.status, type).toBe(200);
      await reply.body?.cancel();
    }
    const untyped = await fetch(`${server.url}/control/chat/v1/responses`, {
      method: 'POST',
      headers: { authorization: 'Bearer k' },
      body: new TextEncoder().encode(JSON.stringify(valid)),
    });
    expect(untyped.status).toBe(200);
    await untyped.body?.cancel();
  });

  it('refuses forms and text whatever the body holds', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'text/json', 'application/json/x', 'json']) {
      const reply = await post(server.url, valid, { 'content-type': type });
      expect(reply.status, type).toBe(422);
      await reply.body?.cancel();
    }
  });
});

describe('path', () => {
  it('validates endpoint_type and provider against the spec enums', async () => {
    const bad = await fetch(`${server.url}/control/poetry/v1/responses`, {
      method: 'POST',
      headers: { authorization: 'Bearer k', 'content-type': 'application/json' },
      body: JSON.stringify(valid),
    });
    expect(details((await bad.json()) as Record<string, unknown>)).toEqual([
      {
        loc: ['path', 'endpoint_type'],
        msg: "Input should be 'chat', 'code', 'agent' or 'lang-graph'",
        type: 'enum',
      },
    ]);
    const provider = await fetch(`${server.url}/control/chat/anthropic/v1/responses`, {
      method: 'POST',
      headers: { authorization: 'Bearer k', 'content-type': 'application/json' },
      body: JSON.stringify(valid),
    });
    expect(details((await provider.json()) as Record<string, unknown>)[0]?.loc).toEqual(['path', 'provider']);
  });
});

describe('x-emulator-fault', () => {
  it('rejects an unknown fault kind and lists the kinds', async () => {
    const [problem] = await problems(valid, { 'x-emulator-fault': 'meteor-strike' });
    expect(problem?.loc).toEqual(['header', 'x-emulator-fault']);
    expect(problem?.msg).toContain('rate-limit, server-error');
  });
});
