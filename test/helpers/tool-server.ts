// A loopback server that plays Sequrity Control's Responses API for tool-loop tests. The emulator's own session
// store (src/testing/sessions.ts) keeps the sessions, the responses given and the calls issued, and refuses a
// follow-up exactly as the emulator does: an unknown `previous_response_id`, one from another session, an output
// for a call never issued, a call left without its output. A script decides what each response holds (calls the
// emulator's behaviours never make: bad JSON, unknown tools, thousands of calls), sent as JSON or as the emulator's
// event stream (src/testing/stream-events.ts: one delta per token). Call ids have Sequrity's shape,
// `tc-<session uuid>-<call uuid>`.
import type { ServerResponse } from 'node:http';
import { afterEach } from 'vitest';
import { SequrityClient } from '../../src/client/sequrity-client.js';
import type { SequrityClientOptions } from '../../src/client/options.js';
import { inputEntries } from '../../src/testing/conversation.js';
import { functionCallItem, messageItem, newId, responseSkeleton } from '../../src/testing/response-body.js';
import { newCallId, SessionStore } from '../../src/testing/sessions.js';
import { responseEvents } from '../../src/testing/stream-events.js';
import type { Response as ApiResponse, ResponseCreateParams } from '../../src/types.js';
import { reply, startServer, type ReceivedRequest, type TestServer } from './http-server.js';
import { sse } from './sse.js';

/** A request as the scripted server saw it. */
export interface Turn {
  /** 1-based position among all requests this server received. */
  index: number;
  /** The parsed JSON body. */
  body: Record<string, unknown> & { input?: unknown; tools?: unknown[]; previous_response_id?: string };
  /** The `X-Session-ID` the request carried, if any. */
  sentSession: string | undefined;
  /** The session the request runs in, as the emulator resolves it (the one sent, its previous response's, or new). */
  session: string;
  /** The stored response this request continues, if any. */
  previous: StoredResponse | undefined;
  /** The request as received. */
  request: ReceivedRequest;
}

/** A response the server gave. */
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
      status?: ApiResponse['status'];
      /** When streaming: awaited before each event is written (to pace the stream or hold it open). */
      beforeEvent?: (index: number, response: ServerResponse) => void | Promise<void>;
    }
  | { error: { status: number; body?: unknown; headers?: Record<string, string> } }
  | { write: (response: ServerResponse, encoder: typeof sse) => void | Promise<void> };

export interface ToolServer extends TestServer {
  /** Every request the script answered (or the session checks refused), parsed. */
  turns: Turn[];
  /** Every response given, by id. */
  stored: Map<string, StoredResponse>;
}

/** A `function_call` output item with a Sequrity-style call id in `session`. */
export function functionCall(session: string, name: string, args: unknown): Item {
  const json = typeof args === 'string' ? args : JSON.stringify(args);
  return { ...functionCallItem(newId.functionCall(), newCallId(session), name, json) };
}

/** An assistant message output item. */
export function message(text: string): Item {
  return { ...messageItem(newId.message(), text) };
}

/** The `function_call_output` items of a request body's input. */
export function outputsOf(body: Turn['body']): { type: string; call_id: string; output: unknown }[] {
  return (Array.isArray(body.input) ? body.input : []).filter(
    (item): item is { type: string; call_id: string; output: unknown } =>
      typeof item === 'object' && item !== null && item.type === 'function_call_output',
  );
}

const json = (
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) => reply(response, status, { 'content-type': 'application/json', ...headers }, JSON.stringify(body));

/** Starts the server; `script` answers each request that the session checks let through. */
export async function startToolServer(script: (turn: Turn) => Answer | Promise<Answer>): Promise<ToolServer> {
  const turns: Turn[] = [];
  const stored = new Map<string, StoredResponse>();
  const sessions = new SessionStore();
  const server = await startServer(async (request, response) => {
    const body = JSON.parse(request.body) as Turn['body'];
    const header = request.headers['x-session-id'];
    const sentSession = typeof header === 'string' ? header : undefined;
    const entries = inputEntries(body as ResponseCreateParams);
    const resolution = sessions.resolve(sentSession, body.previous_response_id, entries);
    const refused = Array.isArray(resolution);
    const turn: Turn = {
      index: turns.length + 1,
      body,
      sentSession,
      session: refused ? (sentSession ?? '') : resolution.session.id,
      previous: refused ? undefined : stored.get(resolution.previous?.id ?? ''),
      request,
    };
    turns.push(turn);
    const problems = refused ? resolution : sessions.checkToolOutputs(resolution, entries);
    if (refused || problems.length > 0) return json(response, 400, { detail: problems });

    const answer = await script(turn);
    if ('error' in answer) {
      const { status, body: errorBody = { detail: `error ${status}` }, headers } = answer.error;
      return json(response, status, errorBody, headers);
    }
    if ('write' in answer) return answer.write(response, sse);

    const id = newId.response();
    const calls = answer.output
      .filter((item) => item.type === 'function_call')
      .map((item) => ({ callId: String(item['call_id']), name: String(item['name']) }));
    sessions.record(resolution.session, { id, calls, inputTokens: 0 }, calls.length === 0);
    stored.set(id, { id, session: turn.session, output: answer.output });
    const full: ApiResponse = {
      ...responseSkeleton(body as ResponseCreateParams, id, String(body['model'])),
      status: answer.status ?? 'completed',
      output: answer.output as unknown as ApiResponse['output'],
    };
    const headers = { 'x-session-id': turn.session, 'x-request-id': `req_${turn.index}` };
    if (body['stream'] !== true) return json(response, 200, full, headers);
    response.writeHead(200, { 'content-type': 'text/event-stream', ...headers });
    response.flushHeaders();
    const events = responseEvents(full, { latencyMs: 0, tokensPerSecond: Infinity });
    for (const [index, part] of events.entries()) {
      await answer.beforeEvent?.(index, response);
      if (response.destroyed) return;
      if ('event' in part) response.write(sse.event({ ...part.event, sequence_number: index }));
    }
    response.end();
  });
  return Object.assign(server, { turns, stored });
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
