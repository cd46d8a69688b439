/**
 * The loopback server of `client.bench.ts`, run in its own process: a fixed JSON response for non-streamed
 * requests and a fixed SSE transcript of `argv[2]` text deltas for streamed ones. Prints its URL, then serves until
 * killed.
 *
 * @module
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSseEncoder } from '../src/streaming/sse-encoder.js';

const deltas = Number(process.argv[2] ?? 2000);
const message = (text: string) => ({
  type: 'message',
  id: 'msg_1',
  role: 'assistant',
  status: 'completed',
  content: [{ type: 'output_text', text, annotations: [] }],
});
const response = (status: string, output: unknown[]) => ({
  id: 'resp_1',
  object: 'response',
  created_at: 1_760_000_000,
  model: 'gpt-5-mini',
  status,
  output,
  parallel_tool_calls: true,
  tool_choice: 'auto',
  tools: [],
  usage: { input_tokens: 12, output_tokens: 3, total_tokens: 15 },
});

const json = JSON.stringify(response('completed', [message('97')]));
const encoder = createSseEncoder();
const words = Array.from({ length: deltas }, (_, i) => `word${i} `);
let sequence = 0;
const frame = (event: { type: string; [field: string]: unknown }) =>
  encoder.event({ ...event, sequence_number: sequence++ });
const sse = [
  frame({ type: 'response.created', response: response('in_progress', []) }),
  frame({
    type: 'response.output_item.added',
    output_index: 0,
    item: { ...message(''), status: 'in_progress', content: [] },
  }),
  frame({
    type: 'response.content_part.added',
    item_id: 'msg_1',
    output_index: 0,
    content_index: 0,
    part: { type: 'output_text', text: '', annotations: [] },
  }),
  ...words.map((delta) =>
    frame({
      type: 'response.output_text.delta',
      item_id: 'msg_1',
      output_index: 0,
      content_index: 0,
      delta,
      logprobs: [],
    }),
  ),
  frame({
    type: 'response.output_text.done',
    item_id: 'msg_1',
    output_index: 0,
    content_index: 0,
    text: words.join(''),
    logprobs: [],
  }),
  frame({ type: 'response.output_item.done', output_index: 0, item: message(words.join('')) }),
  frame({ type: 'response.completed', response: response('completed', [message(words.join(''))]) }),
].join('');

const server = createServer((request, reply) => {
  const parts: Buffer[] = [];
  request.on('data', (part: Buffer) => parts.push(part));
  request.on('end', () => {
    const streamed =
      (JSON.parse(Buffer.concat(parts).toString() || '{}') as { stream?: boolean }).stream === true;
    if (streamed) {
      reply.writeHead(200, { 'content-type': 'text/event-stream', 'x-session-id': 'sess-bench' });
      reply.end(sse);
    } else {
      reply.writeHead(200, { 'content-type': 'application/json', 'x-session-id': 'sess-bench' });
      reply.end(json);
    }
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  console.log(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
