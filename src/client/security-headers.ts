/**
 * The three JSON security headers (`X-Features`, `X-Policy`, `X-Config`): presets that build the same documents as
 * the Python SDK's `single_llm()` / `dual_llm()` class methods, a deep merge for per-call overrides, and a
 * serialiser that turns a document into a header value fetch can send.
 *
 * @module
 */
import type {
  BranchingMetaPolicy,
  ConfigHeader,
  ContentBlocker,
  ContentClassifier,
  FeaturesHeader,
  FsmConfig,
  PllmPromptConfig,
  PolicyCodes,
  PolicyHeader,
  PolicyPresets,
  ResponseFormatConfig,
} from '../types.js';
import { isPlainObject, type Kind } from '../internal/validate.js';
import { checkFields, checkOption, type OptionKind } from './options.js';

// ---------------------------------------------------------------------------------------------------------------
// X-Features
// ---------------------------------------------------------------------------------------------------------------

/** Options of {@link features}`.singleLlm` and `.dualLlm`: which content classifiers and blockers to turn on. */
export interface FeaturesPresetOptions {
  /**
   * Add the `toxicity_filter` classifier (threshold 0.5).
   * @defaultValue false
   */
  readonly toxicityFilter?: boolean | undefined;
  /**
   * Add the `pii_redaction` classifier (threshold 0.5).
   * @defaultValue false
   */
  readonly piiRedaction?: boolean | undefined;
  /**
   * Add the `healthcare_topic_guardrail` classifier (threshold 0.5).
   * @defaultValue false
   */
  readonly healthcareGuardrail?: boolean | undefined;
  /**
   * Add the `finance_topic_guardrail` classifier (threshold 0.5).
   * @defaultValue false
   */
  readonly financeGuardrail?: boolean | undefined;
  /**
   * Add the `url_blocker` content blocker.
   * @defaultValue false
   */
  readonly urlBlocker?: boolean | undefined;
  /**
   * Add the `file_blocker` content blocker.
   * @defaultValue false
   */
  readonly fileBlocker?: boolean | undefined;
}

// The kinds only the presets use; `null` is part of each (it leaves a field out).
const STRINGS: Kind = [
  'an array of strings or null',
  (value) => value === null || (Array.isArray(value) && value.every((item) => typeof item === 'string')),
];
const STRING_SET: Kind = [
  'an array or Set of strings, or null',
  (value) =>
    value === null ||
    ((Array.isArray(value) || value instanceof Set) && [...value].every((item) => typeof item === 'string')),
];
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

/** Each preset's options and what they must be: plain JavaScript gets the checks TypeScript gives. */
const FEATURES_FIELDS: { readonly [Name in keyof FeaturesPresetOptions]-?: OptionKind | Kind } = {
  toxicityFilter: 'boolean',
  piiRedaction: 'boolean',
  healthcareGuardrail: 'boolean',
  financeGuardrail: 'boolean',
  urlBlocker: 'boolean',
  fileBlocker: 'boolean',
};

function buildFeatures(
  arch: NonNullable<FeaturesHeader['agent_arch']>,
  options: FeaturesPresetOptions,
): FeaturesHeader {
  const preset = arch === 'dual-llm' ? 'features.dualLlm' : 'features.singleLlm';
  checkFields(`${preset} options`, options, FEATURES_FIELDS, `${preset}: `);
  // The order of both lists is the Python SDK's: toxicity, pii, healthcare, finance / url, file.
  const classifiers: ContentClassifier[] = [];
  if (options.toxicityFilter === true) classifiers.push({ name: 'toxicity_filter', threshold: 0.5 });
  if (options.piiRedaction === true) classifiers.push({ name: 'pii_redaction', threshold: 0.5 });
  if (options.healthcareGuardrail === true)
    classifiers.push({ name: 'healthcare_topic_guardrail', threshold: 0.5 });
  if (options.financeGuardrail === true)
    classifiers.push({ name: 'finance_topic_guardrail', threshold: 0.5 });
  const blockers: ContentBlocker[] = [];
  if (options.urlBlocker === true) blockers.push({ name: 'url_blocker' });
  if (options.fileBlocker === true) blockers.push({ name: 'file_blocker' });
  const header: FeaturesHeader = { agent_arch: arch };
  // An empty list is left out, not sent as `[]`, as in the Python presets.
  if (classifiers.length > 0) header.content_classifiers = classifiers;
  if (blockers.length > 0) header.content_blockers = blockers;
  return header;
}

