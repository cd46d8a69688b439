/**
 * The `X-Config` presets: the same documents as the Python SDK's `FineGrainedConfigHeader.single_llm()` /
 * `dual_llm()`.
 *
 * @module
 */
import type { Kind } from '../../internal/validate.js';
import type { ConfigHeader, FsmConfig, PllmPromptConfig, ResponseFormatConfig } from '../../types.js';
import { checkFields, type OptionKind } from '../option-kinds.js';

type InternalTool = NonNullable<FsmConfig['enabled_internal_tools']>[number];

/**
 * Options of {@link config}`.singleLlm` (the Python `FineGrainedConfigHeader.single_llm` parameters). `null`
 * leaves a field out of the header, as `None` does in Python.
 */
export interface SingleLlmConfigOptions {
  /**
   * `fsm.min_num_tools_for_filtering`; an integer of at least 2.
   * @defaultValue 10
   */
  readonly minNumToolsForFiltering?: FsmConfig['min_num_tools_for_filtering'] | undefined;
  /**
   * `fsm.clear_session_meta`.
   * @defaultValue `'never'`
   */
  readonly clearSessionMeta?: FsmConfig['clear_session_meta'] | undefined;
  /**
   * `fsm.max_n_turns`: turns before the session ends; an integer of at least 1.
   * @defaultValue 50
   */
  readonly maxNTurns?: FsmConfig['max_n_turns'] | undefined;
}

/**
 * Options of {@link config}`.dualLlm` (the Python `FineGrainedConfigHeader.dual_llm` parameters). Fields without
 * a default are left out of the header unless given; `null` leaves any field out.
 */
export interface DualLlmConfigOptions extends SingleLlmConfigOptions {
  /**
   * `fsm.max_n_turns`: turns before the session ends; an integer of at least 1.
   * @defaultValue 5
   */
  readonly maxNTurns?: FsmConfig['max_n_turns'] | undefined;
  /** `fsm.clear_history_every_n_attempts`; an integer of at least 1. */
  readonly clearHistoryEveryNAttempts?: FsmConfig['clear_history_every_n_attempts'] | undefined;
  /**
   * `fsm.disable_rllm`: skip the review LLM.
   * @defaultValue true
   */
  readonly disableRllm?: FsmConfig['disable_rllm'] | undefined;
  /** `fsm.enable_multistep_planning`. */
  readonly enableMultistepPlanning?: FsmConfig['enable_multistep_planning'] | undefined;
  /** `fsm.enabled_internal_tools`; `[]` offers none. */
  readonly enabledInternalTools?: readonly InternalTool[] | null | undefined;
  /** `fsm.prune_failed_steps`. */
  readonly pruneFailedSteps?: FsmConfig['prune_failed_steps'] | undefined;
  /** `fsm.force_to_cache`: tool-id regular expressions. */
  readonly forceToCache?: readonly string[] | null | undefined;
  /** `fsm.max_pllm_steps`; an integer of at least 1. */
  readonly maxPllmSteps?: FsmConfig['max_pllm_steps'] | undefined;
  /** `fsm.max_pllm_failed_steps`; an integer of at least 1. */
  readonly maxPllmFailedSteps?: FsmConfig['max_pllm_failed_steps'] | undefined;
  /** `fsm.max_tool_calls_per_step`; an integer of at least 1. */
  readonly maxToolCallsPerStep?: FsmConfig['max_tool_calls_per_step'] | undefined;
  /** `fsm.reduced_grammar_for_rllm_review`. */
  readonly reducedGrammarForRllmReview?: FsmConfig['reduced_grammar_for_rllm_review'] | undefined;
  /** `fsm.retry_on_policy_violation`. */
  readonly retryOnPolicyViolation?: FsmConfig['retry_on_policy_violation'] | undefined;
  /** `prompt.pllm.debug_info_level`; the `prompt` section is sent only when this is given. */
  readonly pllmDebugInfoLevel?: PllmPromptConfig['debug_info_level'] | undefined;
  /** `response_format.strip_response_content`; the section is sent only when one of its five flags is given. */
  readonly stripResponseContent?: ResponseFormatConfig['strip_response_content'] | undefined;
  /** `response_format.stream_thoughts`. */
  readonly streamThoughts?: ResponseFormatConfig['stream_thoughts'] | undefined;
  /** `response_format.include_program`. */
  readonly includeProgram?: ResponseFormatConfig['include_program'] | undefined;
  /** `response_format.include_policy_check_history`. */
  readonly includePolicyCheckHistory?: ResponseFormatConfig['include_policy_check_history'] | undefined;
  /** `response_format.include_namespace_snapshot`. */
  readonly includeNamespaceSnapshot?: ResponseFormatConfig['include_namespace_snapshot'] | undefined;
}

/** Picks the given value, else the default; `null` stays `null` (meaning: leave the field out). */
const orDefault = <T>(value: T | null | undefined, fallback: T | null): T | null =>
  value === undefined ? fallback : value;

/** Copies the entries that are not `null`/`undefined`, in order, as Pydantic's `exclude_none` does. */
function withoutNulls<T extends object>(entries: { [K in keyof T]: T[K] | null | undefined }): T {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entries)) if (value != null) result[key] = value;
  return result as T;
}

