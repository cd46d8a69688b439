// The demo's meter: a fetch wrapper that counts each step's requests and adds up the usage of its JSON replies.
import { describe, expect, it } from 'vitest';
import { addUsage, createMeter } from '../../scripts/demo/meter.js';

const usage = (input: number, output: number) => ({
  input_tokens: input,
  input_tokens_details: { cached_tokens: 0 },
  output_tokens: output,
  output_tokens_details: { reasoning_tokens: 0 },
  total_tokens: input + output,
});

describe('createMeter', () => {
  it('counts requests and statuses, sums the usage of successful JSON replies, and starts over on take()', async () => {
    const replies = [
      Response.json({ usage: usage(10, 5) }),
      new Response('event: x\ndata: {"usage":{"input_tokens":99}}\n\n', {
        headers: { 'content-type': 'text/event-stream' },
      }),
      Response.json({ usage: usage(99, 99) }, { status: 400 }),
      Response.json({ usage: usage(3, 2) }),
    ];
    const meter = createMeter(async () => replies.shift() as Response);
    const bodies = [];
    for (let i = 0; i < 4; i++) bodies.push(await (await meter.fetch('http://127.0.0.1/')).text());
    expect(bodies[0]).toBe(JSON.stringify({ usage: usage(10, 5) })); // the client still reads the whole body
    expect(meter.lastStatus).toBe(200);
    expect(await meter.take()).toEqual({
      requests: 4,
      statuses: [200, 200, 400, 200],
      usage: { input: 13, output: 7, total: 20 },
    });
    expect(await meter.take()).toEqual({ requests: 0, statuses: [], usage: undefined });
  });

  it('adds usage to a sum, leaving it as it is for a response without usage', () => {
    expect(addUsage(undefined, null)).toBeUndefined();
    expect(addUsage({ input: 1, output: 2, total: 3 }, undefined)).toEqual({ input: 1, output: 2, total: 3 });
    expect(addUsage({ input: 1, output: 2, total: 3 }, usage(4, 5))).toEqual({
      input: 5,
      output: 7,
      total: 12,
    });
  });
});
