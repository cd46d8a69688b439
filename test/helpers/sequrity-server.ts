// What the client tests share: loopback servers that close after each test, Sequrity-shaped replies (a JSON
// `Response`, an SSE stream of one), and keys that only value-based redaction can catch.
import type { ServerResponse } from 'node:http';
import { afterEach } from 'vitest';
import { SequrityClient } from '../../src/client/sequrity-client.js';
import type { SequrityClientOptions } from '../../src/client/options.js';
import { reply, startServer, type ReceivedRequest, type TestServer } from './http-server.js';
import { sse } from './sse.js';

// The client tests import it from here with the servers; it lives with the other failure-capturing helpers.
export { rejection } from './collect.js';

/**
 * A Sequrity key that matches none of the redaction patterns (`sk-…`, `Bearer …`), so only the client's own
 * value-based masking can keep it out of errors and logs.
 */
export const API_KEY = 'sqrt-live-7Hc2Qm9ZpX4v';
/** A bring-your-own LLM key, also not pattern-shaped. */
export const LLM_KEY = 'byok-0pEn41-Kw8dLr3T';

export type Handler = (request: ReceivedRequest, response: ServerResponse) => void | Promise<void>;

/** Starts loopback servers that are closed after each test of the calling file. */
export function useServers(): (handler: Handler) => Promise<TestServer> {
  const open: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((server) => server.close()));
  });
  return async (handler) => {
    const server = await startServer(handler);
    open.push(server);
    return server;
  };
}

/** A client for `server` with the test key; anything in `options` wins. */
export function clientFor(server: TestServer, options: SequrityClientOptions = {}): SequrityClient {
  return new SequrityClient({ apiKey: API_KEY, baseURL: server.url, ...options });
}

/** A completed `Response` whose single message says `text`. */
export function responseBody(
  id: string,
  text: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id,
    object: 'response',
    created_at: 1_760_000_000,
    model: 'gpt-5-mini',
    status: 'completed',
    output: [
      {
        id: `msg_${id}`,
        type: 'message',
        role: 'assistant',
        status: 'completed',
        content: [{ type: 'output_text', text, annotations: [] }],
      },
    ],
    ...extra,
  };
}

/** Answers with JSON. */
export function json(
  response: ServerResponse,
  body: unknown,
  headers: Record<string, string> = {},
  status = 200,
): void {
  reply(response, status, { 'content-type': 'application/json', ...headers }, JSON.stringify(body));
}

/** The events of a streamed response: created, one message with `text` split into two deltas, completed. */
export function streamEvents(id: string, text: string): { type: string; [key: string]: unknown }[] {
  const done = responseBody(id, text);
  const inProgress = { ...done, status: 'in_progress', output: [] };
  const half = Math.floor(text.length / 2);
  const item = { id: `msg_${id}`, output_index: 0, content_index: 0 };
  return [
    { type: 'response.created', sequence_number: 0, response: inProgress },
    {
      type: 'response.output_item.added',
      sequence_number: 1,
      output_index: 0,
      item: { id: `msg_${id}`, type: 'message', role: 'assistant', status: 'in_progress', content: [] },
    },
    {
      type: 'response.content_part.added',
      sequence_number: 2,
      item_id: item.id,
      output_index: 0,
      content_index: 0,
      part: { type: 'output_text', text: '', annotations: [] },
    },
    {
      type: 'response.output_text.delta',
      sequence_number: 3,
      item_id: item.id,
      output_index: 0,
      content_index: 0,
      delta: text.slice(0, half),
    },
    {
      type: 'response.output_text.delta',
      sequence_number: 4,
      item_id: item.id,
      output_index: 0,
      content_index: 0,
      delta: text.slice(half),
    },
    { type: 'response.completed', sequence_number: 5, response: done },
  ];
}

/** Events as SSE frames, one string per event (write them separately to make the body arrive in parts). */
export function sseFrames(events: readonly { readonly type: string }[]): string[] {
  return events.map((event) => sse.event(event));
}

/** Answers with an event stream of `events`. */
export function sseReply(
  response: ServerResponse,
  events: readonly { readonly type: string }[],
  headers: Record<string, string> = {},
): void {
  reply(response, 200, { 'content-type': 'text/event-stream', ...headers }, sseFrames(events));
}

/** The request's body as JSON. */
export function bodyOf(request: ReceivedRequest | undefined): Record<string, unknown> {
  if (request === undefined) throw new Error('no request was received');
  return JSON.parse(request.body) as Record<string, unknown>;
}
