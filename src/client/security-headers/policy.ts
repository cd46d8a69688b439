/**
 * The `X-Policy` presets: the same documents as the Python SDK's `SecurityPolicyHeader.single_llm()` /
 * `dual_llm()`.
 *
 * @module
 */
import type { Kind } from '../../internal/validate.js';
import type { BranchingMetaPolicy, PolicyCodes, PolicyHeader, PolicyPresets } from '../../types.js';
import { checkFields, type OptionKind } from '../option-kinds.js';

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

const STRING_SET: Kind = [
  'an array or Set of strings, or null',
  (value) =>
    value === null ||
    ((Array.isArray(value) || value instanceof Set) && [...value].every((item) => typeof item === 'string')),
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
