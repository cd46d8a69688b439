// Hostile streams, each as the issue found it, through a real 127.0.0.1 server and SequrityClient: the stream ends
// with events or a typed StreamError, finalResponse() settles with the same outcome, and nothing crashes. Cases that
// could kill or exhaust the process (a fatal "invalid size" error, gigabytes of holes, seconds of CPU per event)
// run in their own process with a heap limit; the time limit there is generous and only turns a hang into a failure.
import { describe, expect, it } from 'vitest';
import { SequrityError, StreamError } from '../../src/index.js';
import { clientFor, sseReply, useServers } from '../helpers/sequrity-server.js';
import { sseText } from '../helpers/sse.js';
import { runProbe } from './child.js';

type Event = { type: string; [field: string]: unknown };

const inProgress = { id: 'resp_h', object: 'response', status: 'in_progress', output: [] };
const created: Event = { type: 'response.created', response: inProgress };
const body = { model: 'gpt-5-mini', input: 'Hello', stream: true as const };

/**
 * A probe: serves `events` (a JS expression evaluated in the probe, so large bodies are built there) as SSE on
 * 127.0.0.1, reads them through SequrityClient, and reports the events seen, how iteration ended and how
 * finalResponse() settled.
 */
const streamProbe = (events: string) => `
import { SequrityClient } from './src/index.ts';
import { startServer } from './test/helpers/http-server.ts';
import { sseText } from './test/helpers/sse.ts';

const text = sseText(${events});
const server = await startServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/event-stream' });
  response.end(text);
});
const client = new SequrityClient({ apiKey: 'sqrt-probe-key-0001', baseURL: server.url });
const stream = await client.responses.create({ model: 'm', input: 'x', stream: true });
let events = 0;
let iteration = 'completed';
let error;
try {
  for await (const _ of stream) events++;
} catch (caught) {
  error = caught;
  iteration = caught?.name + ':' + caught?.type;
}
const final = await Promise.race([
  stream.finalResponse().then(
    (response) => 'resolved:' + response.status + ':' + response.output.length,
    (rejected) => (rejected === error ? 'same-error' : 'other-error:' + rejected?.type),
  ),
  new Promise((resolve) => setTimeout(() => resolve('pending'), 5000)),
]);
await server.close();
console.log(JSON.stringify({ bytes: Buffer.byteLength(text), events, iteration, final }));
`;

