// One turn of the emulated model: what a validated request produces (text, function calls, a policy denial or the
// turn limit), as the final response plus what the session must remember.
import type {
  ConfigHeader,
  FeaturesHeader,
  PolicyHeader,
  Response,
  ResponseCreateParams,
  ResponseOutputItem,
  ValidationErrorDetail,
} from '../types.js';
import { answerFor } from './answers.js';
import { estimateTokens, inputTokens, newestUserText, startsTurn, type InputEntry } from './conversation.js';
import { dualLlmModel, dualLlmText, isDualLlm, programFor, type DualLlmOutcome } from './dual-llm.js';
import type { EmulatorOptions } from './options.js';
import { denialMessage, denyRules, firstDenied, tagRules } from './policy.js';
import {
  functionCallItem,
  messageItem,
  newId,
  responseSkeleton,
  unixSeconds,
  usageFor,
} from './response-body.js';
import { seedOf } from './schema-answer.js';
import type { SchemaCompiler } from './schema-check.js';
import { newCallId, type Resolution } from './sessions.js';
import { formatAnswer, REFUSAL_TEXT, refusalItem } from './structured-answer.js';
import { planCalls, type PlannedCall } from './tool-calls.js';

/** A validated request, with its parsed security headers and resolved session. */
export interface TurnRequest {
  body: ResponseCreateParams;
  endpointType: string;
  features: FeaturesHeader | undefined;
  policy: PolicyHeader | undefined;
  config: ConfigHeader | undefined;
  entries: InputEntry[];
  resolution: Resolution;
}

/** What a turn produced. */
export interface TurnResult {
  /** The final response (status `completed`, `failed` or `incomplete`). */
  response: Response;
  /** The function calls it issued. */
  calls: { callId: string; name: string }[];
  /** Whether it ended the turn (a final answer or a denial). */
  endsTurn: boolean;
  inputTokens: number;
  /** Output items whose text (or arguments) must go out as one single delta (the `oversized-event` fault). */
  singleDelta: ReadonlySet<number>;
}

/** Options of one turn. */
export interface TurnOptions {
  answer: EmulatorOptions['answer'];
  /** Force a text answer padded with one chunk of this many bytes (the `oversized-event` fault). */
  oversizedBytes?: number | undefined;
  /** Answer JSON that the requested `text.format` rejects (the `invalid-output` fault). */
  invalidOutput?: boolean | undefined;
  /** Force an answer that is a refusal part instead of text (the `refusal` fault). */
  refusal?: boolean | undefined;
}

function toolOutputs(request: TurnRequest): { callId: string; name: string; output: string }[] {
  const replayed = new Map<string, string>();
  for (const entry of request.entries)
    if (entry.kind === 'function_call') replayed.set(entry.callId, entry.name);
  return request.entries.flatMap((entry) =>
    entry.kind === 'function_call_output'
      ? [
          {
            callId: entry.callId,
            name:
              request.resolution.session.calls.get(entry.callId) ?? replayed.get(entry.callId) ?? 'unknown',
            output: entry.output,
          },
        ]
      : [],
  );
}

/** The response a turn is building and what has gone into it so far; the steps below fill it in order. */
interface Draft {
  response: Response;
  output: ResponseOutputItem[];
  calls: { callId: string; name: string }[];
  outputText: string;
  endsTurn: boolean;
  dual: boolean;
  config: ConfigHeader | undefined;
}

/** What the turn's answer and arguments are drawn from. */
interface TurnInput {
  userText: string;
  outputs: { callId: string; name: string; output: string }[];
  /** The same input gets the same arguments and structured answers. */
  seed: number;
}

function fail(draft: Draft, code: string, message: string, outcome: DualLlmOutcome): void {
  draft.response.status = 'failed';
  draft.response.error = { code, message };
  draft.outputText = draft.dual ? dualLlmText(outcome, draft.config) : message;
  draft.output.push(messageItem(newId.message(), draft.outputText));
}

/** The error of a `text.format` schema Ajv cannot compile; checked on every turn, as the real API does. */
function formatSchemaErrors(
  body: ResponseCreateParams,
  schemas: SchemaCompiler,
): ValidationErrorDetail[] | undefined {
  const format = body.text?.format;
  if (format?.type !== 'json_schema') return undefined;
  const compiled = schemas.compile(format.schema);
  if (typeof compiled === 'function') return undefined;
  return [
    {
      loc: ['body', 'text', 'format', 'schema'],
      msg: `Invalid schema for response_format '${format.name.slice(0, 64)}': ${compiled.error}`,
      type: 'value_error',
    },
  ];
}

function turnLimitReached(request: TurnRequest): boolean {
  const session = request.resolution.session;
  return (
    startsTurn(request.entries) && session.maxTurns !== null && session.completedTurns >= session.maxTurns
  );
}

function failTurnLimit(draft: Draft, request: TurnRequest): void {
  const session = request.resolution.session;
  draft.endsTurn = false;
  const message = `Session ${session.id} has used all ${String(session.maxTurns)} turns that fsm.max_n_turns allows; start a new session (send no X-Session-ID) to continue.`;
  fail(draft, 'max_n_turns_exceeded', message, {
    status: 'failure',
    code: 'max_n_turns_exceeded',
    message,
    program: '',
  });
}