/**
 * Presets for the `X-Features` header. Each returns a new {@link FeaturesHeader} equal to the Python SDK's
 * `FeaturesHeader.single_llm(…)` / `dual_llm(…)` for the same flags.
 *
 * @example
 * ```ts
 * features.dualLlm({ piiRedaction: true, urlBlocker: true });
 * // {"agent_arch":"dual-llm","content_classifiers":[{"name":"pii_redaction","threshold":0.5}],
 * //  "content_blockers":[{"name":"url_blocker"}]}
 * ```
 */
export const features = {
  /**
   * Single-LLM architecture: `{"agent_arch":"single-llm"}`, plus the classifiers and blockers turned on.
   * @param options - Classifiers and blockers to turn on; none by default.
   */
  singleLlm(options: FeaturesPresetOptions = {}): FeaturesHeader {
    return buildFeatures('single-llm', options);
  },
  /**
   * Dual-LLM architecture: `{"agent_arch":"dual-llm"}`, plus the classifiers and blockers turned on.
   * @param options - Classifiers and blockers to turn on; none by default.
   */
  dualLlm(options: FeaturesPresetOptions = {}): FeaturesHeader {
    return buildFeatures('dual-llm', options);
  },
} as const;

// ---------------------------------------------------------------------------------------------------------------
// X-Policy
// ---------------------------------------------------------------------------------------------------------------

type EnforcementLevel = NonNullable<PolicyPresets['llm_blocked_tag_enforcement_level']>;

/** Options of {@link policy}`.singleLlm` (the Python `SecurityPolicyHeader.single_llm` parameters). */
export interface SingleLlmPolicyOptions {
  /**
   * Security mode.
   * @defaultValue `'standard'`
   */
  readonly mode?: NonNullable<PolicyHeader['mode']> | undefined;
  /**
   * Your policy source code (`codes.code`).
   * @defaultValue `''` (no custom policies)
   */
  readonly codes?: string | undefined;
  /**
   * Language of {@link SingleLlmPolicyOptions.codes} (`codes.language`).
   * @defaultValue `'sqrt'`
   */
  readonly language?: NonNullable<PolicyCodes['language']> | undefined;
  /**
   * Stop policy checks at the first hard denial. Left out of the header while `undefined` or `null` (the server
   * then uses `true`).
   * @defaultValue undefined
   */
  readonly failFast?: PolicyHeader['fail_fast'] | undefined;
  /**
   * Allow tool calls that match no policy rule (`presets.default_allow`).
   * @defaultValue true
   */
  readonly defaultAllow?: boolean | undefined;
  /**
   * Deny `parse_with_ai` calls whose arguments carry the LLM-blocked tag (`presets.enable_llm_blocked_tag`).
   * @defaultValue true
   */
  readonly enableLlmBlockedTag?: boolean | undefined;
  /**
   * Enforcement level of the LLM-blocked-tag policy (`presets.llm_blocked_tag_enforcement_level`).
   * @defaultValue `'hard'`
   */
  readonly llmBlockedTagEnforcementLevel?: EnforcementLevel | undefined;
}

/** Options of {@link policy}`.dualLlm` (the Python `SecurityPolicyHeader.dual_llm` parameters). */
export interface DualLlmPolicyOptions extends SingleLlmPolicyOptions {
  /**
   * Generate policies from tool metadata and descriptions (`auto_gen`).
   * @defaultValue false
   */
  readonly autoGen?: boolean | undefined;
  /**
   * Enforcement level of the default-allow policy (`presets.default_allow_enforcement_level`).
   * @defaultValue `'soft'`
   */
  readonly defaultAllowEnforcementLevel?: EnforcementLevel | undefined;
  /**
   * Tag every tool result as non-executable (`presets.enable_non_executable_memory`).
   * @defaultValue true
   */
  readonly enableNonExecutableMemory?: boolean | undefined;
  /**
   * `presets.branching_meta_policy.mode`: `allow` (whitelist) or `deny` (blacklist).
   * @defaultValue `'deny'`
   */
  readonly branchingMetaPolicyMode?: NonNullable<BranchingMetaPolicy['mode']> | undefined;
  /**
   * `presets.branching_meta_policy.producers`, a set: duplicates are dropped, first occurrences keep their order.
   * @defaultValue `[]`
   */
  readonly branchingMetaPolicyProducers?: readonly string[] | ReadonlySet<string> | null | undefined;
  /**
   * `presets.branching_meta_policy.tags`, a set (see {@link DualLlmPolicyOptions.branchingMetaPolicyProducers}).
   * @defaultValue `[]`
   */
  readonly branchingMetaPolicyTags?: readonly string[] | ReadonlySet<string> | null | undefined;
  /**
   * `presets.branching_meta_policy.consumers`, a set (see
   * {@link DualLlmPolicyOptions.branchingMetaPolicyProducers}).
   * @defaultValue `[]`
   */
  readonly branchingMetaPolicyConsumers?: readonly string[] | ReadonlySet<string> | null | undefined;
}