describe('hostile streams that could kill or exhaust the process (each in its own process)', () => {
  it('output_index 1e9 then EOF (the ~211-byte stream that aborted the process): incomplete-stream, exit 0', async () => {
    const result = await runProbe(
      streamProbe(`[
        { type: 'response.created', response: { id: 'r', object: 'response', status: 'in_progress', output: [] } },
        { type: 'response.output_item.added', output_index: 1e9, item: { id: 'm', type: 'message', content: [] } },
      ]`),
      { heapMb: 64 },
    );
    expect(result.stderr).not.toContain('Fatal');
    expect(result.code).toBe(0);
    expect(result.report).toEqual({
      bytes: expect.any(Number),
      events: 2,
      iteration: 'StreamError:incomplete-stream',
      final: 'same-error',
    });
    expect((result.report as { bytes: number }).bytes).toBeLessThan(300);
  });

  it('output_index 1e7 (11 s and 1.1 GB before): done within a 64 MB heap', async () => {
    const result = await runProbe(
      streamProbe(`[
        { type: 'response.created', response: { id: 'r', object: 'response', status: 'in_progress', output: [] } },
        { type: 'response.output_item.added', output_index: 1e7, item: { id: 'm', type: 'message', content: [] } },
        { type: 'response.completed', response: { id: 'r', object: 'response', status: 'completed', output: [] } },
      ]`),
      { heapMb: 64 },
    );
    expect(result.code).toBe(0);
    expect(result.report).toMatchObject({ iteration: 'completed', final: 'resolved:completed:0' });
  });

  it('output_index 1e8 then 200 function_call_arguments.delta events (about 6 s of CPU each before)', async () => {
    const result = await runProbe(
      streamProbe(`[
        { type: 'response.created', response: { id: 'r', object: 'response', status: 'in_progress', output: [] } },
        { type: 'response.output_item.added', output_index: 1e8, item: { id: 'fc', type: 'function_call', arguments: '' } },
        ...Array.from({ length: 200 }, () => ({
          type: 'response.function_call_arguments.delta', output_index: 1e8, item_id: 'fc', delta: 'x',
        })),
        { type: 'response.completed', response: { id: 'r', object: 'response', status: 'completed', output: [] } },
      ]`),
      { heapMb: 64, timeoutMs: 60_000 },
    );
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(0);
    expect(result.report).toMatchObject({
      events: 203,
      iteration: 'completed',
      final: 'resolved:completed:0',
    });
  });

  it('3 MB events in 64-byte chunks, near maxEventBytes: their bytes are counted in linear time', async () => {
    // Past a third of the limit in UTF-16 units, the decoder counts UTF-8 bytes; counting the held text again for
    // each of the ~47,000 chunks would take minutes.
    const result = await runProbe(
      `
import { createSseDecoder } from './src/index.ts';
const run = (text) => {
  const bytes = new TextEncoder().encode('data: ' + text + '\\n\\n');
  const messages = [];
  const decoder = createSseDecoder({ onMessage: (m) => messages.push(m.data.length), maxEventBytes: 3_000_000 });
  try {
    for (let offset = 0; offset < bytes.length; offset += 64) decoder.feed(bytes.subarray(offset, offset + 64));
    decoder.end();
    return messages;
  } catch (error) {
    return error.type;
  }
};
console.log(JSON.stringify({
  ascii: run('a'.repeat(2_999_990)),
  accents: run('é'.repeat(1_499_995)),
  over: run('é'.repeat(1_500_001)),
}));
`,
      { heapMb: 128, timeoutMs: 60_000 },
    );
    expect(result.timedOut).toBe(false);
    expect(result.report).toEqual({ ascii: [2_999_990], accents: [1_499_995], over: 'event-too-large' });
  });

  it('text beyond the longest string (512 MiB) fed to a ResponseAccumulator: response-too-large, not a RangeError', async () => {
    // The same 64 MiB string appended again and again: V8 shares it (cons strings), so the probe stays small.
    const result = await runProbe(
      `
import { outputText, ResponseAccumulator } from './src/index.ts';
const accumulator = new ResponseAccumulator();
accumulator.add({ type: 'response.created', response: { id: 'r', object: 'response', status: 'in_progress', output: [] } });
accumulator.add({ type: 'response.output_item.added', output_index: 0, item: { id: 'm', type: 'message', content: [] } });
const delta = 'x'.repeat(64 * 1024 * 1024);
let error;
let appended = 0;
try {
  for (; appended < 16; appended++)
    accumulator.add({ type: 'response.output_text.delta', output_index: 0, content_index: 0, item_id: 'm', delta });
} catch (caught) {
  error = caught;
}
// Two parts that each fit, joined by output_text: too long together.
const part = { type: 'output_text', text: delta + delta + delta + delta + delta };
let joined;
try {
  outputText({ output: [{ type: 'message', content: [part, part] }] });
} catch (caught) {
  joined = caught;
}
console.log(JSON.stringify({ appended, error: error?.name + ':' + error?.type, joined: joined?.name + ':' + joined?.type }));
`,
      { heapMb: 512 },
    );
    expect(result.code).toBe(0);
    expect(result.report).toEqual({
      appended: 7,
      error: 'StreamError:response-too-large',
      joined: 'StreamError:response-too-large',
    });
  });
});

