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
import { planCalls } from './tool-calls.js';

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
  const { body, resolution, config } = request;
  const session = resolution.session;
  const maxTurns = config?.fsm?.max_n_turns;
  if (maxTurns !== undefined) session.maxTurns = maxTurns;

  const dual = isDualLlm(request.features, request.endpointType);
  const userText = newestUserText(request.entries);
  const outputs = toolOutputs(request);
  const ownInput = inputTokens(body, request.entries);
  const response = responseSkeleton(body, newId.response(), dual ? dualLlmModel(body.model) : body.model);
  const calls: { callId: string; name: string }[] = [];
  const output: ResponseOutputItem[] = [];
  let endsTurn = true;
  let outputText = '';

  const fail = (code: string, message: string, outcome: DualLlmOutcome): void => {
    response.status = 'failed';
    response.error = { code, message };
    outputText = dual ? dualLlmText(outcome, config) : message;
    output.push(messageItem(newId.message(), outputText));
  };

  // The same input gets the same arguments and structured answers.
  const seed = seedOf(
    [userText, ...outputs.map((item) => `${item.name}\u0000${item.output}`)].join('\u0000'),
  );
  const format = body.text?.format;
  if (format?.type === 'json_schema') {
    // Checked on every turn, as the real API does, not only on the one that answers.
    const compiled = schemas.compile(format.schema);
    if (typeof compiled !== 'function') {
      return [
        {
          loc: ['body', 'text', 'format', 'schema'],
          msg: `Invalid schema for response_format '${format.name.slice(0, 64)}': ${compiled.error}`,
          type: 'value_error',
        },
      ];
    }
  }
  const plan =
    options.oversizedBytes !== undefined || options.refusal === true
      ? { calls: [] }
      : planCalls(body, request.entries, userText, schemas, seed);
  if ('errors' in plan) return plan.errors;
  const limitReached =
    startsTurn(request.entries) && session.maxTurns !== null && session.completedTurns >= session.maxTurns;
  if (limitReached) {
    endsTurn = false;
    const message = `Session ${session.id} has used all ${String(session.maxTurns)} turns that fsm.max_n_turns allows; start a new session (send no X-Session-ID) to continue.`;
    fail('max_n_turns_exceeded', message, {
      status: 'failure',
      code: 'max_n_turns_exceeded',
      message,
      program: '',
    });
  } else if (plan.calls.length > 0) {
    const plannedCalls = plan.calls;
    const denied = firstDenied(
      denyRules(request.policy),
      plannedCalls.map((call) => call.name),
      tagRules(request.policy),
      outputs.map((item) => item.name),
    );
    if (denied) {
      const message = denialMessage(denied);
      const program = programFor({ calls: plannedCalls });
      fail('policy_violation', message, {
        status: 'failure',
        code: 'policy_violation',
        message,
        program,
        deniedTool: denied.tool,
      });
    } else {
      endsTurn = false;
      for (const call of plannedCalls) {
        const callId = newCallId(session.id);
        calls.push({ callId, name: call.name });
        output.push(functionCallItem(newId.functionCall(), callId, call.name, call.arguments));
        outputText += call.name + call.arguments;
      }
    }
  } else if (options.refusal === true) {
    outputText = REFUSAL_TEXT;
    output.push(refusalItem(newId.message()));
  } else {
    let answer = answerFor(options.answer, { userText, toolOutputs: outputs, model: body.model });
    if (options.answer === undefined) {
      const formatted = formatAnswer(format, answer, {
        schemas,
        seed,
        invalidOutput: options.invalidOutput === true,
      });
      if (Array.isArray(formatted)) return formatted;
      answer = formatted;
    }
    let text = answer.text;
    if (options.oversizedBytes !== undefined) text += ` ${'x'.repeat(options.oversizedBytes)}`;
    const value = options.oversizedBytes !== undefined ? text : answer.value;
    outputText = dual
      ? dualLlmText({ status: 'success', value, program: programFor({ value }) }, config)
      : text;
    const limit = body.max_output_tokens;
    if (limit !== undefined && estimateTokens(outputText) > limit) {
      outputText = outputText.slice(0, limit * 4);
      response.status = 'incomplete';
      response.incomplete_details = { reason: 'max_output_tokens' };
      output.push(messageItem(newId.message(), outputText, 'incomplete'));
    } else {
      output.push(messageItem(newId.message(), outputText));
    }
  }

  if (response.status === 'in_progress') response.status = 'completed';
  response.output = output;
  response.completed_at = response.status === 'completed' ? unixSeconds() : null;
  response.usage = usageFor({
    inputTokens: ownInput,
    historyTokens: resolution.previous?.inputTokens ?? 0,
    outputTokens: estimateTokens(outputText),
    effort: body.reasoning?.effort,
    dualLlm: dual,
  });
  const singleDelta = new Set(options.oversizedBytes !== undefined ? [0] : []);
  return {
    response,
    calls,
    endsTurn,
    inputTokens: ownInput + (resolution.previous?.inputTokens ?? 0),
    singleDelta,
  };
}
