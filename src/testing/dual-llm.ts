// Dual-LLM results: with `X-Features: {"agent_arch":"dual-llm"}` (and always on the `lang-graph` endpoint type) the
// final message text is a `DualLlmResult` JSON document, shaped by `X-Config` `response_format`.
import type { ConfigHeader, DualLlmResult, FeaturesHeader } from '../types.js';

/** Whether the session runs dual-LLM: `agent_arch: "dual-llm"`, or the `lang-graph` endpoint type. */
export function isDualLlm(features: FeaturesHeader | undefined, endpointType: string): boolean {
  return features?.agent_arch === 'dual-llm' || endpointType === 'lang-graph';
}

/** The model name a dual-LLM response reports: the planner and quarantined model, `pllm,qllm`. */
export function dualLlmModel(model: string): string {
  return model.includes(',') ? model : `${model},${model}`;
}

const META = { tags: [], consumers: ['*'], producers: [] };

/** What the turn did, for the result document. */
export type DualLlmOutcome =
  | { status: 'success'; value: unknown; program: string }
  | { status: 'failure'; code: string; message: string; program: string; deniedTool?: string };

/**
 * The message text of a dual-LLM answer: the `DualLlmResult` JSON, or with `response_format.strip_response_content`
 * the bare value (text as is, anything else as JSON). `program`, the namespace snapshot and the policy check history
 * are included when `response_format` asks for them; a failure always carries its program and, for a denial, the
 * policy check that denied it.
 */
export function dualLlmText(outcome: DualLlmOutcome, config: ConfigHeader | undefined): string {
  const format = config?.response_format ?? undefined;
  if (outcome.status === 'success' && format?.strip_response_content === true) {
    return typeof outcome.value === 'string' ? outcome.value : JSON.stringify(outcome.value);
  }
  const result: DualLlmResult =
    outcome.status === 'success'
      ? { status: 'success', final_return_value: { value: outcome.value, meta: META } }
      : {
          status: 'failure',
          error: { code: outcome.code, message: outcome.message },
          program: outcome.program,
        };
  if (outcome.status === 'success' && format?.include_program === true) result.program = outcome.program;
  if (format?.include_namespace_snapshot === true && outcome.status === 'success') {
    result.namespace_snapshot = { final_result: { value: outcome.value, meta: META } };
  }
  const denied = outcome.status === 'failure' ? outcome.deniedTool : undefined;
  if (denied !== undefined) {
    result.policy_check_history = [
      { tool: denied, allowed: false, denied: [outcome.status === 'failure' ? outcome.message : ''] },
    ];
  } else if (format?.include_policy_check_history === true) {
    result.policy_check_history = [];
  }
  return JSON.stringify(result);
}

/** The program a planner would have written for a text answer or a set of calls (shown with `include_program`). */
export function programFor(answer: { value: unknown } | { calls: readonly { name: string }[] }): string {
  if ('calls' in answer) {
    return answer.calls
      .map((call, index) => `result_${index} = ${call.name}(**arguments_${index})`)
      .join('\n');
  }
  return `final_result = ${JSON.stringify(answer.value)}\nreturn final_result`;
}
