// A loopback server that plays Sequrity Control's Responses API for tool-loop tests. It keeps sessions and the
// responses it gave, checks every follow-up the way the real API does (a known `previous_response_id` from the same
// session, exactly one `function_call_output` per pending `call_id`), and answers from a script, as JSON or as an
// SSE stream. Tool-call ids have Sequrity's shape, `tc-<session uuid>-<call uuid>`.
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { afterEach } from 'vitest';
import { SequrityClient } from '../../src/client/sequrity-client.js';
import type { SequrityClientOptions } from '../../src/client/options.js';
import { createSseEncoder } from '../../src/streaming/sse-encoder.js';
import { reply, startServer, type ReceivedRequest, type TestServer } from './http-server.js';

/** A request as the scripted server saw it. */
export interface Turn {
  /** 1-based position among all requests this server received. */
  index: number;
  /** The parsed JSON body. */
  body: Record<string, unknown> & { input?: unknown; tools?: unknown[]; previous_response_id?: string };
  /** The `X-Session-ID` the request carried, if any. */
  sentSession: string | undefined;
  /** The session the request runs in: the one it carried, or a new one. */
  session: string;
  /** The stored response this request continues, if any. */
  previous: StoredResponse | undefined;
  /** The request as received. */
  request: ReceivedRequest;
}

/** A response the server gave, kept for follow-ups. */
export interface StoredResponse {
  id: string;
  session: string;
  output: Item[];
}

type Item = Record<string, unknown> & { type: string };

/** What the script answers: output items (a completed response), or an error reply, or a custom writer. */
export type Answer =
  | {
      output: Item[];
      status?: string;
      /** When streaming: awaited before each event is written (to pace the stream or hold it open). */
      beforeEvent?: (index: number, response: ServerResponse) => void | Promise<void>;
    }
  | { error: { status: number; body?: unknown; headers?: Record<string, string> } }
  | { write: (response: ServerResponse, sse: ReturnType<typeof createSseEncoder>) => void | Promise<void> };

export interface ToolServer extends TestServer {
  /** Every request the script answered (or the checks refused), parsed. */
  turns: Turn[];
  /** Every response given, by id. */
  stored: Map<string, StoredResponse>;
}

/** A `function_call` output item with a Sequrity-style call id in `session`. */
export function functionCall(session: string, name: string, args: unknown): Item {
  const call = randomUUID();
  return {
    type: 'function_call',
    id: `fc_${call}`,
    call_id: `tc-${session}-${call}`,
    name,
    arguments: typeof args === 'string' ? args : JSON.stringify(args),
    status: 'completed',
  };
}

/** An assistant message output item. */
export function message(text: string): Item {
  return {
    type: 'message',
    id: `msg_${randomUUID()}`,
    role: 'assistant',
    status: 'completed',
    content: [{ type: 'output_text', text, annotations: [] }],
  };
}

/** The `function_call_output` items of a request body's input. */
export function outputsOf(body: Turn['body']): { type: string; call_id: string; output: unknown }[] {
  return (Array.isArray(body.input) ? body.input : []).filter(
    (item): item is { type: string; call_id: string; output: unknown } =>
      typeof item === 'object' && item !== null && item.type === 'function_call_output',
  );
}

/** Starts the server; `script` answers each request that passed the checks. */
export async function startToolServer(script: (turn: Turn) => Answer | Promise<Answer>): Promise<ToolServer> {
  const turns: Turn[] = [];
  const stored = new Map<string, StoredResponse>();
  const sse = createSseEncoder();
  const server = await startServer(async (request, response) => {
    const body = JSON.parse(request.body) as Turn['body'];
    const header = request.headers['x-session-id'];
    const sentSession = typeof header === 'string' ? header : undefined;
    const session = sentSession ?? randomUUID();
    const previous =
      body.previous_response_id === undefined ? undefined : stored.get(body.previous_response_id);
    const turn: Turn = { index: turns.length + 1, body, sentSession, session, previous, request };
    turns.push(turn);
    const refusal = check(turn);
    if (refusal !== undefined) {
      reply(response, 400, { 'content-type': 'application/json' }, JSON.stringify({ detail: refusal }));
      return;
    }
    const answer = await script(turn);
    if ('error' in answer) {
      const { status, body: errorBody = { detail: `error ${status}` }, headers = {} } = answer.error;
      reply(response, status, { 'content-type': 'application/json', ...headers }, JSON.stringify(errorBody));
      return;
    }
    if ('write' in answer) {
      await answer.write(response, sse);
      return;
    }
    const id = `resp_${randomUUID()}`;
    stored.set(id, { id, session, output: answer.output });
    const full = responseObject(id, body, answer.output, answer.status ?? 'completed');
    const headers = { 'x-session-id': session, 'x-request-id': `req_${turn.index}` };
    if (body['stream'] === true) {
      response.writeHead(200, { 'content-type': 'text/event-stream', ...headers });
      response.flushHeaders();
      for (const [index, event] of streamEvents(full).entries()) {
        await answer.beforeEvent?.(index, response);
        if (response.destroyed) return;
        response.write(sse.event(event));
      }
      response.end();
    } else {
      reply(response, 200, { 'content-type': 'application/json', ...headers }, JSON.stringify(full));
    }
  });
  return Object.assign(server, { turns, stored });
}