const uniqueStrings = (values: readonly string[] | ReadonlySet<string> | null | undefined): string[] => [
  ...new Set(values ?? []),
];

const SINGLE_POLICY_FIELDS: { readonly [Name in keyof SingleLlmPolicyOptions]-?: OptionKind | Kind } = {
  mode: 'string',
  codes: 'string',
  language: 'string',
  failFast: 'boolean?',
  defaultAllow: 'boolean',
  enableLlmBlockedTag: 'boolean',
  llmBlockedTagEnforcementLevel: 'string',
};

// Written out rather than spread from the single-LLM table: bundlers keep an object spread even when nothing uses it.
const DUAL_POLICY_FIELDS: { readonly [Name in keyof DualLlmPolicyOptions]-?: OptionKind | Kind } = {
  mode: 'string',
  codes: 'string',
  language: 'string',
  failFast: 'boolean?',
  defaultAllow: 'boolean',
  enableLlmBlockedTag: 'boolean',
  llmBlockedTagEnforcementLevel: 'string',
  autoGen: 'boolean',
  defaultAllowEnforcementLevel: 'string',
  enableNonExecutableMemory: 'boolean',
  branchingMetaPolicyMode: 'string',
  branchingMetaPolicyProducers: STRING_SET,
  branchingMetaPolicyTags: STRING_SET,
  branchingMetaPolicyConsumers: STRING_SET,
};

function buildPolicy(options: DualLlmPolicyOptions, dual: boolean): PolicyHeader {
  const preset = dual ? 'policy.dualLlm' : 'policy.singleLlm';
  checkFields(`${preset} options`, options, dual ? DUAL_POLICY_FIELDS : SINGLE_POLICY_FIELDS, `${preset}: `);
  // Key order is the Python models' field order: mode, codes, auto_gen, fail_fast, presets; inside presets
  // default_allow, default_allow_enforcement_level, enable_non_executable_memory, branching_meta_policy,
  // enable_llm_blocked_tag, llm_blocked_tag_enforcement_level. The single-LLM preset takes fewer parameters but
  // still sends the model defaults of the others.
  const header: PolicyHeader = {
    mode: options.mode ?? 'standard',
    codes: { code: options.codes ?? '', language: options.language ?? 'sqrt' },
    auto_gen: dual ? (options.autoGen ?? false) : false,
  };
  if (options.failFast != null) header.fail_fast = options.failFast;
  header.presets = {
    default_allow: options.defaultAllow ?? true,
    default_allow_enforcement_level: dual ? (options.defaultAllowEnforcementLevel ?? 'soft') : 'soft',
    enable_non_executable_memory: dual ? (options.enableNonExecutableMemory ?? true) : false,
    branching_meta_policy: {
      mode: dual ? (options.branchingMetaPolicyMode ?? 'deny') : 'deny',
      producers: dual ? uniqueStrings(options.branchingMetaPolicyProducers) : [],
      tags: dual ? uniqueStrings(options.branchingMetaPolicyTags) : [],
      consumers: dual ? uniqueStrings(options.branchingMetaPolicyConsumers) : [],
    },
    enable_llm_blocked_tag: options.enableLlmBlockedTag ?? true,
    llm_blocked_tag_enforcement_level: options.llmBlockedTagEnforcementLevel ?? 'hard',
  };
  return header;
}

/**
 * Presets for the `X-Policy` header. Each returns a new {@link PolicyHeader} equal to the Python SDK's
 * `SecurityPolicyHeader.single_llm(…)` / `dual_llm(…)` for the same arguments.
 *
 * @example
 * ```ts
 * policy.dualLlm({ codes: 'tool "send_email" { must deny when body.tags overlaps {"secret"}; }' });
 * ```
 */
