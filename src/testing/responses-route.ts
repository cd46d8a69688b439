// `POST /control/{endpoint_type}[/{provider}]/v1/responses`: authentication, faults, validation, sessions, the turn
// (or a replayed recording), and the reply as JSON or as an event stream.
import type { Response as ApiResponse } from '../types.js';
import { inputEntries } from './conversation.js';
import {
  failedResponse,
  replacingFault,
  requestedFault,
  shapeJson,
  shapeStream,
  type ServerFault,
} from './faults.js';
import { connectionReset, errorReply, textReply } from './http-replies.js';
import type { EmulatorOptions, FaultKind, ResolvedOptions } from './options.js';
import type { RecordedExchange, Transcript } from './replay.js';
import { readBodyText } from './request-body.js';
import { checkRequest } from './request-checks.js';
import type { RecordedRequest } from './request-log.js';
import type { SessionStore } from './sessions.js';
import { sleep, writeBody, type BodyPart, type WriteOptions } from './sse.js';
import { responseEvents } from './stream-events.js';
import { loadSchemaCompiler } from './schema-check.js';
import { runTurn, type TurnRequest } from './turn.js';
import type { SpecValidator } from './validation.js';

/** What the route works with: the emulator's options and state. */
export interface RouteContext {
  options: EmulatorOptions;
  resolved: ResolvedOptions;
  validator: SpecValidator;
  sessions: SessionStore;
  serverFault: ServerFault;
  /** The next exchange of the replayed transcript, if one is replayed. */
  nextExchange: (() => RecordedExchange) | undefined;
}

const BEARER = /^Bearer\s+\S+/i;

const streamHeaders = (sessionId: string): Record<string, string> => ({
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
  'x-session-id': sessionId,
});

/** Writes the reply body as a stream (SSE), or as JSON text, shaped by the fault. */
function streamReply(
  parts: BodyPart[],
  headers: Record<string, string>,
  signal: AbortSignal,
  context: RouteContext,
  write: Partial<WriteOptions>,
  status = 200,
): Response {
  const body = writeBody(parts, {
    signal,
    keepaliveIntervalMs: context.resolved.keepaliveIntervalMs,
    ...write,
  });
  return new Response(body, { status, headers });
}

async function jsonAnswer(
  response: ApiResponse,
  fault: FaultKind | undefined,
  sessionId: string,
  signal: AbortSignal,
  context: RouteContext,
  recordedText?: string,
): Promise<Response> {
  try {
    await sleep(context.resolved.latencyMs, signal);
  } catch {
    return connectionReset();
  }
  const text =
    fault === 'error-event'
      ? JSON.stringify(failedResponse(response))
      : (recordedText ?? JSON.stringify(response));
  const headers = { 'content-type': 'application/json', 'x-session-id': sessionId };
  const shaped = shapeJson(fault, text, context.resolved);
  const [only, ...more] = shaped.parts;
  if (
    only &&
    'text' in only &&
    only.text === text &&
    more.length === 0 &&
    Object.keys(shaped.write).length === 0
  ) {
    return textReply(200, text, headers);
  }
  return streamReply(shaped.parts, headers, signal, context, shaped.write);
}

function replayReply(
  exchange: RecordedExchange,
  stream: boolean,
  fault: FaultKind | undefined,
  sessionId: string,
  signal: AbortSignal,
  context: RouteContext,
): Promise<Response> | Response {
  if (exchange.kind === 'json') {
    return textReply(exchange.status, exchange.body, { 'content-type': 'application/json' });
  }
  if (!stream) {
    if (!exchange.final)
      return errorReply(502, 'The replayed recording has no terminal event, so it has no final response.');
    return jsonAnswer(exchange.final, fault, sessionId, signal, context, exchange.finalText);
  }
  const parts: BodyPart[] = exchange.frames.map((text, index) => ({
    text,
    ...(index === 0 ? { delayMs: context.resolved.latencyMs } : {}),
  }));
  const shaped = shapeStream(fault, parts, context.resolved, exchange.final, true);
  return streamReply(shaped.parts, streamHeaders(sessionId), signal, context, {
    keepaliveIntervalMs: undefined,
    ...shaped.write,
  });
}

