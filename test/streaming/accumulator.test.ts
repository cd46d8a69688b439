// ResponseAccumulator on synthetic event sequences that model what real servers do (labelled per test).
import { describe, expect, it } from 'vitest';
import { outputText, ResponseAccumulator, type StreamEvent } from '../../src/index.js';

type Json = Record<string, unknown>;

const base = { id: 'resp_1', object: 'response', created_at: 1, model: 'm' };
const lifecycle = (type: string, status: string, output: unknown[] = []): StreamEvent =>
  ({ type, response: { ...base, status, output } }) as unknown as StreamEvent;
const event = (fields: Json): StreamEvent => fields as unknown as StreamEvent;

/** Applies the events to a fresh accumulator and returns its snapshot's output. */
function accumulate(...events: StreamEvent[]): Json[] {
  const accumulator = new ResponseAccumulator();
  for (const e of events) accumulator.add(e);
  return (accumulator.snapshot?.output ?? []) as Json[];
}

const created = lifecycle('response.created', 'in_progress');
const addItem = (index: number, item: Json) =>
  event({ type: 'response.output_item.added', output_index: index, item });
const message = (id: string) => ({
  id,
  type: 'message',
  role: 'assistant',
  status: 'in_progress',
  content: [],
});
const textDelta = (fields: Json) =>
  event({
    type: 'response.output_text.delta',
    output_index: 0,
    content_index: 0,
    item_id: 'msg_1',
    ...fields,
  });