export const policy = {
  /**
   * Single-LLM policy: `auto_gen`, `enable_non_executable_memory` and the branching meta policy are fixed to the
   * values single-LLM sessions use (`false`, `false`, deny with empty lists).
   * @param options - Python `single_llm` parameters in camelCase; all optional.
   */
  singleLlm(options: SingleLlmPolicyOptions = {}): PolicyHeader {
    return buildPolicy(options, false);
  },
  /**
   * Dual-LLM policy with every preset switch available.
   * @param options - Python `dual_llm` parameters in camelCase; all optional.
   */
  dualLlm(options: DualLlmPolicyOptions = {}): PolicyHeader {
    return buildPolicy(options, true);
  },
} as const;

// ---------------------------------------------------------------------------------------------------------------
// X-Config
// ---------------------------------------------------------------------------------------------------------------

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
  enabledInternalTools: STRINGS,
  pruneFailedSteps: 'boolean?',
  forceToCache: STRINGS,
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

// ---------------------------------------------------------------------------------------------------------------
// Overrides
// ---------------------------------------------------------------------------------------------------------------

/** A JSON object as sent in a header: known fields of the wire type plus any other keys. */
export type HeaderDocument = { [key: string]: unknown };

/** Per-call changes merged into a header document; any keys, at any depth, are allowed. */
export type HeaderOverrides = { readonly [key: string]: unknown };

// Keys that could reach an object's prototype when a merged document is later assigned or merged by other code.
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Merges `source` into `target`: where both are plain objects, key by key into `target` itself; everywhere else
 * `source` replaces it, plain objects and arrays as deep copies. Forbidden keys and `undefined` properties are
 * left out; `label` names the input in the message of a cycle. Copying is merging into nothing.
 */
function merge(target: unknown, source: unknown, ancestors: Set<object>, label: string): unknown {
  const array = Array.isArray(source);
  if (!array && !isPlainObject(source)) return source;
  if (ancestors.has(source)) throw new TypeError(`${label} contains a circular reference.`);
  ancestors.add(source);
  let result: unknown;
  if (array) result = source.map((item: unknown) => merge(undefined, item, ancestors, label));
  else {
    const object: HeaderDocument = isPlainObject(target) ? target : {};
    for (const key of Object.keys(source)) {
      const value = source[key];
      if (!FORBIDDEN_KEYS.has(key) && value !== undefined)
        object[key] = merge(Object.hasOwn(object, key) ? object[key] : undefined, value, ancestors, label);
    }
    result = object;
  }
  ancestors.delete(source);
  return result;
}

/** Names used in the error messages of {@link mergeHeaderOverrides}. */
export interface MergeHeaderOverridesNames {
  /**
   * What the base document is called, e.g. `'policy'`.
   * @defaultValue `'base'`
   */
  readonly base?: string;
  /**
   * What the overrides are called, e.g. `'policyOverrides'`.
   * @defaultValue `'overrides'`
   */
  readonly overrides?: string;
}

/**
 * Deep-merges overrides into a copy of a header document, as the Python SDK's `dump_for_headers(overrides=…)`
 * does: where both sides hold a plain object the two are merged key by key; everywhere else (arrays, scalars,
 * `null`, an object over a scalar) the override replaces the value. Keys unknown to the wire type are allowed at
 * any depth. Unlike the Python SDK, the overrides also apply when there is no base document (the result is then a
 * copy of the overrides), and neither input is mutated.
 *
 * Keys `__proto__`, `constructor` and `prototype` are dropped at every depth of both inputs, so they are never
 * merged, never sent and never reach a prototype. An override property whose value is `undefined` is ignored
 * (the base value stays).
 *
 * @param base - The document from a preset, a plain wire object, or `undefined`/`null` for none.
 * @param overrides - The changes to apply, or `undefined`/`null` for none.
 * @param names - What to call the two inputs in error messages.
 * @returns A new document; `undefined` only when there is no base and the overrides add nothing.
 * @throws TypeError when either input is not a plain object, or contains a circular reference.
 * @example
 * ```ts
 * mergeHeaderOverrides(config.dualLlm(), { fsm: { max_n_turns: 20, enabled_internal_tools: [] } });
 * // {"fsm":{"min_num_tools_for_filtering":10,"clear_session_meta":"never","max_n_turns":20,"disable_rllm":true,
 * //  "enabled_internal_tools":[]}}
 * ```
 */