describe('hostile streams through SequrityClient and a 127.0.0.1 server', () => {
  const start = useServers();

  /** Streams `events` through SequrityClient; returns what iteration threw and how finalResponse() settled. */
  async function read(events: readonly Event[], options: { abortAfter?: number } = {}) {
    const server = await start((_request, response) => sseReply(response, events));
    const stream = await clientFor(server).responses.create(body);
    let error: unknown;
    let seen = 0;
    try {
      for await (const _ of stream) {
        if (++seen === options.abortAfter) stream.abort();
      }
    } catch (caught) {
      error = caught;
    }
    const final = await stream.finalResponse().then(
      (response) => ({ response }),
      (rejected: unknown) => ({ rejected }),
    );
    return { error, final, seen };
  }

  it.each([5, {}, true])(
    'ends with invalid-event for response.completed whose output is %j, and finalResponse() rejects with it',
    async (output) => {
      const completed = {
        type: 'response.completed',
        response: { ...inProgress, status: 'completed', output },
      };
      const { error, final } = await read([created, completed]);
      expect(error).toBeInstanceOf(StreamError);
      expect(error).toMatchObject({ type: 'invalid-event', response: { id: 'resp_h' } });
      expect(final).toEqual({ rejected: error });
    },
  );

  it('settles finalResponse() when abort() comes after the failure or mid-stream', async () => {
    const completed = {
      type: 'response.completed',
      response: { ...inProgress, status: 'completed', output: true },
    };
    const failed = await read([created, completed], { abortAfter: 1 });
    expect(failed.final).toEqual({ rejected: failed.error });
    expect(failed.error).toMatchObject({ type: 'aborted' });
  });

  it('keeps 200,000 logprobs of one delta (a spread of them overflowed the stack)', async () => {
    const logprobs = Array.from({ length: 200_000 }, () => ({
      token: 'a',
      logprob: 0,
      bytes: [97],
      top_logprobs: [],
    }));
    const item = { id: 'msg_h', type: 'message', role: 'assistant', status: 'in_progress', content: [] };
    const { error, final } = await read([
      created,
      { type: 'response.output_item.added', output_index: 0, item },
      {
        type: 'response.output_text.delta',
        output_index: 0,
        content_index: 0,
        item_id: 'msg_h',
        delta: 'a',
        logprobs,
      },
      { type: 'response.completed', response: { ...inProgress, status: 'completed', output: [] } },
    ]);
    expect(error).toBeUndefined();
    expect(final).toMatchObject({ response: { status: 'completed' } });
  });

  it('rebuilds two shell commands and their outputs, and writes nothing into a message from other event types', async () => {
    const entry = (stdout: string) => ({ stdout, stderr: '', outcome: { type: 'exit', exit_code: 0 } });
    const message = { id: 'msg_h', type: 'message', role: 'assistant', status: 'in_progress', content: [] };
    const events: Event[] = [
      created,
      { type: 'response.output_item.added', output_index: 0, item: message },
      {
        type: 'response.output_item.added',
        output_index: 1,
        item: { id: 'sho', type: 'shell_call_output', call_id: 'c', output: [] },
      },
      ...[0, 1].map((index) => ({
        type: 'response.shell_call_output_content.done',
        output_index: 1,
        item_id: 'sho',
        command_index: index,
        output: [entry(`out ${index}`)],
      })),
      { type: 'response.shell_call_command.added', output_index: 0, command_index: 0, command: 'ls' },
      { type: 'response.function_call_arguments.delta', output_index: 0, item_id: 'msg_h', delta: '{}' },
      {
        type: 'response.content_part.added',
        output_index: 0,
        item_id: 'msg_h',
        content_index: 1,
        part: { type: 'output_text', text: '' },
      },
    ];
    const server = await start((_request, response) => sseReply(response, events));
    const stream = await clientFor(server).responses.create(body);
    await expect(
      (async () => {
        for await (const _ of stream);
      })(),
    ).rejects.toMatchObject({ type: 'incomplete-stream' });
    expect(stream.currentResponse?.output).toEqual([
      message,
      { id: 'sho', type: 'shell_call_output', call_id: 'c', output: [entry('out 0'), entry('out 1')] },
    ]);
  });

  it('never lets anything but a SequrityError out, whatever the bytes', async () => {
    const server = await start((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.end(`${sseText([created])}data: {"type":"response.in_progress","response":null}\n\n`);
    });
    const stream = await clientFor(server).responses.create(body);
    const error = await (async () => {
      try {
        for await (const _ of stream);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(SequrityError);
    expect(error).toMatchObject({ type: 'invalid-event' });
    await expect(stream.finalResponse()).rejects.toBe(error);
  });
});
