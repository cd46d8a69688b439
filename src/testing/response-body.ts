// The response objects the emulator sends: every field real servers always send (strict clients in other languages
// require them), output items, and usage numbers.
import type {
  Response,
  ResponseCreateParams,
  ResponseFunctionToolCall,
  ResponseOutputMessage,
  ResponseUsage,
} from '../types.js';

const hex = (): string => crypto.randomUUID().replaceAll('-', '');

/** New ids in OpenAI's shapes: `resp_…`, `msg_…`, `fc_…`. */
export const newId = {
  response: (): string => `resp_${hex()}${hex().slice(0, 16)}`,
  message: (): string => `msg_${hex()}${hex().slice(0, 16)}`,
  functionCall: (): string => `fc_${hex()}${hex().slice(0, 16)}`,
};

/** Unix time in whole seconds. */
export const unixSeconds = (): number => Math.floor(Date.now() / 1000);

/**
 * The response as it starts (`status: "in_progress"`, no output, no usage), with every field echoed from the request
 * or set to the value OpenAI's servers report when the request left it out.
 */
export function responseSkeleton(
  body: ResponseCreateParams,
  id: string,
  model: string,
  createdAt: number = unixSeconds(),
): Response {
  return {
    id,
    object: 'response',
    created_at: createdAt,
    status: 'in_progress',
    background: body.background ?? false,
    completed_at: null,
    error: null,
    incomplete_details: null,
    instructions: body.instructions ?? null,
    max_output_tokens: body.max_output_tokens ?? null,
    max_tool_calls: body.max_tool_calls ?? null,
    model,
    output: [],
    parallel_tool_calls: body.parallel_tool_calls ?? true,
    previous_response_id: body.previous_response_id ?? null,
    prompt_cache_key: body.prompt_cache_key ?? null,
    reasoning: { effort: body.reasoning?.effort ?? null, summary: body.reasoning?.summary ?? null },
    safety_identifier: body.safety_identifier ?? null,
    service_tier: body.service_tier ?? 'default',
    store: body.store ?? true,
    temperature: body.temperature ?? 1,
    text: { format: body.text?.format ?? { type: 'text' }, verbosity: body.text?.verbosity ?? 'medium' },
    tool_choice: body.tool_choice ?? 'auto',
    tools: body.tools ?? [],
    top_logprobs: body.top_logprobs ?? 0,
    top_p: body.top_p ?? 1,
    truncation: body.truncation ?? 'disabled',
    usage: null,
    user: body.user ?? null,
    metadata: body.metadata ?? {},
  };
}

/** An assistant message with one `output_text` part. */
export function messageItem(
  id: string,
  text: string,
  status: ResponseOutputMessage['status'] = 'completed',
): ResponseOutputMessage {
  return {
    id,
    type: 'message',
    status,
    content: [{ type: 'output_text', annotations: [], logprobs: [], text }],
    role: 'assistant',
  };
}

/** A function call item. */
export function functionCallItem(
  id: string,
  callId: string,
  name: string,
  args: string,
  status: NonNullable<ResponseFunctionToolCall['status']> = 'completed',
): ResponseFunctionToolCall {
  return { id, type: 'function_call', status, arguments: args, call_id: callId, name };
}

const REASONING_TOKENS: Record<string, number> = {
  none: 0,
  minimal: 16,
  low: 64,
  medium: 256,
  high: 1024,
  xhigh: 2048,
};

/**
 * Usage in the shape OpenAI reports, with both detail objects. Input tokens include the stored history of the
 * conversation, of which whole blocks of 64 tokens count as cached; reasoning tokens follow `reasoning.effort`, plus
 * the planner's in dual-LLM mode.
 */
export function usageFor(options: {
  inputTokens: number;
  historyTokens: number;
  outputTokens: number;
  effort: string | null | undefined;
  dualLlm: boolean;
}): ResponseUsage {
  const reasoning = (REASONING_TOKENS[options.effort ?? 'none'] ?? 0) + (options.dualLlm ? 128 : 0);
  const input = options.inputTokens + options.historyTokens;
  const output = options.outputTokens + reasoning;
  return {
    input_tokens: input,
    input_tokens_details: { cached_tokens: Math.floor(options.historyTokens / 64) * 64 },
    output_tokens: output,
    output_tokens_details: { reasoning_tokens: reasoning },
    total_tokens: input + output,
  };
}