/** Issues the planned calls, or fails the turn with the first one the policy denies. */
function callOrDeny(draft: Draft, request: TurnRequest, plannedCalls: PlannedCall[], input: TurnInput): void {
  const denied = firstDenied(
    denyRules(request.policy),
    plannedCalls.map((call) => call.name),
    tagRules(request.policy),
    input.outputs.map((item) => item.name),
  );
  if (denied) {
    const message = denialMessage(denied);
    const program = programFor({ calls: plannedCalls });
    fail(draft, 'policy_violation', message, {
      status: 'failure',
      code: 'policy_violation',
      message,
      program,
      deniedTool: denied.tool,
    });
    return;
  }
  draft.endsTurn = false;
  const sessionId = request.resolution.session.id;
  for (const call of plannedCalls) {
    const callId = newCallId(sessionId);
    draft.calls.push({ callId, name: call.name });
    draft.output.push(functionCallItem(newId.functionCall(), callId, call.name, call.arguments));
    draft.outputText += call.name + call.arguments;
  }
}

/** Writes the final answer, cut at `max_output_tokens`; returns the errors of an output format it cannot satisfy. */
function answerTurn(
  draft: Draft,
  body: ResponseCreateParams,
  schemas: SchemaCompiler,
  options: TurnOptions,
  input: TurnInput,
): ValidationErrorDetail[] | undefined {
  let answer = answerFor(options.answer, {
    userText: input.userText,
    toolOutputs: input.outputs,
    model: body.model,
  });
  if (options.answer === undefined) {
    const formatted = formatAnswer(body.text?.format, answer, {
      schemas,
      seed: input.seed,
      invalidOutput: options.invalidOutput === true,
    });
    if (Array.isArray(formatted)) return formatted;
    answer = formatted;
  }
  let text = answer.text;
  if (options.oversizedBytes !== undefined) text += ` ${'x'.repeat(options.oversizedBytes)}`;
  const value = options.oversizedBytes !== undefined ? text : answer.value;
  draft.outputText = draft.dual
    ? dualLlmText({ status: 'success', value, program: programFor({ value }) }, draft.config)
    : text;
  const limit = body.max_output_tokens;
  if (limit !== undefined && estimateTokens(draft.outputText) > limit) {
    draft.outputText = draft.outputText.slice(0, limit * 4);
    draft.response.status = 'incomplete';
    draft.response.incomplete_details = { reason: 'max_output_tokens' };
    draft.output.push(messageItem(newId.message(), draft.outputText, 'incomplete'));
  } else {
    draft.output.push(messageItem(newId.message(), draft.outputText));
  }
  return undefined;
}

/** Closes the response (status, output, usage) and says what the session must remember. */
function settle(draft: Draft, request: TurnRequest, ownInput: number, options: TurnOptions): TurnResult {
  const { response } = draft;
  const historyTokens = request.resolution.previous?.inputTokens ?? 0;
  if (response.status === 'in_progress') response.status = 'completed';
  response.output = draft.output;
  response.completed_at = response.status === 'completed' ? unixSeconds() : null;
  response.usage = usageFor({
    inputTokens: ownInput,
    historyTokens,
    outputTokens: estimateTokens(draft.outputText),
    effort: request.body.reasoning?.effort,
    dualLlm: draft.dual,
  });
  const singleDelta = new Set(options.oversizedBytes !== undefined ? [0] : []);
  return {
    response,
    calls: draft.calls,
    endsTurn: draft.endsTurn,
    inputTokens: ownInput + historyTokens,
    singleDelta,
  };
}

/**
 * Runs one turn. `schemas` compiles the request's tool and output schemas. Returns the errors of a request whose
 * tools or output format cannot work (a bad `tool_choice`, a tool or `text.format` schema Ajv cannot compile or the
 * emulator cannot satisfy).
 */
export function runTurn(
  request: TurnRequest,
  schemas: SchemaCompiler,
  options: TurnOptions,
): TurnResult | ValidationErrorDetail[] {
  const { body, config } = request;
  const session = request.resolution.session;
  const maxTurns = config?.fsm?.max_n_turns;
  if (maxTurns !== undefined) session.maxTurns = maxTurns;

  const dual = isDualLlm(request.features, request.endpointType);
  const userText = newestUserText(request.entries);
  const outputs = toolOutputs(request);
  const ownInput = inputTokens(body, request.entries);
  const response = responseSkeleton(body, newId.response(), dual ? dualLlmModel(body.model) : body.model);
  const draft: Draft = { response, output: [], calls: [], outputText: '', endsTurn: true, dual, config };
  const seed = seedOf(
    [userText, ...outputs.map((item) => `${item.name}\u0000${item.output}`)].join('\u0000'),
  );
  const input: TurnInput = { userText, outputs, seed };

  const formatErrors = formatSchemaErrors(body, schemas);
  if (formatErrors) return formatErrors;
  const plan =
    options.oversizedBytes !== undefined || options.refusal === true
      ? { calls: [] }
      : planCalls(body, request.entries, userText, schemas, seed);
  if ('errors' in plan) return plan.errors;
  if (turnLimitReached(request)) {
    failTurnLimit(draft, request);
  } else if (plan.calls.length > 0) {
    callOrDeny(draft, request, plan.calls, input);
  } else if (options.refusal === true) {
    draft.outputText = REFUSAL_TEXT;
    draft.output.push(refusalItem(newId.message()));
  } else {
    const errors = answerTurn(draft, body, schemas, options, input);
    if (errors) return errors;
  }
  return settle(draft, request, ownInput, options);
}