/** What the real API refuses: an unknown previous response, a foreign session, unpaired or duplicate outputs. */
function check(turn: Turn): string | undefined {
  const { body, previous } = turn;
  const outputs = outputsOf(body);
  if (body.previous_response_id === undefined) {
    return outputs.length > 0 ? 'function_call_output without previous_response_id' : undefined;
  }
  if (previous === undefined) return `Previous response with id '${body.previous_response_id}' not found.`;
  if (turn.sentSession !== previous.session)
    return `Response ${previous.id} belongs to another session than ${String(turn.sentSession)}.`;
  const pending = previous.output
    .filter((item) => item.type === 'function_call')
    .map((item) => item['call_id'] as string);
  const seen = new Set<string>();
  for (const output of outputs) {
    if (!pending.includes(output.call_id))
      return `No tool call found for function call output ${output.call_id}.`;
    if (seen.has(output.call_id)) return `Duplicate function call output for ${output.call_id}.`;
    if (typeof output.output !== 'string') return `The output of ${output.call_id} is not a string.`;
    seen.add(output.call_id);
  }
  for (const callId of pending) {
    if (!seen.has(callId)) return `No tool output found for function call ${callId}.`;
  }
  return undefined;
}

function responseObject(id: string, body: Turn['body'], output: Item[], status: string) {
  return {
    id,
    object: 'response',
    created_at: 1_760_000_000,
    model: body['model'],
    status,
    output,
    parallel_tool_calls: body['parallel_tool_calls'] ?? true,
    tool_choice: body['tool_choice'] ?? 'auto',
    tools: body.tools ?? [],
    previous_response_id: body.previous_response_id ?? null,
    instructions: body['instructions'] ?? null,
  };
}

/** The event stream of a response, as OpenAI streams it: created, each item added/deltas/done, completed. */
export function streamEvents(
  full: ReturnType<typeof responseObject>,
): ({ type: string } & Record<string, unknown>)[] {
  let sequence = 0;
  const events: ({ type: string } & Record<string, unknown>)[] = [];
  const push = (type: string, fields: Record<string, unknown>) =>
    events.push({ type, sequence_number: sequence++, ...fields });
  push('response.created', { response: { ...full, status: 'in_progress', output: [] } });
  push('response.in_progress', { response: { ...full, status: 'in_progress', output: [] } });
  full.output.forEach((item, outputIndex) => {
    const itemId = item['id'];
    if (item.type === 'function_call') {
      const args = item['arguments'] as string;
      push('response.output_item.added', {
        output_index: outputIndex,
        item: { ...item, arguments: '', status: 'in_progress' },
      });
      const half = Math.ceil(args.length / 2);
      for (const delta of [args.slice(0, half), args.slice(half)]) {
        push('response.function_call_arguments.delta', { output_index: outputIndex, item_id: itemId, delta });
      }
      push('response.function_call_arguments.done', {
        output_index: outputIndex,
        item_id: itemId,
        arguments: args,
      });
    } else if (item.type === 'message') {
      const text = (item['content'] as { text: string }[])[0]?.text ?? '';
      push('response.output_item.added', {
        output_index: outputIndex,
        item: { ...item, status: 'in_progress', content: [] },
      });
      const where = { output_index: outputIndex, item_id: itemId, content_index: 0 };
      push('response.content_part.added', {
        ...where,
        part: { type: 'output_text', text: '', annotations: [] },
      });
      push('response.output_text.delta', { ...where, delta: text });
      push('response.output_text.done', { ...where, text });
      push('response.content_part.done', { ...where, part: { type: 'output_text', text, annotations: [] } });
    } else {
      push('response.output_item.added', { output_index: outputIndex, item });
    }
    push('response.output_item.done', { output_index: outputIndex, item });
  });
  push(full.status === 'failed' ? 'response.failed' : 'response.completed', { response: full });
  return events;
}

/**
 * For a test file: `serve(script)` starts a tool server (closed after each test) and `client(server)` points a
 * `SequrityClient` at it, with no retries so that each refused follow-up shows; anything in `options` wins.
 */
export function useToolServer(): {
  serve(script: (turn: Turn) => Answer | Promise<Answer>): Promise<ToolServer>;
  client(server: ToolServer, options?: SequrityClientOptions): SequrityClient;
} {
  const open: ToolServer[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((server) => server.close()));
  });
  return {
    async serve(script) {
      const server = await startToolServer(script);
      open.push(server);
      return server;
    },
    client: (server, options = {}) =>
      new SequrityClient({ apiKey: 'sk-test-tool-loop', baseURL: server.url, maxRetries: 0, ...options }),
  };
}