export function mergeHeaderOverrides(
  base: object,
  overrides?: HeaderOverrides | null,
  names?: MergeHeaderOverridesNames,
): HeaderDocument;
export function mergeHeaderOverrides(
  base: object | null | undefined,
  overrides?: HeaderOverrides | null,
  names?: MergeHeaderOverridesNames,
): HeaderDocument | undefined;
export function mergeHeaderOverrides(
  base: object | null | undefined,
  overrides?: HeaderOverrides | null,
  names: MergeHeaderOverridesNames = {},
): HeaderDocument | undefined {
  checkFields('mergeHeaderOverrides names', names, { base: 'string', overrides: 'string' });
  const baseName = names.base ?? 'base';
  const overridesName = names.overrides ?? 'overrides';
  checkOption(baseName, base, 'plainObject?');
  checkOption(overridesName, overrides, 'plainObject?');
  // The base is copied first, so merging the overrides only ever changes objects of this copy.
  const result = merge(
    merge(undefined, base ?? {}, new Set(), baseName),
    overrides ?? {},
    new Set(),
    overridesName,
  );
  return base == null && Object.keys(result as object).length === 0 ? undefined : (result as HeaderDocument);
}

// ---------------------------------------------------------------------------------------------------------------
// Serialisation
// ---------------------------------------------------------------------------------------------------------------

/** The default of `maxHeaderBytes`: 8 KiB, well under the 16 KiB that common servers accept for all headers. */
export const DEFAULT_MAX_HEADER_BYTES = 8192;

/** Options of {@link serializeJsonHeader}. */
export interface SerializeJsonHeaderOptions {
  /**
   * Largest header value accepted, in UTF-8 bytes; a longer one throws a `RangeError`. A positive integer, or
   * `Infinity` for no limit.
   * @defaultValue {@link DEFAULT_MAX_HEADER_BYTES} (8192)
   */
  readonly maxHeaderBytes?: number | undefined;
}

/**
 * Serialises a header document as the header value to send: compact JSON, ASCII only (every character outside
 * printable ASCII is written as a `\uXXXX` escape, lower-case hex like Python's `json.dumps`, because fetch
 * rejects header values outside Latin-1), without `__proto__`/`constructor`/`prototype` keys at any depth, and
 * with `undefined` properties left out as `JSON.stringify` does. Parsing the result with `JSON.parse` gives the
 * document back. The Python SDK sends the same document with `", "`/`": "` separators; JSON readers see no
 * difference.
 *
 * @param name - The header name, e.g. `'X-Policy'`, used in error messages.
 * @param document - A plain JSON object (a preset's result, a wire object, or the result of
 *   {@link mergeHeaderOverrides}).
 * @param options - The size limit.
 * @returns The header value.
 * @throws TypeError when the document is not a plain object or cannot be serialised (a `bigint`, a cycle);
 *   RangeError when the value is longer than `maxHeaderBytes`.
 * @example
 * ```ts
 * headers.set('X-Policy', serializeJsonHeader('X-Policy', policy.dualLlm({ codes })));
 * ```
 */
export function serializeJsonHeader(
  name: string,
  document: object,
  options: SerializeJsonHeaderOptions = {},
): string {
  checkFields('serializeJsonHeader options', options, { maxHeaderBytes: 'headerBytes' });
  const maxHeaderBytes = options.maxHeaderBytes ?? DEFAULT_MAX_HEADER_BYTES;
  checkOption(`The ${name} header`, document ?? null, 'plainObject');
  let json: string;
  try {
    json = JSON.stringify(document, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value));
  } catch (error) {
    throw new TypeError(
      `The ${name} header could not be serialised as JSON: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  // Everything above `~`: DEL (which Node's HTTP stack rejects in header values) and every non-ASCII code unit.
  // Without the `u` flag the pattern matches UTF-16 code units, so a surrogate pair becomes two escapes.
  const value = json.replace(
    /[\u007f-\uffff]/g,
    (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  // The value is ASCII by construction, so its length in UTF-16 code units is its length in UTF-8 bytes.
  if (value.length > maxHeaderBytes) {
    throw new RangeError(
      `The ${name} header is ${value.length} bytes, more than maxHeaderBytes (${maxHeaderBytes}): send a ` +
        'smaller document or raise maxHeaderBytes.',
    );
  }
  return value;
}