describe('ResponseAccumulator', () => {
  it('has no snapshot before the first lifecycle event, and ignores item events until then', () => {
    const accumulator = new ResponseAccumulator();
    accumulator.add(addItem(0, message('msg_1')));
    expect(accumulator.snapshot).toBeUndefined();
  });

  it('appends text deltas and creates a content part whose .added event was skipped', () => {
    const output = accumulate(
      created,
      addItem(0, message('msg_1')),
      textDelta({ delta: 'Hel' }),
      textDelta({ delta: 'lo' }),
    );
    expect(output[0]?.['content']).toEqual([{ type: 'output_text', text: 'Hello' }]);
  });

  it('lets .done events overwrite what the deltas built', () => {
    const output = accumulate(
      created,
      addItem(0, message('msg_1')),
      textDelta({ delta: 'Hel' }),
      event({
        type: 'response.output_text.done',
        output_index: 0,
        content_index: 0,
        item_id: 'msg_1',
        text: 'Hello!',
      }),
    );
    expect(output[0]?.['content']).toEqual([{ type: 'output_text', text: 'Hello!' }]);
  });

  it('keeps the item when its id changes between added and done (the done item wins)', () => {
    const done = {
      ...message('msg_2'),
      status: 'completed',
      content: [{ type: 'output_text', text: 'Hi', annotations: [] }],
    };
    const output = accumulate(
      created,
      addItem(0, message('msg_1')),
      textDelta({ delta: 'Hi' }),
      event({ type: 'response.output_item.done', output_index: 0, item: done }),
    );
    expect(output).toEqual([done]);
  });

  it('finds an item by item_id when output_index is missing', () => {
    const output = accumulate(
      created,
      addItem(0, { id: 'fc_1', type: 'function_call', call_id: 'c', name: 'f', arguments: '' }),
      event({ type: 'response.function_call_arguments.delta', item_id: 'fc_1', delta: '{"a":' }),
      event({ type: 'response.function_call_arguments.delta', item_id: 'fc_1', delta: '1}' }),
    );
    expect(output[0]?.['arguments']).toBe('{"a":1}');
  });

  it('ignores an index past the next free slot and events for items it never saw: output never gets a hole', () => {
    const accumulator = new ResponseAccumulator();
    for (const e of [
      created,
      addItem(2, message('msg_3')),
      addItem(0, message('msg_1')),
      textDelta({ output_index: 7, item_id: 'msg_x', delta: 'lost' }),
      event({ type: 'response.output_item.added', output_index: -1, item: message('bad') }),
      event({ type: 'response.output_item.added', output_index: 1, item: null }),
      event({ type: 'response.function_call_arguments.delta', output_index: 0, item_id: 'msg_1', delta: 42 }),
      event({ type: 'response.reasoning_summary_text.delta', output_index: 9, summary_index: 0, delta: 'x' }),
    ]) {
      accumulator.add(e);
    }
    expect(accumulator.snapshot?.output).toEqual([message('msg_1')]);
    expect(outputText(accumulator.snapshot!)).toBe('');
  });

  it('keeps streamed items when a non-terminal lifecycle event arrives with an empty output', () => {
    const output = accumulate(
      created,
      addItem(0, message('msg_1')),
      lifecycle('response.in_progress', 'in_progress'),
    );
    expect(output).toEqual([message('msg_1')]);
  });

  it('takes the terminal snapshot as it is', () => {
    const final = [
      { ...message('msg_1'), status: 'completed', content: [{ type: 'output_text', text: 'Done' }] },
    ];
    const output = accumulate(
      created,
      addItem(0, message('msg_1')),
      lifecycle('response.completed', 'completed', final),
    );
    expect(output).toEqual(final);
  });

  it('ignores keepalive, audio, partial images and unknown events', () => {
    const before = accumulate(
      created,
      addItem(0, { id: 'ig_1', type: 'image_generation_call', status: 'in_progress' }),
    );
    const after = accumulate(
      created,
      addItem(0, { id: 'ig_1', type: 'image_generation_call', status: 'in_progress' }),
      event({ type: 'keepalive', sequence_number: 3 }),
      event({ type: 'response.audio.delta', delta: 'AAAA' }),
      event({
        type: 'response.image_generation_call.partial_image',
        output_index: 0,
        item_id: 'ig_1',
        partial_image_b64: 'x',
      }),
      event({ type: 'response.totally_new.delta', output_index: 0, item_id: 'ig_1', delta: 'x' }),
    );
    expect(after).toEqual(before);
  });

  it('ignores item events whose index is not a non-negative integer, or whose object is not an object', () => {
    const before = accumulate(created, addItem(0, message('msg_1')));
    const part = { type: 'output_text', text: 'x' };
    const after = accumulate(
      created,
      addItem(0, message('msg_1')),
      addItem(1.5, message('msg_2')),
      addItem(-1, message('msg_3')),
      event({ type: 'response.output_item.added', output_index: '1', item: message('msg_4') }),
      event({ type: 'response.output_item.added', output_index: 1, item: 'not an item' }),
      event({
        type: 'response.content_part.added',
        output_index: 0,
        item_id: 'msg_1',
        content_index: 0.5,
        part,
      }),
      event({
        type: 'response.content_part.added',
        output_index: 0,
        item_id: 'msg_1',
        content_index: null,
        part,
      }),
      event({
        type: 'response.content_part.added',
        output_index: 0,
        item_id: 'msg_1',
        content_index: 0,
        part: 'x',
      }),
      textDelta({ content_index: 1.5, delta: 'lost' }),
    );
    expect(after).toEqual(before);
  });

  it('sets item status from status-only events', () => {
    const output = accumulate(
      created,
      addItem(0, { id: 'ws_1', type: 'web_search_call', status: 'in_progress' }),
      event({ type: 'response.web_search_call.searching', output_index: 0, item_id: 'ws_1' }),
      addItem(1, { id: 'mcp_1', type: 'mcp_call', name: 'n', server_label: 's', arguments: '' }),
      event({ type: 'response.mcp_call.failed', output_index: 1, item_id: 'mcp_1' }),
    );
    expect(output.map((item) => item['status'])).toEqual(['searching', 'failed']);
  });

  it('builds refusals, reasoning text, summaries and annotations', () => {
    const output = accumulate(
      created,
      addItem(0, message('msg_1')),
      event({
        type: 'response.refusal.delta',
        output_index: 0,
        content_index: 0,
        item_id: 'msg_1',
        delta: "I can't",
      }),
      event({
        type: 'response.refusal.delta',
        output_index: 0,
        content_index: 0,
        item_id: 'msg_1',
        delta: ' help.',
      }),
      addItem(1, { id: 'rs_1', type: 'reasoning', summary: [] }),
      event({
        type: 'response.reasoning_summary_part.added',
        output_index: 1,
        item_id: 'rs_1',
        summary_index: 0,
        part: { type: 'summary_text', text: '' },
      }),
      event({
        type: 'response.reasoning_summary_text.delta',
        output_index: 1,
        item_id: 'rs_1',
        summary_index: 0,
        delta: 'Plan',
      }),
      event({
        type: 'response.reasoning_text.delta',
        output_index: 1,
        item_id: 'rs_1',
        content_index: 0,
        delta: 'think',
      }),
      addItem(2, message('msg_2')),
      textDelta({ output_index: 2, item_id: 'msg_2', delta: 'See [1]' }),
      event({
        type: 'response.output_text.annotation.added',
        output_index: 2,
        item_id: 'msg_2',
        content_index: 0,
        annotation_index: 0,
        annotation: {
          type: 'url_citation',
          url: 'https://example.org',
          title: 't',
          start_index: 4,
          end_index: 7,
        },
      }),
    );
    expect(output[0]?.['content']).toEqual([{ type: 'refusal', refusal: "I can't help." }]);
    expect(output[1]).toMatchObject({
      summary: [{ type: 'summary_text', text: 'Plan' }],
      content: [{ type: 'reasoning_text', text: 'think' }],
    });
    expect(output[2]?.['content']).toEqual([
      {
        type: 'output_text',
        text: 'See [1]',
        annotations: [
          { type: 'url_citation', url: 'https://example.org', title: 't', start_index: 4, end_index: 7 },
        ],
      },
    ]);
  });

  it('builds custom tool input, MCP arguments, code, shell commands and apply_patch diffs', () => {
    const output = accumulate(
      created,
      addItem(0, { id: 'ct_1', type: 'custom_tool_call', call_id: 'c', name: 'n', input: '' }),
      event({ type: 'response.custom_tool_call_input.delta', output_index: 0, item_id: 'ct_1', delta: 'ab' }),
      addItem(1, { id: 'mcp_1', type: 'mcp_call', name: 'n', server_label: 's', arguments: '' }),
      event({ type: 'response.mcp_call_arguments.delta', output_index: 1, item_id: 'mcp_1', delta: '{}' }),
      addItem(2, { id: 'ci_1', type: 'code_interpreter_call', container_id: 'c', code: '' }),
      event({
        type: 'response.code_interpreter_call_code.delta',
        output_index: 2,
        item_id: 'ci_1',
        delta: 'print(1)',
      }),
      addItem(3, { id: 'sh_1', type: 'shell_call', call_id: 'c' }),
      event({ type: 'response.shell_call_command.added', output_index: 3, command_index: 0, command: '' }),
      event({ type: 'response.shell_call_command.delta', output_index: 3, command_index: 0, delta: 'ls' }),
      event({ type: 'response.shell_call_command.delta', output_index: 3, command_index: 0, delta: ' -a' }),
      addItem(4, {
        id: 'ap_1',
        type: 'apply_patch_call',
        call_id: 'c',
        status: 'in_progress',
        operation: { type: 'update_file', path: 'a', diff: '' },
      }),
      event({
        type: 'response.apply_patch_call_operation_diff.delta',
        output_index: 4,
        item_id: 'ap_1',
        delta: '@@ -1',
      }),
    );
    expect(output.map((item) => item['input'] ?? item['arguments'] ?? item['code'])).toEqual([
      'ab',
      '{}',
      'print(1)',
      undefined,
      undefined,
    ]);
    expect(output[3]?.['action']).toEqual({ commands: ['ls -a'] });
    expect(output[4]?.['operation']).toEqual({ type: 'update_file', path: 'a', diff: '@@ -1' });
  });

  it('copies items as data: a "__proto__" key from JSON stays a plain property', () => {
    const item = JSON.parse(
      '{"id":"fc_1","type":"function_call","call_id":"c","name":"f","arguments":"","__proto__":{"polluted":true}}',
    );
    const output = accumulate(created, addItem(0, item));
    expect(Object.getPrototypeOf(output[0])).toBe(Object.prototype);
    expect((output[0] as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.keys(output[0] ?? {})).toContain('__proto__');
  });

  it('computes output_text from message output_text parts only, in order', () => {
    const response = {
      output: [
        { type: 'reasoning', summary: [{ type: 'summary_text', text: 'no' }] },
        {
          type: 'message',
          content: [
            { type: 'output_text', text: 'A' },
            { type: 'refusal', refusal: 'no' },
          ],
        },
        { type: 'message', content: [{ type: 'output_text', text: 'B' }] },
      ],
    };
    expect(outputText(response as never)).toBe('AB');
  });
});

describe('ResponseAccumulator: indices and types from a hostile server', () => {
  const part = (type: string, field: string) => ({ type, [field]: '' });
  const onMessage = (fields: Json) => event({ output_index: 0, item_id: 'msg_1', ...fields });

  it('applies an index equal to the length (append) and ignores one past it, in every list', () => {
    const output = accumulate(
      created,
      addItem(1, message('msg_0')),
      addItem(0, message('msg_1')),
      onMessage({ type: 'response.content_part.added', content_index: 1, part: part('output_text', 'text') }),
      onMessage({ type: 'response.content_part.added', content_index: 0, part: part('output_text', 'text') }),
      textDelta({ content_index: 2, delta: 'lost' }),
      onMessage({
        type: 'response.output_text.annotation.added',
        content_index: 0,
        annotation_index: 1,
        annotation: { type: 'file_path', file_id: 'f', index: 0 },
      }),
      addItem(1, { id: 'rs_1', type: 'reasoning', summary: [] }),
      event({
        type: 'response.reasoning_summary_part.added',
        output_index: 1,
        item_id: 'rs_1',
        summary_index: 1,
        part: part('summary_text', 'text'),
      }),
      event({
        type: 'response.reasoning_summary_text.delta',
        output_index: 1,
        item_id: 'rs_1',
        summary_index: 0,
        delta: 'made',
      }),
    );
    expect(output).toEqual([
      { ...message('msg_1'), content: [{ type: 'output_text', text: '' }] },
      { id: 'rs_1', type: 'reasoning', summary: [{ type: 'summary_text', text: 'made' }] },
    ]);
    expect(JSON.stringify(output)).not.toContain('null');
  });

  it.each([1e9, 2 ** 32, 2 ** 53, Number.MAX_VALUE, -1, -0.5, 0.5, Infinity, NaN, '0', null, true, [0], {}])(
    'ignores output_index %j without allocating or scanning',
    (index) => {
      const accumulator = new ResponseAccumulator();
      accumulator.add(created);
      accumulator.add(addItem(index as number, message('msg_x')));
      accumulator.add(
        event({
          type: 'response.function_call_arguments.delta',
          output_index: index,
          item_id: 'x',
          delta: 'a',
        }),
      );
      expect(accumulator.snapshot?.output).toEqual([]);
    },
  );

  it('sets the entry at command_index on shell_call_output_content.done, keeping the other commands', () => {
    const entry = (stdout: string) => ({ stdout, stderr: '', outcome: { type: 'exit', exit_code: 0 } });
    const done = (index: number, stdout: string) =>
      event({
        type: 'response.shell_call_output_content.done',
        output_index: 0,
        item_id: 'sho_1',
        command_index: index,
        output: [entry(stdout)],
      });
    const output = accumulate(
      created,
      addItem(0, { id: 'sho_1', type: 'shell_call_output', call_id: 'c', output: [] }),
      done(0, 'one'),
      done(1, 'two'),
      done(3, 'lost'),
      done(0, 'ONE'),
    );
    expect(output[0]?.['output']).toEqual([entry('ONE'), entry('two')]);
  });

  it('writes nothing into an item or part of another type than the event targets', () => {
    const events = [
      created,
      addItem(0, message('msg_1')),
      onMessage({ type: 'response.content_part.added', content_index: 0, part: part('output_text', 'text') }),
      onMessage({ type: 'response.content_part.added', content_index: 1, part: part('refusal', 'refusal') }),
      addItem(1, { id: 'fc_1', type: 'function_call', call_id: 'c', name: 'f', arguments: '' }),
    ];
    const before = accumulate(...events);
    const after = accumulate(
      ...events,
      event({ type: 'response.shell_call_command.added', output_index: 0, command_index: 0, command: 'ls' }),
      event({ type: 'response.shell_call_command.delta', output_index: 0, command_index: 0, delta: 'ls' }),
      onMessage({ type: 'response.refusal.delta', content_index: 0, delta: 'no' }),
      onMessage({ type: 'response.refusal.done', content_index: 0, refusal: 'no' }),
      onMessage({ type: 'response.output_text.delta', content_index: 1, delta: 'x' }),
      onMessage({ type: 'response.output_text.done', content_index: 1, text: 'x' }),
      onMessage({
        type: 'response.output_text.annotation.added',
        content_index: 1,
        annotation_index: 0,
        annotation: { type: 'file_path', file_id: 'f', index: 0 },
      }),
      onMessage({ type: 'response.function_call_arguments.delta', delta: '{}' }),
      onMessage({ type: 'response.function_call_arguments.done', arguments: '{}' }),
      onMessage({ type: 'response.reasoning_text.delta', content_index: 0, delta: 'x' }),
      onMessage({
        type: 'response.reasoning_summary_part.added',
        summary_index: 0,
        part: part('summary_text', 'text'),
      }),
      onMessage({ type: 'response.code_interpreter_call_code.delta', delta: 'x' }),
      onMessage({ type: 'response.web_search_call.completed' }),
      onMessage({
        type: 'response.shell_call_output_content.delta',
        command_index: 0,
        delta: { stdout: 'x' },
      }),
      event({
        type: 'response.content_part.added',
        output_index: 1,
        item_id: 'fc_1',
        content_index: 0,
        part: part('output_text', 'text'),
      }),
      event({
        type: 'response.output_text.delta',
        output_index: 1,
        item_id: 'fc_1',
        content_index: 0,
        delta: 'x',
      }),
      event({ type: 'response.mcp_call_arguments.delta', output_index: 1, item_id: 'fc_1', delta: 'x' }),
    );
    expect(after).toEqual(before);
  });

  it('ignores fields of the wrong JSON type', () => {
    const events = [created, addItem(0, message('msg_1')), textDelta({ delta: 'ok' })];
    const before = accumulate(...events);
    const after = accumulate(
      ...events,
      textDelta({ delta: 42 }),
      textDelta({ delta: { text: 'x' } }),
      onMessage({ type: 'response.output_text.done', content_index: 0, text: null }),
      onMessage({ type: 'response.content_part.done', content_index: 0, part: ['output_text'] }),
      event({ type: 'response.output_item.done', output_index: 0, item: [message('msg_2')] }),
      textDelta({ delta: 'x', logprobs: 'not a list' }),
    );
    expect(after).toEqual([{ ...message('msg_1'), content: [{ type: 'output_text', text: 'okx' }] }]);
    expect(before[0]?.['content']).toEqual([{ type: 'output_text', text: 'ok' }]);
  });

  it('finds an item by item_id through its id, and forgets an id its item no longer has', () => {
    const fc = (id: string) => ({ id, type: 'function_call', call_id: 'c', name: 'f', arguments: '' });
    const output = accumulate(
      created,
      addItem(0, fc('fc_1')),
      addItem(1, fc('fc_2')),
      event({
        type: 'response.function_call_arguments.delta',
        output_index: 0,
        item_id: 'fc_2',
        delta: 'two',
      }),
      event({ type: 'response.output_item.done', output_index: 1, item: fc('fc_3') }),
      event({
        type: 'response.function_call_arguments.delta',
        output_index: 0,
        item_id: 'fc_2',
        delta: 'one',
      }),
    );
    expect(output.map((item) => item['arguments'])).toEqual(['one', '']);
  });

  it('keeps 200,000 logprobs of one delta, in order', () => {
    const logprobs = Array.from({ length: 200_000 }, (_, index) => ({ token: String(index), logprob: 0 }));
    const output = accumulate(created, addItem(0, message('msg_1')), textDelta({ delta: 'a', logprobs }));
    const kept = (output[0]?.['content'] as Json[])[0]?.['logprobs'] as Json[];
    expect(kept).toHaveLength(200_000);
    expect(kept.at(-1)).toEqual({ token: '199999', logprob: 0 });
  });

  it.each([
    ['not an object', 5],
    ['null', null],
    ['an array', []],
  ])('ends with invalid-event for a lifecycle response that is %s, keeping the snapshot', (_, response) => {
    const accumulator = new ResponseAccumulator();
    accumulator.add(created);
    accumulator.add(addItem(0, message('msg_1')));
    const before = structuredClone(accumulator.snapshot);
    for (const type of ['response.in_progress', 'response.completed']) {
      expect(() => accumulator.add(event({ type, response }))).toThrow(
        expect.objectContaining({ name: 'StreamError', type: 'invalid-event' }),
      );
    }
    expect(accumulator.snapshot).toEqual(before);
  });

  it.each([5, {}, true, 'x'])(
    'ends with invalid-event for a lifecycle response whose output is %j',
    (output) => {
      const accumulator = new ResponseAccumulator();
      accumulator.add(created);
      expect(() =>
        accumulator.add(
          event({ type: 'response.completed', response: { ...base, status: 'completed', output } }),
        ),
      ).toThrow(expect.objectContaining({ type: 'invalid-event' }));
      expect(accumulator.snapshot?.status).toBe('in_progress');
    },
  );

  it('ends with invalid-event for an item nested deeper than 256 levels (JSON.parse accepts any depth)', () => {
    const deep = JSON.parse(
      `{"id":"fc_1","type":"function_call","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    );
    const accumulator = new ResponseAccumulator();
    accumulator.add(created);
    expect(() => accumulator.add(addItem(0, deep))).toThrow(
      expect.objectContaining({ type: 'invalid-event' }),
    );
    expect(accumulator.snapshot?.output).toEqual([]);
  });

  it('computes output_text of a sparse output by its elements, not its length', () => {
    const output: unknown[] = [];
    output[2 ** 32 - 2] = { type: 'message', content: [{ type: 'output_text', text: 'far' }] };
    let reads = 0;
    const counted = new Proxy(output, {
      get: (target, key, receiver) => (reads++, Reflect.get(target, key, receiver)),
      has: (target, key) => (reads++, Reflect.has(target, key)),
    });
    expect(outputText({ output: counted as never })).toBe('far');
    expect(reads).toBeLessThan(10);
  });
});