// The kinds only these presets use; `null` is part of each (it leaves a field out).
const STRING_OR_BOOLEAN: Kind = [
  'a string, a boolean or null',
  (value) => value === null || typeof value === 'string' || typeof value === 'boolean',
  'quote',
];
const AT_LEAST_TWO: Kind = [
  'an integer of at least 2 or null',
  (value) => value === null || (Number.isInteger(value) && (value as number) >= 2),
  'number',
];

// The integer minimums are those documented for the server (openapi/components/schemas/FsmConfig.yaml). The Python
// SDK sends any integer (§11 #19 of the reference); an out-of-range value fails here, before a request is made.
// `null` leaves a field out, so every field takes it.
const SINGLE_CONFIG_FIELDS: { readonly [Name in keyof SingleLlmConfigOptions]-?: OptionKind | Kind } = {
  minNumToolsForFiltering: AT_LEAST_TWO,
  clearSessionMeta: 'string?',
  maxNTurns: 'positive?',
};

const DUAL_CONFIG_FIELDS: { readonly [Name in keyof DualLlmConfigOptions]-?: OptionKind | Kind } = {
  minNumToolsForFiltering: AT_LEAST_TWO,
  clearSessionMeta: 'string?',
  maxNTurns: 'positive?',
  clearHistoryEveryNAttempts: 'positive?',
  disableRllm: 'boolean?',
  enableMultistepPlanning: 'boolean?',
  enabledInternalTools: 'strings?',
  pruneFailedSteps: 'boolean?',
  forceToCache: 'strings?',
  maxPllmSteps: 'positive?',
  maxPllmFailedSteps: 'positive?',
  maxToolCallsPerStep: 'positive?',
  reducedGrammarForRllmReview: STRING_OR_BOOLEAN,
  retryOnPolicyViolation: 'boolean?',
  pllmDebugInfoLevel: 'string?',
  stripResponseContent: 'boolean?',
  streamThoughts: 'boolean?',
  includeProgram: 'boolean?',
  includePolicyCheckHistory: 'boolean?',
  includeNamespaceSnapshot: 'boolean?',
};

function buildConfig(options: DualLlmConfigOptions, dual: boolean): ConfigHeader {
  const preset = dual ? 'config.dualLlm' : 'config.singleLlm';
  checkFields(`${preset} options`, options, dual ? DUAL_CONFIG_FIELDS : SINGLE_CONFIG_FIELDS, `${preset}: `);
  const shared = {
    min_num_tools_for_filtering: orDefault(options.minNumToolsForFiltering, 10),
    clear_session_meta: orDefault(options.clearSessionMeta, 'never'),
    max_n_turns: orDefault(options.maxNTurns, dual ? 5 : 50),
  };
  if (!dual) return { fsm: withoutNulls<FsmConfig>(shared) };

  // Field order is the Python FsmOverrides declaration order.
  const header: ConfigHeader = {
    fsm: withoutNulls<FsmConfig>({
      ...shared,
      clear_history_every_n_attempts: options.clearHistoryEveryNAttempts,
      disable_rllm: orDefault(options.disableRllm, true),
      enable_multistep_planning: options.enableMultistepPlanning,
      enabled_internal_tools: options.enabledInternalTools && [...options.enabledInternalTools],
      prune_failed_steps: options.pruneFailedSteps,
      force_to_cache: options.forceToCache && [...options.forceToCache],
      max_pllm_steps: options.maxPllmSteps,
      max_pllm_failed_steps: options.maxPllmFailedSteps,
      max_tool_calls_per_step: options.maxToolCallsPerStep,
      reduced_grammar_for_rllm_review: options.reducedGrammarForRllmReview,
      retry_on_policy_violation: options.retryOnPolicyViolation,
    }),
  };
  if (options.pllmDebugInfoLevel != null) {
    header.prompt = { pllm: { debug_info_level: options.pllmDebugInfoLevel } };
  }
  const responseFormat = withoutNulls<ResponseFormatConfig>({
    strip_response_content: options.stripResponseContent,
    stream_thoughts: options.streamThoughts,
    include_program: options.includeProgram,
    include_policy_check_history: options.includePolicyCheckHistory,
    include_namespace_snapshot: options.includeNamespaceSnapshot,
  });
  if (Object.keys(responseFormat).length > 0) header.response_format = responseFormat;
  return header;
}

/**
 * Presets for the `X-Config` header. Each returns a new {@link ConfigHeader} equal to the Python SDK's
 * `FineGrainedConfigHeader.single_llm(…)` / `dual_llm(…)` for the same arguments. Integer options below their
 * documented minimum throw a `RangeError` naming the option.
 *
 * @example
 * ```ts
 * config.dualLlm({ maxNTurns: 10, includeProgram: true });
 * // {"fsm":{"min_num_tools_for_filtering":10,"clear_session_meta":"never","max_n_turns":10,"disable_rllm":true},
 * //  "response_format":{"include_program":true}}
 * ```
 */
export const config = {
  /**
   * Single-LLM session configuration: the three `fsm` fields single-LLM honours.
   * @param options - Python `single_llm` parameters in camelCase; all optional.
   */
  singleLlm(options: SingleLlmConfigOptions = {}): ConfigHeader {
    return buildConfig(options, false);
  },
  /**
   * Dual-LLM session configuration: `fsm`, plus `prompt` and `response_format` when their options are given.
   * @param options - Python `dual_llm` parameters in camelCase; all optional.
   */
  dualLlm(options: DualLlmConfigOptions = {}): ConfigHeader {
    return buildConfig(options, true);
  },
} as const;