/** Authenticates the request, takes its fault and reads its body; `reply` when it goes no further. */
async function admit(
  request: Request,
  record: RecordedRequest,
  context: RouteContext,
): Promise<{ reply: Response } | { fault: FaultKind | undefined; text: string }> {
  if (!BEARER.test(request.headers.get('authorization') ?? '')) {
    await request.body?.cancel().catch(() => undefined);
    return {
      reply: errorReply(401, 'Not authenticated: send Authorization: Bearer <your Sequrity API key>.', {
        'www-authenticate': 'Bearer',
      }),
    };
  }
  const asked = requestedFault(request);
  if (Array.isArray(asked)) return { reply: errorReply(400, asked) };
  const fault = asked ?? context.serverFault.take();
  if (fault !== undefined) record.fault = fault;

  const body = await readBodyText(request, context.resolved.maxBodyBytes);
  if ('status' in body) {
    return {
      reply:
        body.status === 413
          ? errorReply(413, body.message, { connection: 'close' })
          : errorReply(400, [{ loc: ['body'], msg: body.message, type: 'json_invalid' }]),
    };
  }
  record.bodyBytes = body.bytes;
  return { fault, text: body.text };
}

/** Runs the turn, remembers it in the session and replies with it as JSON or as an event stream. */
async function turnReply(
  request: TurnRequest,
  fault: FaultKind | undefined,
  signal: AbortSignal,
  context: RouteContext,
): Promise<Response> {
  const { resolution } = request;
  const problems = context.sessions.checkToolOutputs(resolution, request.entries);
  if (problems.length > 0) return errorReply(400, problems);
  const turn = runTurn(request, await loadSchemaCompiler(), {
    answer: context.options.answer,
    oversizedBytes: fault === 'oversized-event' ? context.resolved.oversizedEventBytes : undefined,
    invalidOutput: fault === 'invalid-output',
    refusal: fault === 'refusal',
  });
  if (Array.isArray(turn)) return errorReply(400, turn);
  context.sessions.record(
    resolution.session,
    { id: turn.response.id, calls: turn.calls, inputTokens: turn.inputTokens },
    turn.endsTurn,
  );

  const sessionId = resolution.session.id;
  if (request.body.stream !== true) return jsonAnswer(turn.response, fault, sessionId, signal, context);
  const pacing = { latencyMs: context.resolved.latencyMs, tokensPerSecond: context.resolved.tokensPerSecond };
  const shaped = shapeStream(
    fault,
    responseEvents(turn.response, pacing, turn.singleDelta),
    context.resolved,
    turn.response,
    false,
  );
  return streamReply(shaped.parts, streamHeaders(sessionId), signal, context, shaped.write);
}

/**
 * Handles one Responses request. `signal` aborts when the client goes away or the server closes: pauses, stalls and
 * streams stop then.
 */
export async function handleResponses(
  request: Request,
  params: { endpointType: string; provider?: string | undefined },
  record: RecordedRequest,
  context: RouteContext,
  signal: AbortSignal,
): Promise<Response> {
  const admitted = await admit(request, record, context);
  if ('reply' in admitted) return admitted.reply;
  const { fault, text } = admitted;
  const replaced = fault === undefined ? undefined : await replacingFault(fault, context.resolved, signal);
  if (replaced) {
    // Still parse the body so that the request log shows it.
    checkRequest(context.validator, request, params, text, record);
    return replaced;
  }

  const checked = checkRequest(context.validator, request, params, text, record);
  if ('details' in checked) return errorReply(checked.status, checked.details);
  const entries = inputEntries(checked.body);
  const resolution = context.sessions.resolve(checked.sessionId, checked.body.previous_response_id, entries);
  if (Array.isArray(resolution)) return errorReply(400, resolution);
  const sessionId = resolution.session.id;
  record.sessionId = sessionId;

  if (context.nextExchange) {
    return replayReply(
      context.nextExchange(),
      checked.body.stream === true,
      fault,
      sessionId,
      signal,
      context,
    );
  }
  return turnReply(
    { ...checked, endpointType: params.endpointType, entries, resolution },
    fault,
    signal,
    context,
  );
}

/** Cycles through a transcript's exchanges. */
export function exchangeCursor(transcript: Transcript): () => RecordedExchange {
  let next = 0;
  return () => {
    const exchange = transcript.exchanges[next % transcript.exchanges.length] as RecordedExchange;
    next++;
    return exchange;
  };
}
