// Generated from openapi/openapi.yaml by scripts/generate.ts (openapi-typescript).
// Do not edit: change the spec and run `npm run generate`.
export interface paths {
  '/control/{endpoint_type}/v1/responses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a response (default provider)
     * @description Creates a model response through Sequrity Control, which picks the provider for the endpoint type
     *     (OpenAI for `code`). Compatible with OpenAI's `POST /v1/responses`.
     *
     *     Send `stream: true` for server-sent events (`text/event-stream`), otherwise the reply is one JSON
     *     `Response`. The session the request ran in is returned in the `X-Session-ID` response header; send it back
     *     to continue the session. `timeout` is not a body field: it is a client-side deadline (seconds) that
     *     clients apply to the HTTP request and never send.
     */
    post: operations['createResponse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/control/{endpoint_type}/{provider}/v1/responses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a response with a chosen provider
     * @description Creates a model response through Sequrity Control with the named provider (`openai`, or the internal
     *     `sequrity_azure`). Compatible with OpenAI's `POST /v1/responses`.
     *
     *     Send `stream: true` for server-sent events (`text/event-stream`), otherwise the reply is one JSON
     *     `Response`. The session the request ran in is returned in the `X-Session-ID` response header; send it back
     *     to continue the session. `timeout` is not a body field: it is a client-side deadline (seconds) that
     *     clients apply to the HTTP request and never send.
     */
    post: operations['createResponseWithProvider'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * ContentClassifier
     * @description One content classifier in `X-Features`. Classifiers are LLM-based taggers run on tool-call arguments (before
     *     execution) and tool results (after execution). Unknown properties are rejected by the server.
     */
    ContentClassifier: {
      /**
       * @description Classifier to enable. `pii_redaction`: detect and redact personally identifiable information (names, emails,
       *     phone numbers, …). `toxicity_filter`: detect toxic, harmful or abusive content. `healthcare_topic_guardrail`:
       *     detect healthcare topics that may need professional medical advice. `finance_topic_guardrail`: detect finance
       *     topics that may need professional financial advice.
       * @enum {string}
       */
      name: 'pii_redaction' | 'toxicity_filter' | 'healthcare_topic_guardrail' | 'finance_topic_guardrail';
      /** @description Detection sensitivity threshold, from 0.0 to 1.0. Default `0.5`. Ignored when `mode` is set. */
      threshold?: number;
      /**
       * @description Optional named sensitivity that overrides `threshold`. Known values: `high sensitivity`, `strict`,
       *     `low sensitivity`, `normal`. `null` or absent uses `threshold`.
       */
      mode?: string | null;
    };
    /**
     * ContentBlocker
     * @description One content blocker in `X-Features`. Blockers redact or mask content in tool-call arguments (before execution)
     *     and tool results (after execution). Unknown properties are rejected by the server.
     */
    ContentBlocker: {
      /**
       * @description `url_blocker` blocks URL access in tool calls; `file_blocker` blocks file access in tool calls.
       * @enum {string}
       */
      name: 'url_blocker' | 'file_blocker';
    };
    /**
     * FeaturesHeader
     * @description The JSON document sent (as JSON text) in the `X-Features` request header. It selects the agent architecture and
     *     turns on content classifiers and blockers. Every field is optional; a field left out keeps the value from the
     *     base configuration (the one saved for your Sequrity API key, or the built-in preset). The server rejects
     *     unknown top-level fields, so no other properties are allowed.
     *
     *     Presets of the Python SDK (`FeaturesHeader.single_llm()` / `FeaturesHeader.dual_llm()`): with no flags they
     *     produce exactly `{"agent_arch":"single-llm"}` and `{"agent_arch":"dual-llm"}`. Each flag set to true appends
     *     `{"name": <classifier>, "threshold": 0.5}` to `content_classifiers` (order: `toxicity_filter`, `pii_redaction`,
     *     `healthcare_topic_guardrail`, `finance_topic_guardrail`) or `{"name": <blocker>}` to `content_blockers`
     *     (order: `url_blocker`, `file_blocker`); an empty list is left out.
     *
     *     On the `lang-graph` endpoint type the server always runs dual-LLM, even when `agent_arch` is `single-llm`.
     *     The header may be sent alone; it is applied before `X-Policy` and `X-Config` because switching the
     *     architecture can rebuild the whole session configuration.
     * @example {
     *       "agent_arch": "dual-llm"
     *     }
     * @example {
     *       "agent_arch": "dual-llm",
     *       "content_classifiers": [
     *         {
     *           "name": "toxicity_filter",
     *           "threshold": 0.5
     *         },
     *         {
     *           "name": "pii_redaction",
     *           "threshold": 0.5
     *         }
     *       ],
     *       "content_blockers": [
     *         {
     *           "name": "url_blocker"
     *         }
     *       ]
     *     }
     */
    FeaturesHeader: {
      /**
       * @description Agent architecture. `single-llm`: one model plans and acts (guardrails and limited, metadata-based policy
       *     enforcement). `dual-llm`: a planning LLM writes a program that a quarantined LLM and an interpreter execute,
       *     which enables every security feature; the final answer is then a `DualLlmResult` JSON document. `null` or
       *     absent keeps the architecture of the base configuration.
       * @enum {string|null}
       */
      agent_arch?: 'single-llm' | 'dual-llm' | null;
      /**
       * @description LLM-based classifiers that inspect tool-call arguments (before execution) and tool results (after execution)
       *     to detect sensitive content. Available in single-LLM and dual-LLM. `null` or absent keeps the base
       *     configuration.
       */
      content_classifiers?: components['schemas']['ContentClassifier'][] | null;
      /**
       * @description Blockers that redact or mask URL or file content in tool-call arguments (before execution) and tool results
       *     (after execution). Available in single-LLM and dual-LLM. `null` or absent keeps the base configuration.
       */
      content_blockers?: components['schemas']['ContentBlocker'][] | null;
    };
    /**
     * PolicyCodes
     * @description The `codes` object of `X-Policy`: custom policy source code and the language it is written in. Unknown
     *     properties are rejected by the server.
     */
    PolicyCodes: {
      /** @description Policy source code as one string (may hold several rules). Default: `""` (no custom policies). */
      code?: string;
      /**
       * @description Language of `code`: `sqrt` (Sequrity's policy language) or `cedar`. Default: `sqrt`.
       * @enum {string}
       */
      language?: 'sqrt' | 'cedar';
    };
    /**
     * BranchingMetaPolicy
     * @description Control-flow meta policy for branching (`X-Policy` → `presets.branching_meta_policy`), used by the control-flow
     *     relaxer in `custom` mode. Dual-LLM only. Unlike the other `X-Policy` objects, this one is not closed: the SDK
     *     model does not forbid extra keys.
     */
    BranchingMetaPolicy: {
      /**
       * @description `allow`: whitelist, only the listed producers/tags/consumers are allowed; `deny`: blacklist, the listed ones
       *     are prohibited. Default: `deny`.
       * @enum {string}
       */
      mode?: 'allow' | 'deny';
      /** @description Producers (value sources, e.g. tool names) listed for the control-flow relaxer. A set; order is not significant. Default: `[]`. */
      producers?: string[];
      /** @description Metadata tags listed for the control-flow relaxer (e.g. `__non_executable`). A set; order is not significant. Default: `[]`. */
      tags?: string[];
      /** @description Consumers listed for the control-flow relaxer. A set; order is not significant. Default: `[]`. */
      consumers?: string[];
    };
    /**
     * PolicyPresets
     * @description The `presets` object of `X-Policy`: switches for Sequrity's built-in internal policies. Unknown properties are
     *     rejected by the server. Fields left out take the defaults stated on each field.
     */
    PolicyPresets: {
      /** @description Action for a tool call that matches no policy rule: `true` allows it, `false` denies it. Default: `true`. */
      default_allow?: boolean;
      /**
       * @description Enforcement level of the default-allow/deny decision. Default: `soft`.
       * @enum {string}
       */
      default_allow_enforcement_level?: 'hard' | 'soft';
      /**
       * @description Attach the non-executable tag to every tool result (non-executable memory policy). Default: `true`.
       *     Dual-LLM only; single-LLM ignores it (the SDK's single-LLM preset sends `false`).
       */
      enable_non_executable_memory?: boolean;
      /**
       * @description Control-flow meta policy for branching on values (which producers, tags or consumers may influence control
       *     flow). Default: `{"mode":"deny","producers":[],"tags":[],"consumers":[]}`. Dual-LLM only; single-LLM ignores it.
       */
      branching_meta_policy?: components['schemas']['BranchingMetaPolicy'];
      /**
       * @description Deny calls to the internal `parse_with_ai` tool when any argument carries the LLM-blocked tag.
       *     Default: `true`.
       */
      enable_llm_blocked_tag?: boolean;
      /**
       * @description Enforcement level of the LLM-blocked-tag policy. Default: `hard`.
       * @enum {string}
       */
      llm_blocked_tag_enforcement_level?: 'hard' | 'soft';
    };
    /**
     * PolicyHeader
     * @description The JSON document sent (as JSON text) in the `X-Policy` request header: the policy engine's mode, your policy
     *     code, and the internal policy presets. Every field is optional; a field left out keeps the value from the base
     *     configuration. The server rejects unknown top-level fields. It is applied after `X-Features` and before
     *     `X-Config`, and may be sent without `X-Features` (older docs saying the two must be paired are out of date).
     *
     *     Single-LLM supports `mode`, `codes`, `fail_fast` and, in `presets`, `default_allow`,
     *     `default_allow_enforcement_level`, `enable_llm_blocked_tag` and `llm_blocked_tag_enforcement_level`; it ignores
     *     `auto_gen`, `presets.enable_non_executable_memory` and `presets.branching_meta_policy`.
     *
     *     Python SDK presets, exact output: `SecurityPolicyHeader.dual_llm()` gives
     *     `{"mode":"standard","codes":{"code":"","language":"sqrt"},"auto_gen":false,"presets":{"default_allow":true,"default_allow_enforcement_level":"soft","enable_non_executable_memory":true,"branching_meta_policy":{"mode":"deny","producers":[],"tags":[],"consumers":[]},"enable_llm_blocked_tag":true,"llm_blocked_tag_enforcement_level":"hard"}}`;
     *     `SecurityPolicyHeader.single_llm()` gives the same document with `"enable_non_executable_memory":false`.
     *     `fail_fast` is left out while it is null.
     * @example {
     *       "codes": {
     *         "code": "tool \"load_applicant_profile\" -> @tags |= {\"internal_use_only\", \"tool/load_applicant_profile\"};\ntool \"send_email\" {\n    must deny when body.tags superset of {\"internal_use_only\"} and (not to.value in {str matching r\".*@trustedcorp\\.com\"});\n}",
     *         "language": "sqrt"
     *       }
     *     }
     */
    PolicyHeader: {
      /**
       * @description Security mode. `standard`: the standard policy set; `strict`: standard plus additional constraints; `custom`:
       *     for advanced setups (e.g. control-flow relaxation through `presets.branching_meta_policy`). Default
       *     (server): `standard`.
       * @enum {string|null}
       */
      mode?: 'standard' | 'strict' | 'custom' | null;
      /**
       * @description Your policy code and its language. Default (server): `{"code":"","language":"sqrt"}` (no custom policies).
       *     Send an object: one documentation example passes `codes` as a bare string, but that form is not described
       *     by the SDK or the header reference and is not confirmed to be accepted, so this spec allows only the object.
       */
      codes?: components['schemas']['PolicyCodes'] | null;
      /**
       * @description When true, the server generates policies from tool metadata and natural-language tool descriptions.
       *     Default (server): `false`. Dual-LLM only; single-LLM ignores it.
       */
      auto_gen?: boolean | null;
      /** @description Stop policy checking at the first hard denial. `null` or absent means `true` on the server. */
      fail_fast?: boolean | null;
      /** @description Internal policy presets (default allow, non-executable memory, LLM-blocked tag, branching meta policy). */
      presets?: components['schemas']['PolicyPresets'] | null;
    };
    /**
     * FsmConfig
     * @description The `fsm` section of `X-Config`: overrides of the session state machine. The first three fields apply to both
     *     architectures; all others are dual-LLM only and single-LLM ignores them. Every field is nullable; `null` or
     *     absent keeps the base configuration. The server rejects unknown fields. Minimums are those documented for the
     *     server (the Python SDK does not check them).
     */
    FsmConfig: {
      /**
       * @description Minimum number of registered tools at which the tool-filtering LLM step runs. At least 2. Server default: `10`.
       *     Applies to single-LLM and dual-LLM.
       */
      min_num_tools_for_filtering?: number | null;
      /**
       * @description When session metadata is cleared: `never`; `every_attempt` (at the start of each planning attempt);
       *     `every_turn` (at the start of each turn). Server default: `never`. Applies to single-LLM and dual-LLM.
       * @enum {string|null}
       */
      clear_session_meta?: 'never' | 'every_attempt' | 'every_turn' | null;
      /**
       * @description Maximum number of turns in a session (a turn is one user message, any tool calls and results, and the final
       *     answer); the session ends after it. At least 1; `null` means unlimited. Default depends on the endpoint type.
       *     Multi-turn conversations need a value above 1. Applies to single-LLM and dual-LLM.
       */
      max_n_turns?: number | null;
      /**
       * @description What to do when the messages a client sends differ from the stored history (stateless use): `reject` the
       *     request with an error, `restart_turn` (truncate stored history to the last consistent point and restart the
       *     turn), or `continue` with the client's version. Dual-LLM only.
       * @enum {string|null}
       */
      history_mismatch_policy?: 'reject' | 'restart_turn' | 'continue' | null;
      /**
       * @description Clear the history of failed steps every N attempts to save tokens. At least 1. Single-step planning only.
       *     Dual-LLM only.
       */
      clear_history_every_n_attempts?: number | null;
      /** @description Skip the review LLM (RLLM) step. Server default: `true`. Dual-LLM only. */
      disable_rllm?: boolean | null;
      /**
       * @description `false`: single-step planning, each attempt solves the task independently; `true`: multi-step planning, each
       *     step builds on the previous one. Server default: `false`. Dual-LLM only.
       */
      enable_multistep_planning?: boolean | null;
      /**
       * @description Internal tools offered to the planning LLM. Default depends on the endpoint type; send `[]` to offer none.
       *     Dual-LLM only.
       */
      enabled_internal_tools?:
        ('parse_with_ai' | 'verify_hypothesis' | 'set_policy' | 'complete_turn')[] | null;
      /** @description Remove failed steps from the history once the turn completes. Server default: `true`. Multi-step planning only. Dual-LLM only. */
      prune_failed_steps?: boolean | null;
      /** @description Regular expressions over tool ids whose results are always cached. Server default: `[]`. Dual-LLM only. */
      force_to_cache?: string[] | null;
      /** @description Maximum number of planning steps per turn. At least 1. Dual-LLM only. */
      max_pllm_steps?: number | null;
      /** @description Maximum number of failed planning steps per turn. At least 1. Dual-LLM only. */
      max_pllm_failed_steps?: number | null;
      /** @description Maximum number of tool calls per planning attempt. At least 1; `null` means no limit. Dual-LLM only. */
      max_tool_calls_per_step?: number | null;
      /**
       * @description How the review LLM's output is passed back to the planning LLM: `none` (the original review), `bool` (only
       *     the success/failure flag), `text` (the review rewritten with a reduced grammar). `true` is an alias for
       *     `text` and `false` for `none`. Server default: `text`. Dual-LLM only.
       */
      reduced_grammar_for_rllm_review?: ('none' | 'bool' | 'text') | boolean | null;
      /** @description Let the planning LLM retry after a policy violation. Server default: `false`. Dual-LLM only. */
      retry_on_policy_violation?: boolean | null;
      /** @description Wrap tool results in `Ok`/`Err` values for the program. Dual-LLM only. */
      wrap_tool_result?: boolean | null;
      /**
       * @description How errors are detected in tool results: `none`, `regex` (match `detect_tool_error_regex_pattern`), or `llm`
       *     (an LLM inspects the result). Dual-LLM only.
       * @enum {string|null}
       */
      detect_tool_errors?: 'none' | 'regex' | 'llm' | null;
      /** @description Regular expression that marks a tool result as an error when `detect_tool_errors` is `regex`. Dual-LLM only. */
      detect_tool_error_regex_pattern?: string | null;
      /**
       * @description Maximum length (characters) of a tool result considered for error detection; longer results are truncated.
       *     `null` means no limit. Dual-LLM only.
       */
      detect_tool_error_max_result_length?: number | null;
      /**
       * @description `true`: parse a tool result as JSON only when the tool declares an output schema; `false`: always try to
       *     parse tool results as JSON. Dual-LLM only.
       */
      strict_tool_result_parsing?: boolean | null;
      /**
       * @description Transform applied to tool results before error detection: `none`, or `codex` (strip the Codex CLI metadata
       *     prefix and extract exit code and output). Dual-LLM only.
       * @enum {string|null}
       */
      tool_result_transform?: 'none' | 'codex' | null;
      /**
       * @description Number of plans generated per step. Above 1, plans are generated concurrently and a selection LLM picks the
       *     best; models are assigned round-robin from `pllm_candidate_models`, reusing models with different seeds when
       *     the list is shorter. At least 1. Server default: `1`. Dual-LLM only.
       */
      n_pllm_plans?: number | null;
      /**
       * @description Distinct model names used round-robin when `n_pllm_plans` is above 1. Empty or `null` uses the request's
       *     model for every candidate. A set; order is not significant. Dual-LLM only.
       */
      pllm_candidate_models?: string[] | null;
      /**
       * @description Hide the values of context variables from every planning step except the current one (older steps hold
       *     redundant data). Server default: `true`. Dual-LLM only.
       */
      pllm_context_pruning?: boolean | null;
    };
    /**
     * PllmPromptConfig
     * @description Prompt overrides for the planning LLM (`X-Config` → `prompt.pllm`). The server rejects unknown fields.
     */
    PllmPromptConfig: {
      /** @description Prompt template variant, e.g. `universal` or `code`. `null` or absent keeps the base configuration. */
      flavor?: string | null;
      /** @description Prompt template version; combined with `flavor` to pick the template. */
      version?: string | null;
      /** @description Allow the planning LLM to ask the user for clarification when a query is ambiguous. Server default: `true`. */
      clarify_ambiguous_queries?: boolean | null;
      /**
       * @description Which context variables the planning prompt shows: `none`; `basic-notext` (basic types, no text);
       *     `basic-executable` (basic types and executable-memory variables); `all-executable` (all executable-memory
       *     variables); `all`.
       * @enum {string|null}
       */
      context_var_visibility?: 'none' | 'basic-notext' | 'basic-executable' | 'all-executable' | 'all' | null;
      /** @description Roles whose messages are inlined into the user query given to the planning LLM. */
      query_inline_roles?: ('assistant' | 'tool' | 'developer' | 'system')[] | null;
      /**
       * @description Renames roles in the inlined query, mapping original role to displayed role; e.g. `{"assistant":"developer"}`
       *     shows assistant messages as developer messages.
       */
      query_role_name_overrides?: {
        [key: string]: string;
      } | null;
      /** @description Include earlier (upstream) tool calls in the inlined query. */
      query_include_tool_calls?: boolean | null;
      /** @description Include the arguments of earlier tool calls in the inlined query. */
      query_include_tool_args?: boolean | null;
      /** @description Include the results of earlier tool calls in the inlined query. */
      query_include_tool_results?: boolean | null;
      /**
       * @description Amount of debug and execution information put into the planning prompt. Server default: `normal`.
       * @enum {string|null}
       */
      debug_info_level?: 'minimal' | 'normal' | 'extra' | null;
    };
    /**
     * RllmPromptConfig
     * @description Prompt overrides for the review LLM (`X-Config` → `prompt.rllm`). The server rejects unknown fields.
     */
    RllmPromptConfig: {
      /** @description Prompt template variant, e.g. `universal`. `null` or absent keeps the base configuration. */
      flavor?: string | null;
      /** @description Prompt template version; combined with `flavor` to pick the template. */
      version?: string | null;
      /**
       * @description Amount of debug and execution information put into the review prompt.
       * @enum {string|null}
       */
      debug_info_level?: 'minimal' | 'normal' | 'extra' | null;
    };
    /**
     * LlmPromptConfig
     * @description Prompt template selection for one LLM of the dual-LLM pipeline (`X-Config` → `prompt.grllm`, `qllm`, `tagllm`,
     *     `policy_llm`, `error_detector_llm`). The server rejects unknown fields.
     */
    LlmPromptConfig: {
      /** @description Prompt template variant, e.g. `universal` or `code`. `null` or absent keeps the base configuration. */
      flavor?: string | null;
      /** @description Prompt template version; combined with `flavor` to pick the template. `null` or absent keeps the base configuration. */
      version?: string | null;
    };
    /**
     * TllmPromptConfig
     * @description Prompt overrides for the tool-filtering LLM (`X-Config` → `prompt.tllm`). The server rejects unknown fields.
     */
    TllmPromptConfig: {
      /** @description Prompt template variant, e.g. `universal`. `null` or absent keeps the base configuration. */
      flavor?: string | null;
      /** @description Prompt template version; combined with `flavor` to pick the template. */
      version?: string | null;
      /** @description Include each tool's description in the tool-filtering prompt. */
      add_tool_description?: boolean | null;
      /** @description Include each tool's input JSON Schema in the tool-filtering prompt. */
      add_tool_input_schema?: boolean | null;
    };
    /**
     * PromptConfig
     * @description The `prompt` section of `X-Config`: prompt template overrides for each LLM of the dual-LLM pipeline. Dual-LLM
     *     only; single-LLM ignores the section. Every key is nullable; `null` or absent keeps the base configuration. The
     *     server rejects unknown keys.
     */
    PromptConfig: {
      /** @description Prompt overrides for the planning LLM (PLLM), which writes the program. */
      pllm?: components['schemas']['PllmPromptConfig'] | null;
      /** @description Prompt overrides for the review LLM (RLLM), which reviews results when `fsm.disable_rllm` is false. */
      rllm?: components['schemas']['RllmPromptConfig'] | null;
      /** @description Prompt overrides for the grammar-constrained LLM (GRLLM). */
      grllm?: components['schemas']['LlmPromptConfig'] | null;
      /** @description Prompt overrides for the QLLM (quarantined or query LLM; the second name in a `"pllm,qllm"` model string). */
      qllm?: components['schemas']['LlmPromptConfig'] | null;
      /** @description Prompt overrides for the tool-filtering LLM (TLLM), which narrows large tool lists. */
      tllm?: components['schemas']['TllmPromptConfig'] | null;
      /** @description Prompt overrides for the tag LLM, which assigns metadata tags. */
      tagllm?: components['schemas']['LlmPromptConfig'] | null;
      /** @description Prompt overrides for the policy LLM. */
      policy_llm?: components['schemas']['LlmPromptConfig'] | null;
      /**
       * @description Prompt overrides for the tool-result error detector LLM (used when `fsm.detect_tool_errors` is `llm`). Note
       *     the key differs from the `llm` section's `tool_result_error_detector_llm`.
       */
      error_detector_llm?: components['schemas']['LlmPromptConfig'] | null;
    };
    /**
     * ResponseFormatConfig
     * @description The `response_format` section of `X-Config`: what the final answer of a dual-LLM session contains. Dual-LLM only;
     *     single-LLM ignores it. Every field is nullable; `null` or absent keeps the base configuration. The server
     *     rejects unknown fields.
     */
    ResponseFormatConfig: {
      /** @description `true` returns only the bare result value as plain text instead of the `DualLlmResult` JSON document. */
      strip_response_content?: boolean | null;
      /** @description Stream the model's thinking process in the response. */
      stream_thoughts?: boolean | null;
      /** @description Include the generated program in `DualLlmResult.program`. */
      include_program?: boolean | null;
      /** @description Include policy check results in `DualLlmResult.policy_check_history`, even when nothing was denied. */
      include_policy_check_history?: boolean | null;
      /** @description Include a snapshot of all program variables after execution in `DualLlmResult.namespace_snapshot`. */
      include_namespace_snapshot?: boolean | null;
    };
    /**
     * GenerationReasoningOverrides
     * @description Reasoning (extended thinking) settings inside `GenerationConfigOverrides.reasoning`. The server rejects unknown
     *     fields.
     */
    GenerationReasoningOverrides: {
      /** @description Whether reasoning is enabled. Default: `true`. */
      enabled?: boolean;
      /** @description Reasoning effort level, a provider-dependent string such as `low`, `medium` or `high`. */
      effort?: string | null;
      /** @description Maximum number of reasoning tokens. At least 1. */
      budget?: number | null;
      /** @description When true, the model decides by itself whether to use extended thinking. Default: `false`. */
      adaptive?: boolean;
    };
    /**
     * GenerationConfigOverrides
     * @description Generation parameters for one LLM (`X-Config` → `llm.<name>`). Only fields that are set override the LLM's
     *     current generation config; `null` or absent fields keep their values. The server rejects unknown fields.
     */
    GenerationConfigOverrides: {
      /** @description Penalty on tokens in proportion to how often they already appeared, from -2.0 to 2.0. */
      frequency_penalty?: number | null;
      /** @description Changes to the likelihood of specific tokens, mapping token id (as a string) to a bias value. */
      logit_bias?: {
        [key: string]: number;
      } | null;
      /** @description Return log probabilities of the output tokens. */
      logprobs?: boolean | null;
      /** @description Upper bound on the number of generated tokens. */
      max_completion_tokens?: number | null;
      /** @description Penalty on tokens that already appeared in the text so far, from -2.0 to 2.0. */
      presence_penalty?: number | null;
      /** @description Seed for deterministic sampling. */
      seed?: number | null;
      /** @description Sampling temperature, from 0.0 to 2.0. */
      temperature?: number | null;
      /** @description Nucleus sampling threshold (probability mass of the tokens considered). */
      top_p?: number | null;
      /** @description Reasoning (extended thinking) settings for this LLM. */
      reasoning?: components['schemas']['GenerationReasoningOverrides'] | null;
    };
    /**
     * LlmConfig
     * @description The `llm` section of `X-Config`: generation parameter overrides per LLM of the pipeline. Only the fields you set
     *     are merged into that LLM's generation config; a key that is `null` or absent leaves that LLM unchanged. The
     *     server rejects unknown keys. Defined by the Python SDK; the REST header reference does not document this section.
     * @example {
     *       "pllm": {
     *         "temperature": 0.5,
     *         "reasoning": {
     *           "enabled": true,
     *           "effort": "high"
     *         }
     *       },
     *       "rllm": {
     *         "max_completion_tokens": 512
     *       }
     *     }
     */
    LlmConfig: {
      /** @description Generation overrides for the planning LLM. */
      pllm?: components['schemas']['GenerationConfigOverrides'] | null;
      /** @description Generation overrides for the review LLM. */
      rllm?: components['schemas']['GenerationConfigOverrides'] | null;
      /** @description Generation overrides for the grammar-constrained LLM. */
      grllm?: components['schemas']['GenerationConfigOverrides'] | null;
      /** @description Generation overrides for the QLLM (quarantined or query LLM). */
      qllm?: components['schemas']['GenerationConfigOverrides'] | null;
      /** @description Generation overrides for the tool-filtering LLM. */
      tllm?: components['schemas']['GenerationConfigOverrides'] | null;
      /** @description Generation overrides for the tag LLM. */
      tagllm?: components['schemas']['GenerationConfigOverrides'] | null;
      /** @description Generation overrides for the policy LLM. */
      policy_llm?: components['schemas']['GenerationConfigOverrides'] | null;
      /**
       * @description Generation overrides for the tool-result error detector LLM. Note the key differs from the `prompt` section's
       *     `error_detector_llm`.
       */
      tool_result_error_detector_llm?: components['schemas']['GenerationConfigOverrides'] | null;
    };
    /**
     * ConfigHeader
     * @description The JSON document sent (as JSON text) in the `X-Config` request header: fine-grained overrides of the session
     *     configuration, in four sections. Every field at every level is optional, and all but the two booleans of
     *     `llm.*.reasoning` are nullable; `null` or absent keeps the value of the base configuration (the one saved for your Sequrity API key, or the built-in preset), and the
     *     server applies its defaults as stated per field. The server rejects unknown fields. It is applied last, after
     *     `X-Features` and `X-Policy`, and may be sent alone (e.g. `{"fsm":{"max_n_turns":5}}` to allow multi-turn
     *     sessions).
     *
     *     Single-LLM honours only `fsm.min_num_tools_for_filtering`, `fsm.clear_session_meta` and `fsm.max_n_turns`;
     *     every other field, and the `prompt` and `response_format` sections, apply to dual-LLM only and are silently
     *     ignored otherwise.
     *
     *     Python SDK presets, exact output: `FineGrainedConfigHeader.single_llm()` gives
     *     `{"fsm":{"min_num_tools_for_filtering":10,"clear_session_meta":"never","max_n_turns":50}}`;
     *     `FineGrainedConfigHeader.dual_llm()` gives
     *     `{"fsm":{"min_num_tools_for_filtering":10,"clear_session_meta":"never","max_n_turns":5,"disable_rllm":true}}`.
     * @example {
     *       "fsm": {
     *         "max_n_turns": 5,
     *         "enabled_internal_tools": []
     *       }
     *     }
     * @example {
     *       "response_format": {
     *         "include_program": true
     *       }
     *     }
     */
    ConfigHeader: {
      /** @description Overrides of the session state machine (turn and step limits, planning, tool-result handling). */
      fsm?: components['schemas']['FsmConfig'] | null;
      /** @description Per-LLM prompt template overrides. Dual-LLM only. */
      prompt?: components['schemas']['PromptConfig'] | null;
      /** @description Shape of the final answer in dual-LLM mode (plain text or `DualLlmResult` with optional extras). Dual-LLM only. */
      response_format?: components['schemas']['ResponseFormatConfig'] | null;
      /**
       * @description Per-LLM generation parameter overrides (temperature, token limits, reasoning, …). Defined by the Python SDK;
       *     the REST header reference does not document this section yet.
       */
      llm?: components['schemas']['LlmConfig'] | null;
    };
    /** @description Marks the exact end of a reusable prompt prefix on an input content part: the prompt up to and including this part may be cached and reused by later requests. A request writes at most four explicit breakpoints (three when the implicit one is kept; see `prompt_cache_options.mode`). Supported by OpenAI for `gpt-5.6` and later models. OpenAI field, not documented by Sequrity. */
    PromptCacheBreakpoint: {
      /**
       * @description The breakpoint mode. Always `explicit`.
       * @constant
       */
      mode: 'explicit';
      /**
       * @description The minimum lifetime of the cached prefix: `30m` or `12h`. Defaults to the request's `prompt_cache_options.ttl`.
       * @enum {string}
       */
      ttl?: '30m' | '12h';
    };
    /** @description A text content part of an input message. */
    ResponseInputText: {
      /**
       * @description The content part type. Always `input_text`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'input_text';
      /** @description The text sent to the model. */
      text: string;
      /** @description Ends a reusable prompt prefix at this content part, for prompt caching. OpenAI field, not documented by Sequrity. */
      prompt_cache_breakpoint?: components['schemas']['PromptCacheBreakpoint'];
    };
    /** @description An image content part of an input message. Give the image either as `image_url` (an `https` URL or a base64 `data:` URL) or as `file_id` (an uploaded file). */
    ResponseInputImage: {
      /**
       * @description The content part type. Always `input_image`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'input_image';
      /**
       * @description How much detail the model sees: `low` is cheaper, `high` is more precise, `auto` lets the model choose. Defaults to `auto`. Sequrity documents these three; `original` is a further OpenAI level that the Sequrity docs do not list.
       * @enum {string}
       */
      detail?: 'auto' | 'low' | 'high' | 'original';
      /** @description The ID of an uploaded file that holds the image. */
      file_id?: string | null;
      /** @description A fully qualified URL of the image, or the image itself as a base64 `data:` URL. */
      image_url?: string | null;
      /** @description Ends a reusable prompt prefix at this content part, for prompt caching. OpenAI field, not documented by Sequrity. */
      prompt_cache_breakpoint?: components['schemas']['PromptCacheBreakpoint'];
    };
    /** @description A file content part of an input message (for example a PDF). Give the file as `file_id`, `file_url` or `file_data`; none of these is required by the schema, but one of them must be present. The Sequrity Python SDK accepts only `file_id` (and requires it); `file_data`, `file_url` and `filename` are OpenAI fields that the server passes through. */
    ResponseInputFile: {
      /**
       * @description The content part type. Always `input_file`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'input_file';
      /** @description The ID of an uploaded file. */
      file_id?: string | null;
      /** @description The file content, base64-encoded (OpenAI also accepts a base64 `data:` URL). */
      file_data?: string;
      /** @description A URL from which the provider fetches the file. */
      file_url?: string;
      /** @description The file name shown to the model; recommended together with `file_data`. */
      filename?: string;
      /**
       * @description How the provider renders the file for the model: `low` is cheaper, `high` is more precise. Defaults to `auto`. OpenAI field, not documented by Sequrity.
       * @enum {string}
       */
      detail?: 'auto' | 'low' | 'high';
      /** @description Ends a reusable prompt prefix at this content part, for prompt caching. OpenAI field, not documented by Sequrity. */
      prompt_cache_breakpoint?: components['schemas']['PromptCacheBreakpoint'];
    };
    /** @description An audio content part of an input message. Two shapes exist and at least one payload is required: the Sequrity REST docs and Python SDK use `audio` (a base64 string), while OpenAI uses `input_audio: {data, format}`. */
    ResponseInputAudio: {
      /**
       * @description The content part type. Always `input_audio`.
       * @constant
       */
      type: 'input_audio';
      /** @description The audio, base64-encoded. This is the shape documented by Sequrity and sent by its Python SDK. */
      audio?: string;
      /** @description The audio in OpenAI's shape, as base64 data plus its format. */
      input_audio?: {
        /** @description The audio, base64-encoded. */
        data: string;
        /**
         * @description The encoding of `data`.
         * @enum {string}
         */
        format: 'mp3' | 'wav';
      };
    } & ((unknown | unknown) & {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'input_audio';
    });
    /** @description One content part of an input message: text, an image, a file or audio, selected by `type`. */
    ResponseInputContent:
      | components['schemas']['ResponseInputText']
      | components['schemas']['ResponseInputImage']
      | components['schemas']['ResponseInputFile']
      | components['schemas']['ResponseInputAudio'];
    /** @description The short form of an input message: `role` plus `content`, with no `type` tag needed. Instructions from `developer` and `system` messages take precedence over `user` messages; `assistant` messages are taken as earlier model output. The Sequrity Python SDK documents only the `user`, `system` and `developer` roles for this form. */
    EasyInputMessage: {
      /**
       * @description The item type. Optional for this form; when present it is always `message`.
       * @constant
       */
      type?: 'message';
      /**
       * @description Who the message is from.
       * @enum {string}
       */
      role: 'user' | 'assistant' | 'system' | 'developer';
      /** @description The message content, either plain text or a list of content parts. */
      content: string | components['schemas']['ResponseInputContent'][];
      /**
       * @description For `assistant` messages only: marks the message as intermediate commentary or the final answer. Resend it unchanged when replaying assistant messages to models that emit it. OpenAI field, not documented by Sequrity.
       * @enum {string|null}
       */
      phase?: 'commentary' | 'final_answer' | null;
    };
    /** @description The full form of an input message from the user, the system or the developer, tagged `type: message` and with content given as a list of content parts. Instructions from `developer` and `system` messages take precedence over `user` messages. */
    ResponseInputMessage: {
      /**
       * @description The item type. Always `message`.
       * @constant
       */
      type: 'message';
      /**
       * @description Who the message is from.
       * @enum {string}
       */
      role: 'user' | 'system' | 'developer';
      /** @description The content parts of the message, in order. */
      content: components['schemas']['ResponseInputContent'][];
      /**
       * @description The status of the item; set when the item was returned by the API and is being replayed.
       * @enum {string}
       */
      status?: 'in_progress' | 'completed' | 'incomplete';
    };
    /**
     * @description Status of an output item: `in_progress` while the server is still producing it, `completed` when finished, `incomplete` when generation stopped before the item was finished (for example on `max_output_tokens`).
     * @enum {string}
     */
    ItemStatus: 'in_progress' | 'completed' | 'incomplete';
    /**
     * MetaData
     * @description Policy metadata attached to every value in a dual-LLM session: who produced it, who may consume it, and tags used
     *     for policy matching. Each list is a set (no duplicates, order not significant); absent means empty. The Python
     *     SDK forbids extra keys here, so a single new server field makes its whole result parse fall back to
     *     `status: unknown`; this schema stays open on purpose so that clients keep working when the server adds metadata.
     */
    MetaData: {
      /** @description Sources the value derives from, e.g. tool names. */
      producers?: string[];
      /** @description Who may receive the value; `*` means anyone. */
      consumers?: string[];
      /** @description Tags attached by policies or internal presets (e.g. `internal_use_only`, `__non_executable`). */
      tags?: string[];
    };
    /**
     * ValueWithMeta
     * @description A value from the dual-LLM interpreter together with the metadata Sequrity's policy engine tracks for it. Servers
     *     may add properties; clients must keep unknown ones.
     */
    ValueWithMeta: {
      /** @description The value itself, any JSON value (string, number, boolean, null, array or object). */
      value: unknown;
      /** @description Provenance and policy metadata of `value`. Treat an absent `meta` as empty lists. */
      meta?: components['schemas']['MetaData'];
    };
    /**
     * ErrorInfo
     * @description Why a dual-LLM run failed (`DualLlmResult.error`), flattened by the server from its internal execution error.
     *     Servers may add properties.
     */
    ErrorInfo: {
      /** @description Machine-readable error code chosen by the server. */
      code: string;
      /**
       * @description Human-readable explanation, e.g. `Tool call send_email denied by argument checking policies. …` or a message
       *     containing `Control flow violation` for policy denials.
       */
      message: string;
    };
    /**
     * DualLlmResult
     * @description The JSON document that a dual-LLM session returns as its final answer. It is not a response body of its own: it
     *     arrives as a JSON **string** in the text of the final assistant message, i.e. in
     *     `output[type=message].content[type=output_text].text` (the concatenated `output_text`), and the client parses
     *     it. With `X-Config` `response_format.strip_response_content` set to true the text is the plain result value
     *     instead. A policy denial is reported here (`status: failure`, `error`) inside an HTTP 200 whose `Response.status`
     *     is `failed`, not as an HTTP error. Servers may add properties; clients must keep unknown ones.
     * @example {
     *       "status": "success",
     *       "final_return_value": {
     *         "value": 97,
     *         "meta": {
     *           "tags": [],
     *           "consumers": [
     *             "*"
     *           ],
     *           "producers": []
     *         }
     *       }
     *     }
     * @example {
     *       "status": "failure",
     *       "error": {
     *         "code": "policy_violation",
     *         "message": "Tool call send_email denied by argument checking policies."
     *       },
     *       "program": "final_return_value = None\ndoc_id = \"DOC12345\"\nrecipient = \"research@gmail.com\"\nsubject = f\"Internal Document {doc_id}\"\ndocument_content = get_internal_document(doc_id=doc_id)\nemail_body = f\"Attached is the content of internal document {doc_id}:\\n\\n{document_content}\"\nsend_result = send_email(to=recipient, subject=subject, body=email_body)"
     *     }
     */
    DualLlmResult: {
      /**
       * @description Outcome of the program run: `success` (see `final_return_value`), `failure` (see `error`; e.g. a policy
       *     denial), or `unknown`. The Python SDK also reports `unknown` itself when the text cannot be parsed as this
       *     document.
       * @enum {string}
       */
      status: 'success' | 'failure' | 'unknown';
      /** @description The value the program returned, with its metadata. Present on `success`. */
      final_return_value?: components['schemas']['ValueWithMeta'] | null;
      /** @description Why the run failed. Present on `failure`. */
      error?: components['schemas']['ErrorInfo'] | null;
      /**
       * @description The Python-like program the planning LLM generated and the interpreter ran. Included when
       *     `response_format.include_program` is true, and typically on failures.
       */
      program?: string | null;
      /**
       * @description Every program variable after execution, by variable name, each with its metadata. Included when
       *     `response_format.include_namespace_snapshot` is true.
       */
      namespace_snapshot?: {
        [key: string]: components['schemas']['ValueWithMeta'];
      } | null;
      /** @description Session-level metadata accumulated so far (the value and its producers, consumers and tags). */
      session_meta?: components['schemas']['ValueWithMeta'] | null;
      /**
       * @description Record of the policy checks made during the run, one object per check (shape not fixed; entries may hold a
       *     `denied` list). Included when `response_format.include_policy_check_history` is true, and when a check
       *     denied a tool call.
       */
      policy_check_history?:
        | {
            [key: string]: unknown;
          }[]
        | null;
      /** @description True when the messages the client sent differed from the stored session history (see `fsm.history_mismatch_policy`). */
      message_history_mismatch_detected?: boolean | null;
    };
    /** @description A citation of a file that the file search tool retrieved. */
    FileCitationAnnotation: {
      /**
       * @description Annotation type, always `file_citation`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'file_citation';
      /** @description ID of the cited file. */
      file_id: string;
      /** @description Name of the cited file. */
      filename: string;
      /** @description Character offset in `text` at which the citation applies. */
      index: number;
    };
    /** @description A citation of a web page used to write the text (web search). */
    UrlCitationAnnotation: {
      /**
       * @description Annotation type, always `url_citation`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'url_citation';
      /** @description URL of the cited page. */
      url: string;
      /** @description Title of the cited page. */
      title: string;
      /** @description Character offset in `text` of the first character of the cited span. */
      start_index: number;
      /** @description Character offset in `text` of the last character of the cited span. */
      end_index: number;
    };
    /** @description A citation of a file inside a code interpreter container. */
    ContainerFileCitationAnnotation: {
      /**
       * @description Annotation type, always `container_file_citation`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'container_file_citation';
      /** @description ID of the container that holds the file. */
      container_id: string;
      /** @description ID of the cited container file. */
      file_id: string;
      /** @description Name of the cited container file. */
      filename: string;
      /** @description Character offset in `text` of the first character of the cited span. */
      start_index: number;
      /** @description Character offset in `text` of the last character of the cited span. */
      end_index: number;
    };
    /** @description A reference to a file generated by a tool (for example by the code interpreter). */
    FilePathAnnotation: {
      /**
       * @description Annotation type, always `file_path`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'file_path';
      /** @description ID of the referenced file. */
      file_id: string;
      /** @description Character offset in `text` at which the reference applies. */
      index: number;
    };
    /** @description An annotation on a span of output text, told apart by `type`: a citation of an uploaded file, a web page or a container file, or a path to a generated file. Clients should ignore annotation types that are not listed here. */
    ResponseOutputTextAnnotation:
      | components['schemas']['FileCitationAnnotation']
      | components['schemas']['UrlCitationAnnotation']
      | components['schemas']['ContainerFileCitationAnnotation']
      | components['schemas']['FilePathAnnotation'];
    /** @description Log probability of one generated token, with the most likely alternatives at that position. */
    ResponseOutputTextLogprob: {
      /** @description The token text. */
      token: string;
      /** @description UTF-8 bytes of the token (a token may hold only part of a multi-byte character). */
      bytes?: number[];
      /** @description Natural-log probability of the token (0 or negative). */
      logprob: number;
      /** @description The most likely tokens at this position, at most `top_logprobs` of them as requested; empty when none were requested. */
      top_logprobs?: {
        /** @description The alternative token text. */
        token: string;
        /** @description UTF-8 bytes of the alternative token. */
        bytes?: number[];
        /** @description Natural-log probability of the alternative token. */
        logprob: number;
      }[];
    };
    /** @description Text generated by the model. Joining the `text` of every `output_text` part of every `message` item, in order, gives `Response.output_text`. In Sequrity dual-LLM mode the text of the final message is a JSON-encoded `DualLlmResult`. */
    ResponseOutputText: {
      /**
       * @description Part type, always `output_text`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'output_text';
      /** @description The generated text. Empty on `response.content_part.added`; filled by `response.output_text.delta` events and final in `response.output_text.done`. In Sequrity dual-LLM mode the final message's text is a JSON document of the `DualLlmResult` schema (described here with `contentMediaType`/`contentSchema`, which annotate but do not constrain: any string is valid). */
      text: string;
      /** @description Citations and file references attached to spans of `text`, in the order they were added (index them with `annotation_index` from `response.output_text.annotation.added`). Usually present, empty when there are none. */
      annotations?: components['schemas']['ResponseOutputTextAnnotation'][];
      /** @description Per-token log probabilities of `text`. Filled only when log probabilities were requested (with `top_logprobs` or `include: ["message.output_text.logprobs"]`); otherwise empty or absent. */
      logprobs?: components['schemas']['ResponseOutputTextLogprob'][];
    };
    /** @description A refusal by the model to answer, in place of generated text. */
    ResponseOutputRefusal: {
      /**
       * @description Part type, always `refusal`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'refusal';
      /** @description The model's explanation of why it refused. Built from `response.refusal.delta` events when streaming. */
      refusal: string;
    };
    /** @description One content part of an assistant message: generated text (`output_text`) or a refusal (`refusal`). Clients should skip part types that are not listed here. */
    ResponseOutputMessageContent:
      components['schemas']['ResponseOutputText'] | components['schemas']['ResponseOutputRefusal'];
    /** @description An assistant message produced by the model. Its `output_text` parts hold the answer; in Sequrity dual-LLM mode the text is a JSON-encoded `DualLlmResult` (unless `response_format.strip_response_content` is set in `X-Config`). To continue a conversation statelessly, send the item back as an input item unchanged. */
    ResponseOutputMessage: {
      /** @description Unique ID of the message item (`msg_…` on OpenAI). */
      id: string;
      /**
       * @description Item type, always `message`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'message';
      /**
       * @description Author of the message, always `assistant` for output messages.
       * @constant
       */
      role: 'assistant';
      /** @description Status of the message. `in_progress` while it is being streamed, then `completed`, or `incomplete` if generation stopped early. */
      status: components['schemas']['ItemStatus'];
      /** @description Content parts in order. Empty on the `response.output_item.added` event; parts are added by `response.content_part.added` events when streaming. */
      content: components['schemas']['ResponseOutputMessageContent'][];
      /** @description Role of this message within an agentic turn, set by newer models: `commentary` (intermediate narration before tool calls) or `final_answer`. Open set. Send it back unchanged when replaying the message as input. */
      phase?: string | null;
    };
    /** @description A call of one of your `function` tools. Run the function yourself and send the result in the next request as a `function_call_output` input item with the same `call_id` (with Sequrity, together with `previous_response_id`). In dual-LLM mode Sequrity checks the call against your security policy before it is returned. */
    ResponseFunctionToolCall: {
      /** @description Unique ID of the item (`fc_…` on OpenAI). Always present on returned items. */
      id?: string;
      /**
       * @description Item type, always `function_call`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'function_call';
      /** @description ID that links this call to its `function_call_output`. Sequrity generates it; for chat tool calls its documentation shows it embeds the session id. */
      call_id: string;
      /** @description Name of the function to call. */
      name: string;
      /** @description Namespace of the function, when the tool was declared inside a namespace. */
      namespace?: string;
      /** @description The arguments as a JSON-encoded object string, as generated by the model; parse and validate it before use. Built from `response.function_call_arguments.delta` events when streaming. */
      arguments: string;
      /** @description What produced the call: the model directly, or a `program` item (programmatic tool calling). Absent or null means direct. */
      caller?:
        | {
            /**
             * @description Caller type, always `direct`.
             * @constant
             */
            type: 'direct';
          }
        | {
            /**
             * @description Caller type, always `program`.
             * @constant
             */
            type: 'program';
            /** @description The `call_id` of the `program` item that made the call. */
            caller_id: string;
          }
        | null;
      /** @description Status of the call item; `in_progress` while its arguments are being streamed. */
      status?: components['schemas']['ItemStatus'];
      /** @description Whether the tool call runs asynchronously. OpenAI field, not documented by Sequrity. */
      async?: boolean;
    };
    /** @description The result of a function call, as stored in the response history (you send results as `function_call_output` input items; servers may echo them back as output items). */
    ResponseFunctionCallOutputItem: {
      /** @description Unique ID of the item. */
      id?: string;
      /**
       * @description Item type, always `function_call_output`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'function_call_output';
      /** @description The `call_id` of the `function_call` this answers. */
      call_id: string;
      /** @description The function's result, as a string or as a list of input content parts (text, image, file). */
      output:
        | string
        | (
            | components['schemas']['ResponseInputText']
            | components['schemas']['ResponseInputImage']
            | components['schemas']['ResponseInputFile']
          )[];
      /** @description Name of the tool that produced the output. */
      name?: string;
      /** @description Namespace of the tool that produced the output. */
      namespace?: string;
      /** @description What produced the originating call; absent or null means the model called it directly. */
      caller?:
        | {
            /**
             * @description Caller type, always `direct`.
             * @constant
             */
            type: 'direct';
          }
        | {
            /**
             * @description Caller type, always `program`.
             * @constant
             */
            type: 'program';
            /** @description The `call_id` of the `program` item that made the call. */
            caller_id: string;
          }
        | null;
      /** @description Identifier of the actor that created the item. */
      created_by?: string;
      /** @description Status of the item. */
      status?: components['schemas']['ItemStatus'];
    };
    /** @description A call of one of your `custom` tools, with free-form input (optionally constrained by a grammar). Answer with a `custom_tool_call_output` input item. */
    ResponseCustomToolCall: {
      /** @description Unique ID of the item. Always present on returned items. */
      id?: string;
      /**
       * @description Item type, always `custom_tool_call`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'custom_tool_call';
      /** @description ID that links this call to its `custom_tool_call_output`. */
      call_id: string;
      /** @description Name of the custom tool. */
      name: string;
      /** @description Namespace of the tool, when it was declared inside a namespace. */
      namespace?: string;
      /** @description The input generated by the model. Built from `response.custom_tool_call_input.delta` events when streaming. */
      input: string;
      /** @description What produced the call; absent or null means the model called the tool directly. */
      caller?:
        | {
            /**
             * @description Caller type, always `direct`.
             * @constant
             */
            type: 'direct';
          }
        | {
            /**
             * @description Caller type, always `program`.
             * @constant
             */
            type: 'program';
            /** @description The `call_id` of the `program` item that made the call. */
            caller_id: string;
          }
        | null;
      /** @description Whether the tool call runs asynchronously. OpenAI field, not documented by Sequrity. */
      async?: boolean;
    };
    /** @description The result of a custom tool call, as stored in the response history. */
    ResponseCustomToolCallOutput: {
      /** @description Unique ID of the item. */
      id?: string;
      /**
       * @description Item type, always `custom_tool_call_output`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'custom_tool_call_output';
      /** @description The `call_id` of the `custom_tool_call` this answers. */
      call_id: string;
      /** @description The tool's result, as a string or as a list of input content parts (text, image, file). */
      output:
        | string
        | (
            | components['schemas']['ResponseInputText']
            | components['schemas']['ResponseInputImage']
            | components['schemas']['ResponseInputFile']
          )[];
      /** @description What produced the call; absent or null means the model called the tool directly. */
      caller?:
        | {
            /**
             * @description Caller type, always `direct`.
             * @constant
             */
            type: 'direct';
          }
        | {
            /**
             * @description Caller type, always `program`.
             * @constant
             */
            type: 'program';
            /** @description The `call_id` of the `program` item that made the call. */
            caller_id: string;
          }
        | null;
      /** @description Identifier of the actor that created the item. */
      created_by?: string;
      /** @description Status of the item. */
      status?: components['schemas']['ItemStatus'];
    };
    /** @description A mouse click at a point. */
    ComputerActionClick: {
      /**
       * @description Action type, always `click`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'click';
      /**
       * @description Mouse button to press.
       * @enum {string}
       */
      button: 'left' | 'right' | 'wheel' | 'back' | 'forward';
      /** @description X coordinate of the click, in pixels. */
      x: number;
      /** @description Y coordinate of the click, in pixels. */
      y: number;
      /** @description Keys held down during the action (for example `SHIFT`), if any. */
      keys?: string[] | null;
    };
    /** @description A double click with the left mouse button at a point. */
    ComputerActionDoubleClick: {
      /**
       * @description Action type, always `double_click`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'double_click';
      /** @description X coordinate of the double click, in pixels. */
      x: number;
      /** @description Y coordinate of the double click, in pixels. */
      y: number;
      /** @description Keys held down during the action (for example `SHIFT`), if any. */
      keys?: string[] | null;
    };
    /** @description Pressing the mouse button, moving along a path, and releasing it. */
    ComputerActionDrag: {
      /**
       * @description Action type, always `drag`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'drag';
      /** @description Points of the drag path in order, from start to end. */
      path: {
        /** @description X coordinate, in pixels. */
        x: number;
        /** @description Y coordinate, in pixels. */
        y: number;
      }[];
      /** @description Keys held down during the action (for example `SHIFT`), if any. */
      keys?: string[] | null;
    };
    /** @description Pressing a key combination. */
    ComputerActionKeypress: {
      /**
       * @description Action type, always `keypress`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'keypress';
      /** @description Keys to press together (for example `["CTRL", "C"]`). */
      keys: string[];
    };
    /** @description Moving the mouse pointer to a point. */
    ComputerActionMove: {
      /**
       * @description Action type, always `move`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'move';
      /** @description X coordinate to move to, in pixels. */
      x: number;
      /** @description Y coordinate to move to, in pixels. */
      y: number;
      /** @description Keys held down during the action (for example `SHIFT`), if any. */
      keys?: string[] | null;
    };
    /** @description Taking a screenshot of the current screen. */
    ComputerActionScreenshot: {
      /**
       * @description Action type, always `screenshot`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'screenshot';
    };
    /** @description Scrolling with the pointer at a point. */
    ComputerActionScroll: {
      /**
       * @description Action type, always `scroll`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'scroll';
      /** @description X coordinate of the pointer while scrolling, in pixels. */
      x: number;
      /** @description Y coordinate of the pointer while scrolling, in pixels. */
      y: number;
      /** @description Horizontal scroll distance in pixels (positive scrolls right). */
      scroll_x: number;
      /** @description Vertical scroll distance in pixels (positive scrolls down). */
      scroll_y: number;
      /** @description Keys held down during the action (for example `SHIFT`), if any. */
      keys?: string[] | null;
    };
    /** @description Typing text. */
    ComputerActionTypeText: {
      /**
       * @description Action type, always `type`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'type';
      /** @description The text to type. */
      text: string;
    };
    /** @description Waiting briefly (for example for a page to load) before the next screenshot. */
    ComputerActionWait: {
      /**
       * @description Action type, always `wait`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'wait';
    };
    /** @description One UI action requested by the computer-use tool, told apart by `type`. Coordinates are integer screen pixels from the top-left corner of the display. Clients should reject or skip action types they do not know. */
    ComputerAction:
      | components['schemas']['ComputerActionClick']
      | components['schemas']['ComputerActionDoubleClick']
      | components['schemas']['ComputerActionDrag']
      | components['schemas']['ComputerActionKeypress']
      | components['schemas']['ComputerActionMove']
      | components['schemas']['ComputerActionScreenshot']
      | components['schemas']['ComputerActionScroll']
      | components['schemas']['ComputerActionTypeText']
      | components['schemas']['ComputerActionWait'];
    /** @description A safety check raised for a computer-use action (for example a suspected prompt injection). Pending checks must be acknowledged in the next `computer_call_output` before the action proceeds. */
    ComputerSafetyCheck: {
      /** @description ID of the safety check; echo it when acknowledging. */
      id: string;
      /** @description Kind of safety check (for example `malicious_instructions`, `irrelevant_domain`, `sensitive_domain`). */
      code?: string | null;
      /** @description Human-readable details of the safety check. */
      message?: string | null;
    };
    /** @description A request from the computer-use tool to perform a UI action. Perform it in your environment and answer with a `computer_call_output` input item carrying a screenshot and the same `call_id`. */
    ResponseComputerToolCall: {
      /** @description Unique ID of the computer call. */
      id: string;
      /**
       * @description Item type, always `computer_call`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'computer_call';
      /** @description ID to use in the matching `computer_call_output`. */
      call_id: string;
      /** @description The single action to perform (older `computer_use_preview` tool). */
      action?: components['schemas']['ComputerAction'];
      /** @description The actions to perform in order, when the model batches several (newer `computer` tool). */
      actions?: components['schemas']['ComputerAction'][];
      /** @description Safety checks you must acknowledge before performing the action. Usually empty. */
      pending_safety_checks?: components['schemas']['ComputerSafetyCheck'][];
      /** @description Status of the call item. */
      status: components['schemas']['ItemStatus'];
    };
    /** @description The result of a computer-use action (a screenshot), as stored in the response history. You send these as `computer_call_output` input items; servers may echo them back. */
    ResponseComputerCallOutputItem: {
      /** @description Unique ID of the item. */
      id?: string;
      /**
       * @description Item type, always `computer_call_output`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'computer_call_output';
      /** @description The `call_id` of the `computer_call` this answers. */
      call_id: string;
      /** @description Screenshot of the screen after the action, by URL or uploaded file. */
      output: {
        /**
         * @description Output type, always `computer_screenshot`.
         * @constant
         */
        type: 'computer_screenshot';
        /** @description URL of the screenshot, or a base64 `data:` URL. */
        image_url?: string;
        /** @description ID of an uploaded file that holds the screenshot. */
        file_id?: string;
      };
      /** @description The pending safety checks of the call that the developer acknowledged. */
      acknowledged_safety_checks?: components['schemas']['ComputerSafetyCheck'][];
      /** @description Identifier of the actor that created the item. */
      created_by?: string;
      /**
       * @description Status of the item.
       * @enum {string}
       */
      status?: 'in_progress' | 'completed' | 'incomplete' | 'failed';
    };
    /** @description A search of uploaded files (vector stores) run by the hosted `file_search` tool. */
    ResponseFileSearchToolCall: {
      /** @description Unique ID of the file search call (`fs_…` on OpenAI). */
      id: string;
      /**
       * @description Item type, always `file_search_call`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'file_search_call';
      /**
       * @description Progress of the search: `in_progress`, `searching`, `completed`, `incomplete` or `failed`. Mirrors the `response.file_search_call.*` stream events.
       * @enum {string}
       */
      status: 'in_progress' | 'searching' | 'completed' | 'incomplete' | 'failed';
      /** @description The search queries the model issued. May be empty while the search is starting. */
      queries?: string[];
      /** @description The retrieved chunks. Null unless requested with `include: ["file_search_call.results"]`. */
      results?:
        | {
            /** @description ID of the file the chunk comes from. */
            file_id?: string;
            /** @description Name of the file the chunk comes from. */
            filename?: string;
            /** @description Relevance score from 0 to 1. */
            score?: number;
            /** @description The retrieved text. */
            text?: string;
            /** @description Attributes attached to the file (up to 16 pairs; values are strings, numbers or booleans). */
            attributes?: {
              [key: string]: string | number | boolean;
            } | null;
          }[]
        | null;
    };
    /** @description A web search query. */
    WebSearchActionSearch: {
      /**
       * @description Action type, always `search`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'search';
      /**
       * @deprecated
       * @description Deprecated by OpenAI: the search query. Older field; newer servers send `queries` (and may still send this too).
       */
      query?: string | null;
      /** @description The search queries issued. */
      queries?: string[];
      /** @description Sources consulted for the search, when requested with `include: ["web_search_call.action.sources"]`. */
      sources?: {
        /** @description Kind of source. Open set; known values: `url` (a web page, see `url`) and `api` (a first-party data feed, see `name`). */
        type: string;
        /** @description URL of the page, for `url` sources. */
        url?: string | null;
        /** @description Name of the data feed, for `api` sources (for example `oai-weather`). */
        name?: string;
      }[];
    };
    /** @description Opening a page, typically one found by an earlier search. */
    WebSearchActionOpenPage: {
      /**
       * @description Action type, always `open_page`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'open_page';
      /** @description URL of the page that was opened. May be absent or null. */
      url?: string | null;
    };
    /** @description Searching for a pattern inside a loaded page. The wire tag is `find_in_page` (some older type definitions, including the Sequrity Python SDK, call it `find`). */
    WebSearchActionFind: {
      /**
       * @description Action type, always `find_in_page`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'find_in_page';
      /** @description URL of the page that was searched. */
      url?: string;
      /** @description The text or pattern searched for. */
      pattern: string;
    };
    /** @description The action a web search call performed, told apart by `type`: a `search`, opening a page (`open_page`), or finding text in a page (`find_in_page`). Clients should accept action types that are not listed here. */
    WebSearchAction:
      | components['schemas']['WebSearchActionSearch']
      | components['schemas']['WebSearchActionOpenPage']
      | components['schemas']['WebSearchActionFind'];
    /** @description A web search, page visit or in-page find run by the hosted web search tool. */
    ResponseFunctionWebSearch: {
      /** @description Unique ID of the web search call (`ws_…` on OpenAI). */
      id: string;
      /**
       * @description Item type, always `web_search_call`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'web_search_call';
      /**
       * @description Progress of the call: `in_progress`, `searching`, `completed`, `failed` or `incomplete`. Mirrors the `response.web_search_call.*` stream events.
       * @enum {string}
       */
      status: 'in_progress' | 'searching' | 'completed' | 'failed' | 'incomplete';
      /** @description What the tool did. Absent on older servers and on `response.output_item.added`. */
      action?: components['schemas']['WebSearchAction'];
    };
    /** @description A command for your local shell tool to execute, as requested by the model. */
    LocalShellExecAction: {
      /**
       * @description Action type, always `exec`.
       * @constant
       */
      type: 'exec';
      /** @description The command and its arguments (argv form, not a shell string). */
      command: string[];
      /** @description Environment variables to set for the command; may be empty. */
      env?: {
        [key: string]: string;
      };
      /** @description Time limit for the command, in milliseconds. */
      timeout_ms?: number | null;
      /** @description User to run the command as. */
      user?: string | null;
      /** @description Directory to run the command in. */
      working_directory?: string | null;
    };
    /** @description A command the model wants run on your machine with the `local_shell` tool. Run it and answer with a `local_shell_call_output` input item. */
    ResponseLocalShellCall: {
      /** @description Unique ID of the item (`lsh_…` on OpenAI). */
      id: string;
      /**
       * @description Item type, always `local_shell_call`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'local_shell_call';
      /** @description ID that links this call to its output. */
      call_id: string;
      /** @description The command to execute. */
      action: components['schemas']['LocalShellExecAction'];
      /** @description Status of the call item. */
      status: components['schemas']['ItemStatus'];
    };
    /** @description The output of a local shell command, as stored in the response history. */
    ResponseLocalShellCallOutput: {
      /** @description ID of the item; the `call_id` of the local shell call it answers. */
      id: string;
      /**
       * @description Item type, always `local_shell_call_output`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'local_shell_call_output';
      /** @description The command's output, as a JSON string. */
      output: string;
      /** @description Status of the item. */
      status?: components['schemas']['ItemStatus'] | null;
    };
    /** @description Shell commands the model wants run with the `shell` tool, either in a hosted container (the server runs them and adds a `shell_call_output` item) or in your local environment (you run them and answer with a `shell_call_output` input item). */
    ResponseShellCall: {
      /** @description Unique ID of the item (`sh_…` on OpenAI). */
      id?: string;
      /**
       * @description Item type, always `shell_call`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'shell_call';
      /** @description ID that links this call to its `shell_call_output`. */
      call_id: string;
      /** @description The commands to run and their limits. */
      action: {
        /** @description Commands to run in order, each a shell command line. Built from `response.shell_call_command.*` events when streaming. */
        commands: string[];
        /** @description Maximum number of characters of output to keep from each command. */
        max_output_length?: number | null;
        /** @description Time limit for the commands, in milliseconds. */
        timeout_ms?: number | null;
      };
      /** @description Where the commands run; null or absent when not reported. */
      environment?:
        | {
            /**
             * @description Environment type, always `local`.
             * @constant
             */
            type: 'local';
            /** @description The local skills made available to the commands. */
            skills?: {
              /** @description The name of the skill. */
              name: string;
              /** @description What the skill does. */
              description: string;
              /** @description The path of the directory that holds the skill. */
              path: string;
            }[];
          }
        | {
            /**
             * @description Environment type, always `container_reference`.
             * @constant
             */
            type: 'container_reference';
            /** @description ID of the container. */
            container_id: string;
          }
        | null;
      /** @description What produced the call; absent or null means the model called the tool directly. */
      caller?:
        | {
            /**
             * @description Caller type, always `direct`.
             * @constant
             */
            type: 'direct';
          }
        | {
            /**
             * @description Caller type, always `program`.
             * @constant
             */
            type: 'program';
            /** @description The `call_id` of the `program` item that made the call. */
            caller_id: string;
          }
        | null;
      /** @description Identifier of the actor that created the item. */
      created_by?: string;
      /** @description Status of the call item. */
      status?: components['schemas']['ItemStatus'];
    };
    /** @description The output of the commands of a `shell_call`, one entry per command. Produced by the server for hosted containers; for local environments you send it as an input item. */
    ResponseShellCallOutput: {
      /** @description Unique ID of the item (`sho_…` on OpenAI). */
      id?: string;
      /**
       * @description Item type, always `shell_call_output`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'shell_call_output';
      /** @description The `call_id` of the `shell_call` this answers. */
      call_id: string;
      /** @description Captured output, one entry per command in order. Built from `response.shell_call_output_content.*` events when streaming. */
      output: {
        /** @description Captured standard output. */
        stdout: string;
        /** @description Captured standard error. */
        stderr: string;
        /** @description How the command ended, told apart by `type`. */
        outcome:
          | {
              /**
               * @description Outcome type, always `exit`.
               * @constant
               */
              type: 'exit';
              /** @description Exit code of the command (0 means success). */
              exit_code: number;
            }
          | {
              /**
               * @description Outcome type, always `timeout`.
               * @constant
               */
              type: 'timeout';
            };
        /** @description Identifier of the actor that produced this output. */
        created_by?: string;
      }[];
      /** @description The output limit from the call's `action.max_output_length`, passed back with the output. */
      max_output_length?: number | null;
      /** @description What produced the call; absent or null means the model called the tool directly. */
      caller?:
        | {
            /**
             * @description Caller type, always `direct`.
             * @constant
             */
            type: 'direct';
          }
        | {
            /**
             * @description Caller type, always `program`.
             * @constant
             */
            type: 'program';
            /** @description The `call_id` of the `program` item that made the call. */
            caller_id: string;
          }
        | null;
      /** @description Identifier of the actor that created the item. */
      created_by?: string;
      /** @description Status of the output item. */
      status?: components['schemas']['ItemStatus'];
    };
    /** @description A file change the model wants made with the `apply_patch` tool. Apply it and answer with an `apply_patch_call_output` input item. */
    ResponseApplyPatchCall: {
      /** @description Unique ID of the item. */
      id?: string;
      /**
       * @description Item type, always `apply_patch_call`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'apply_patch_call';
      /** @description ID that links this call to its `apply_patch_call_output`. */
      call_id: string;
      /** @description The file operation, told apart by `type`. When streaming, `diff` is built from `response.apply_patch_call_operation_diff.*` events. */
      operation?:
        | {
            /**
             * @description Operation type, always `create_file`.
             * @constant
             */
            type: 'create_file';
            /** @description Path of the file to create. */
            path: string;
            /** @description Diff that produces the new file's content. */
            diff: string;
          }
        | {
            /**
             * @description Operation type, always `delete_file`.
             * @constant
             */
            type: 'delete_file';
            /** @description Path of the file to delete. */
            path: string;
          }
        | {
            /**
             * @description Operation type, always `update_file`.
             * @constant
             */
            type: 'update_file';
            /** @description Path of the file to update. */
            path: string;
            /** @description Diff to apply to the file. */
            diff: string;
          };
      /** @description What produced the call; absent or null means the model called the tool directly. */
      caller?:
        | {
            /**
             * @description Caller type, always `direct`.
             * @constant
             */
            type: 'direct';
          }
        | {
            /**
             * @description Caller type, always `program`.
             * @constant
             */
            type: 'program';
            /** @description The `call_id` of the `program` item that made the call. */
            caller_id: string;
          }
        | null;
      /** @description Identifier of the actor that created the item. */
      created_by?: string;
      /**
       * @description Status of the call item.
       * @enum {string}
       */
      status: 'in_progress' | 'completed';
    };
    /** @description The result of applying a patch, as stored in the response history. */
    ResponseApplyPatchCallOutput: {
      /** @description Unique ID of the item. */
      id?: string;
      /**
       * @description Item type, always `apply_patch_call_output`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'apply_patch_call_output';
      /** @description The `call_id` of the `apply_patch_call` this answers. */
      call_id: string;
      /**
       * @description Whether the patch was applied (`completed`) or not (`failed`).
       * @enum {string}
       */
      status: 'completed' | 'failed';
      /** @description Log text from applying the patch, if any. */
      output?: string | null;
      /** @description What produced the call; absent or null means the model called the tool directly. */
      caller?:
        | {
            /**
             * @description Caller type, always `direct`.
             * @constant
             */
            type: 'direct';
          }
        | {
            /**
             * @description Caller type, always `program`.
             * @constant
             */
            type: 'program';
            /** @description The `call_id` of the `program` item that made the call. */
            caller_id: string;
          }
        | null;
      /** @description Identifier of the actor that created the item. */
      created_by?: string;
    };
    /** @description One tool offered by an MCP server. */
    McpListToolsTool: {
      /** @description Name of the tool. */
      name: string;
      /** @description Description of the tool, as given by the server. */
      description?: string | null;
      /** @description JSON Schema of the tool's arguments. */
      input_schema: {
        [key: string]: unknown;
      };
      /** @description MCP tool annotations (hints such as `read_only`), as given by the server. */
      annotations?: {
        [key: string]: unknown;
      } | null;
    };
    /** @description The list of tools an MCP server offers, fetched by the server when the `mcp` tool is first used. */
    ResponseMcpListTools: {
      /** @description Unique ID of the item (`mcpl_…` on OpenAI). */
      id: string;
      /**
       * @description Item type, always `mcp_list_tools`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'mcp_list_tools';
      /** @description Label of the MCP server, as given in the `mcp` tool. */
      server_label: string;
      /** @description The tools the server offers. */
      tools: components['schemas']['McpListToolsTool'][];
      /** @description Why the tools could not be listed, if that failed. */
      error?: string | null;
    };
    /** @description A request for your approval before an MCP tool is called (when the `mcp` tool requires approval). Answer with an `mcp_approval_response` input item. */
    ResponseMcpApprovalRequest: {
      /** @description Unique ID of the request (`mcpr_…` on OpenAI); use it as `approval_request_id` in the response. */
      id: string;
      /**
       * @description Item type, always `mcp_approval_request`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'mcp_approval_request';
      /** @description Label of the MCP server. */
      server_label: string;
      /** @description Name of the tool the model wants to call. */
      name: string;
      /** @description The proposed arguments, as a JSON-encoded string. */
      arguments: string;
    };
    /** @description An answer to an MCP approval request, as stored in the response history. */
    ResponseMcpApprovalResponse: {
      /** @description Unique ID of the item. */
      id?: string;
      /**
       * @description Item type, always `mcp_approval_response`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'mcp_approval_response';
      /** @description ID of the `mcp_approval_request` being answered. */
      approval_request_id: string;
      /** @description Whether the call was approved. */
      approve: boolean;
      /** @description Reason given for the decision, if any. */
      reason?: string | null;
    };
    /** @description A call of a tool on a remote MCP server, made by the server on the model's behalf. */
    ResponseMcpCall: {
      /** @description Unique ID of the MCP call (`mcp_…` on OpenAI). */
      id: string;
      /**
       * @description Item type, always `mcp_call`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'mcp_call';
      /** @description Label of the MCP server, as given in the `mcp` tool. */
      server_label: string;
      /** @description Name of the tool that was called. */
      name: string;
      /** @description The arguments as a JSON-encoded string. Built from `response.mcp_call_arguments.delta` events when streaming. */
      arguments: string;
      /** @description What the tool returned; null until the call finishes or when it failed. */
      output?: string | null;
      /** @description Why the call failed; null on success. Older servers send a string, newer ones an object told apart by `type` (`mcp_protocol_error`, `mcp_tool_execution_error`, `http_error`). */
      error?:
        | string
        | {
            /** @description Kind of error. Open set; known values: `mcp_protocol_error`, `mcp_tool_execution_error`, `http_error`. */
            type: string;
            /** @description Protocol or HTTP status code, for `mcp_protocol_error` and `http_error`. */
            code?: number;
            /** @description Error message, for `mcp_protocol_error` and `http_error`. */
            message?: string;
            /** @description Error content returned by the tool, for `mcp_tool_execution_error`. */
            content?: unknown;
          }
        | null;
      /** @description ID of the `mcp_approval_request` that was approved for this call, if approval was required. */
      approval_request_id?: string | null;
      /**
       * @description Progress of the call: `in_progress`, `calling`, `completed`, `incomplete` or `failed`. Mirrors the `response.mcp_call.*` stream events.
       * @enum {string}
       */
      status?: 'in_progress' | 'calling' | 'completed' | 'incomplete' | 'failed';
    };
    /** @description One part of a reasoning summary: readable text that summarises the model's hidden reasoning. Produced when reasoning summaries are enabled; also the `part` of `response.reasoning_summary_part.*` events. */
    ResponseReasoningSummaryText: {
      /**
       * @description Part type, always `summary_text`.
       * @constant
       */
      type: 'summary_text';
      /** @description The summary text. Built from `response.reasoning_summary_text.delta` events when streaming. */
      text: string;
    };
    /** @description Raw reasoning text from the model. Only some models and servers expose it (for example open-weight or third-party Responses-compatible servers); OpenAI's hosted reasoning models return summaries instead. */
    ResponseReasoningText: {
      /**
       * @description Part type, always `reasoning_text`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'reasoning_text';
      /** @description The reasoning text. Built from `response.reasoning_text.delta` events when streaming. */
      text: string;
    };
    /** @description The model's reasoning for this turn. The reasoning itself is usually hidden: it may carry a readable `summary`, raw `content` on servers that expose it, and an opaque `encrypted_content` that lets a stateless client send the item back in the next request. */
    ResponseReasoningItem: {
      /** @description Unique ID of the reasoning item (`rs_…` on OpenAI). */
      id: string;
      /**
       * @description Item type, always `reasoning`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'reasoning';
      /** @description Summary parts, in order. Empty when no summary was requested or produced. */
      summary: components['schemas']['ResponseReasoningSummaryText'][];
      /** @description Raw reasoning text parts, when the server exposes them. */
      content?: components['schemas']['ResponseReasoningText'][];
      /** @description Opaque, encrypted reasoning state, returned when requested with `include: ["reasoning.encrypted_content"]` (or by default on some servers). Send it back unchanged to let the model continue from its reasoning when `store` is false. Take it from `response.output_item.done`; the copy in `.added` may be incomplete. */
      encrypted_content?: string | null;
      /** @description Status of the reasoning item. Sent by some servers only. */
      status?: components['schemas']['ItemStatus'];
    };
    /** @description An image generated by the hosted `image_generation` tool. */
    ResponseImageGenerationCall: {
      /** @description Unique ID of the image generation call (`ig_…` on OpenAI). */
      id: string;
      /**
       * @description Item type, always `image_generation_call`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'image_generation_call';
      /**
       * @description Progress of the call: `in_progress`, `generating`, `completed` or `failed`. Mirrors the `response.image_generation_call.*` stream events.
       * @enum {string}
       */
      status: 'in_progress' | 'generating' | 'completed' | 'failed';
      /** @description The generated image, base64-encoded (no `data:` prefix); null until finished. Can be many megabytes. */
      result?: string | null;
      /** @description The prompt the tool actually used, after the model rewrote yours. */
      revised_prompt?: string | null;
      /** @description Background of the generated image. Open set; known values: `opaque`, `transparent`, `auto`. */
      background?: string;
      /** @description File format of `result`. Open set; known values: `png`, `webp`, `jpeg`, `gif`, `svg`. */
      output_format?: string;
      /** @description Quality the image was rendered at. Open set; known values: `low`, `medium`, `high`, `xhigh`, `max`, `auto`. */
      quality?: string;
      /** @description Size of the generated image in pixels, as `WIDTHxHEIGHT` (for example `1536x1024`). */
      size?: string;
      /** @description Whether the image was generated or edited. Open set; known values: `generate`, `edit`, `auto`. */
      action?: string | null;
      /** @description Details of a failure (such as a moderation block), when available. */
      error?: {
        /** @description The error code (for example `moderation_blocked`). */
        code?: string | null;
        /** @description A description of the error. */
        message?: string;
        /** @description The related request parameter. */
        param?: string | null;
        /** @description The error type. */
        type?: string;
        /** @description Public details of a `moderation_blocked` error, when available. */
        moderation_details?: {
          /** @description The moderation categories that blocked the image; new categories may appear. */
          categories?: string[];
          /** @description Where moderation blocked the call. Open set; known values: `input`, `output`, `unknown`. */
          moderation_stage?: string;
        };
      };
      /** @description Token usage of the model that authored `svg` output. */
      svg_usage?: {
        /** @description The model that authored the SVG. */
        model?: string;
        /** @description Input tokens used. */
        input_tokens?: number;
        /** @description Output tokens generated. */
        output_tokens?: number;
        /** @description Output tokens spent on reasoning. */
        reasoning_tokens?: number;
        /** @description Input and output tokens together. */
        total_tokens?: number;
      };
    };
    /** @description Python code run by the hosted code interpreter tool in a container. */
    ResponseCodeInterpreterToolCall: {
      /** @description Unique ID of the code interpreter call (`ci_…` on OpenAI). */
      id: string;
      /**
       * @description Item type, always `code_interpreter_call`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'code_interpreter_call';
      /**
       * @description Progress of the call: `in_progress`, `interpreting`, `completed`, `incomplete` or `failed`. Mirrors the `response.code_interpreter_call.*` stream events.
       * @enum {string}
       */
      status: 'in_progress' | 'interpreting' | 'completed' | 'incomplete' | 'failed';
      /** @description ID of the container the code ran in. */
      container_id: string;
      /** @description The code that was run; null while not yet available. Built from `response.code_interpreter_call_code.delta` events when streaming. */
      code?: string | null;
      /** @description What the code produced (logs, images). Null unless requested with `include: ["code_interpreter_call.outputs"]` or when there is none. */
      outputs?:
        | (
            | {
                /**
                 * @description Output type, always `logs`.
                 * @constant
                 */
                type: 'logs';
                /** @description The log text. */
                logs: string;
              }
            | {
                /**
                 * @description Output type, always `image`.
                 * @constant
                 */
                type: 'image';
                /** @description URL of the image. */
                url: string;
              }
          )[]
        | null;
    };
    /** @description A search by the model for tools to load (the `tool_search` tool, used with tools declared with deferred loading). Run by the server or, for client execution, by you. */
    ResponseToolSearchCall: {
      /** @description Unique ID of the item (`tsc_…` on OpenAI). */
      id: string;
      /**
       * @description Item type, always `tool_search_call`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'tool_search_call';
      /** @description ID that links this call to its `tool_search_output`; null when the server ran the search. */
      call_id?: string | null;
      /** @description Who runs the search. Open set; known values `server` and `client`. */
      execution?: string;
      /** @description The search arguments generated by the model (for example `{"paths": ["get_weather"]}`). */
      arguments?: unknown;
      /** @description Identifier of the actor that created the item. */
      created_by?: string;
      /** @description Status of the item. */
      status: components['schemas']['ItemStatus'];
    };
    /** @description A function defined in your code that the model may call. The Responses shape is flat (`name`, `parameters`, `strict` and `description` sit next to `type`), unlike Chat Completions, which nests them under `function`. The model answers with a `function_call` output item; your code runs the function and sends the result back as a `function_call_output` input item. In dual-LLM mode the calls come from Sequrity's planner LLM and are checked against the security policy (`X-Policy`), which can deny them. */
    FunctionTool: {
      /**
       * @description The tool type. Always `function`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'function';
      /** @description The function name the model uses to call it; unique among the tools of a request. */
      name: string;
      /** @description What the function does; the model reads it to decide when and how to call the function. */
      description?: string | null;
      /** @description A JSON Schema object describing the function's arguments. */
      parameters?: {
        [key: string]: unknown;
      } | null;
      /** @description Whether the provider enforces `parameters` exactly when generating arguments. The Sequrity Python SDK documents the default as true; OpenAI uses strict mode when the schema allows it if this is omitted. */
      strict?: boolean | null;
      /** @description A JSON Schema object describing the JSON value that the function returns as its output string. OpenAI field, not documented by Sequrity. */
      output_schema?: {
        [key: string]: unknown;
      } | null;
      /** @description When true, the tool is not shown to the model up front but is discovered through the `tool_search` tool. OpenAI field, not documented by Sequrity. */
      defer_loading?: boolean;
      /** @description Which contexts may invoke the tool: `direct` (the model calls it) and/or `programmatic` (code run by the `programmatic_tool_calling` tool calls it). OpenAI field, not documented by Sequrity. */
      allowed_callers?: ('direct' | 'programmatic')[] | null;
      /** @description Whether the function's result may be returned asynchronously (in a later request) rather than with the next response creation. OpenAI field, not documented by Sequrity. */
      async?: boolean;
    };
    /** @description A hosted tool that searches uploaded files or vector stores and returns matching chunks. The Sequrity Python SDK knows only `file_ids` and silently drops the OpenAI fields (`vector_store_ids`, `filters`, `max_num_results`, `ranking_options`) before sending; other clients can send them. */
    FileSearchTool: {
      /**
       * @description The tool type. Always `file_search`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'file_search';
      /** @description The IDs of the vector stores to search. Required by OpenAI. */
      vector_store_ids?: string[];
      /** @description The IDs of the files to search. Sequrity SDK field; not part of OpenAI's tool. */
      file_ids?: string[];
      /** @description An attribute filter applied to the files before searching: a comparison filter (`{type: eq|ne|gt|gte|lt|lte|in|nin, key, value}`, where `in` and `nin` take a list of values) or a compound filter (`{type: and|or, filters: [...]}`). */
      filters?:
        | ({
            /**
             * @description A comparison (`eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `in`, `nin`) of the attribute `key` with `value`, or a compound filter (`and`, `or`) of `filters`.
             * @enum {string}
             */
            type?: 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'nin' | 'and' | 'or';
            /** @description For a comparison, the file attribute to compare. */
            key?: string;
            /** @description For a comparison, the value to compare with; a list of strings and numbers for `in` and `nin`. */
            value?: string | number | boolean | (string | number)[];
            /** @description For `and` and `or`, the filters to combine (comparison or compound filters). */
            filters?: {
              [key: string]: unknown;
            }[];
          } & {
            [key: string]: unknown;
          })
        | null;
      /** @description The maximum number of results to return, from 1 to 50. */
      max_num_results?: number;
      /** @description How search results are ranked. */
      ranking_options?: {
        /** @description The ranker to use. Known values are `auto` and `default-2024-11-15`. */
        ranker?: string;
        /** @description The minimum relevance score of a result, from 0 to 1; higher values return fewer, more relevant results. */
        score_threshold?: number;
        /** @description Weights for reciprocal rank fusion when hybrid (embedding plus keyword) search is used. */
        hybrid_search?: {
          /** @description The weight of embedding (semantic) matches. */
          embedding_weight?: number;
          /** @description The weight of text (keyword) matches. */
          text_weight?: number;
        };
      };
    };
    /** @description The approximate location of the user, given to the web search tools to localise results. All fields are free text except `country` (ISO code) and `timezone` (IANA name). */
    WebSearchUserLocation: {
      /**
       * @description The kind of location. Always `approximate`; required by `web_search_preview` and `web_search_preview_2025_03_11`, optional for `web_search`.
       * @constant
       */
      type?: 'approximate';
      /** @description The user's city, e.g. `San Francisco`. */
      city?: string | null;
      /** @description The user's country as a two-letter ISO 3166-1 code, e.g. `US`. */
      country?: string | null;
      /** @description The user's region or state, e.g. `California`. */
      region?: string | null;
      /** @description The user's IANA time zone, e.g. `America/Los_Angeles`. */
      timezone?: string | null;
    };
    /** @description A hosted tool that searches the web for sources related to the input (OpenAI's current web search tool). `web_search_2025_08_26` is the same tool pinned to a dated version. The Sequrity Python SDK keeps any fields of this tool as given. */
    WebSearchTool: {
      /**
       * @description The tool type. Always `web_search`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'web_search';
      /** @description Restrictions on which sources the search may use. */
      filters?: {
        /** @description Domains the search may return results from, e.g. `pubmed.ncbi.nlm.nih.gov`; subdomains are included. All domains are allowed when omitted. */
        allowed_domains?: string[] | null;
      } | null;
      /**
       * @description How much context-window space the search results may use. Defaults to `medium`.
       * @enum {string}
       */
      search_context_size?: 'low' | 'medium' | 'high';
      /** @description The approximate location of the user, used to localise results. */
      user_location?: components['schemas']['WebSearchUserLocation'] | null;
      /** @description Whether the search may fetch live content from the internet. When false, only cached or offline results are used. Defaults to true. OpenAI field, not documented by Sequrity. */
      external_web_access?: boolean;
    };
    /** @description The `web_search` tool pinned to its 2025-08-26 version; the fields are the same as for `web_search`. Not documented by Sequrity; passed through to the provider. */
    WebSearch20250826Tool: {
      /**
       * @description The tool type. Always `web_search_2025_08_26`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'web_search_2025_08_26';
      /** @description Restrictions on which sources the search may use. */
      filters?: {
        /** @description Domains the search may return results from, e.g. `pubmed.ncbi.nlm.nih.gov`; subdomains are included. All domains are allowed when omitted. */
        allowed_domains?: string[] | null;
      } | null;
      /**
       * @description How much context-window space the search results may use. Defaults to `medium`.
       * @enum {string}
       */
      search_context_size?: 'low' | 'medium' | 'high';
      /** @description The approximate location of the user, used to localise results. */
      user_location?: components['schemas']['WebSearchUserLocation'] | null;
      /** @description Whether the search may fetch live content from the internet. When false, only cached or offline results are used. Defaults to true. OpenAI field, not documented by Sequrity. */
      external_web_access?: boolean;
    };
    /** @description The preview version of the hosted web search tool. `web_search_preview_2025_03_11` is the same tool pinned to a dated version. */
    WebSearchPreviewTool: {
      /**
       * @description The tool type. Always `web_search_preview`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'web_search_preview';
      /**
       * @description How much context-window space the search results may use. Defaults to `medium`.
       * @enum {string}
       */
      search_context_size?: 'low' | 'medium' | 'high';
      /** @description The approximate location of the user, used to localise results. For this tool `user_location.type` must be `approximate` (the Sequrity Python SDK requires it). */
      user_location?: components['schemas']['WebSearchUserLocation'] | null;
      /** @description The kinds of content the search may return. OpenAI field, not documented by Sequrity. */
      search_content_types?: ('text' | 'image')[];
    };
    /** @description The `web_search_preview` tool pinned to its 2025-03-11 version; the fields are the same as for `web_search_preview`. */
    WebSearchPreview20250311Tool: {
      /**
       * @description The tool type. Always `web_search_preview_2025_03_11`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'web_search_preview_2025_03_11';
      /**
       * @description How much context-window space the search results may use. Defaults to `medium`.
       * @enum {string}
       */
      search_context_size?: 'low' | 'medium' | 'high';
      /** @description The approximate location of the user, used to localise results. For this tool `user_location.type` must be `approximate` (the Sequrity Python SDK requires it). */
      user_location?: components['schemas']['WebSearchUserLocation'] | null;
      /** @description The kinds of content the search may return. OpenAI field, not documented by Sequrity. */
      search_content_types?: ('text' | 'image')[];
    };
    /** @description Outbound network access for a hosted container: `{type: disabled}` (none) or `{type: allowlist, allowed_domains}` (only those domains, optionally with secrets injected per domain). OpenAI field, not documented by Sequrity; the Sequrity Python SDK drops it. */
    ContainerNetworkPolicy: {
      /**
       * @description `disabled` turns outbound network access off; `allowlist` allows only `allowed_domains`.
       * @enum {string}
       */
      type?: 'disabled' | 'allowlist';
      /** @description For `allowlist`, the domains the container may reach. */
      allowed_domains?: string[];
      /** @description For `allowlist`, secrets to inject into requests to given domains. */
      domain_secrets?: {
        /** @description The domain the secret is injected for. */
        domain: string;
        /** @description The name of the secret. */
        name: string;
        /** @description The secret value. */
        value: string;
      }[];
    } & {
      [key: string]: unknown;
    };
    /** @description Asks for a new code-interpreter container to be created for this request. */
    CodeInterpreterContainerAuto: {
      /**
       * @description The container mode. Always `auto`.
       * @constant
       */
      type: 'auto';
      /** @description The IDs of uploaded files to make available inside the container. */
      file_ids?: string[];
      /**
       * @description The memory limit of the container.
       * @enum {string|null}
       */
      memory_limit?: '1g' | '4g' | '16g' | '64g' | null;
      /** @description Outbound network access for the container. */
      network_policy?: components['schemas']['ContainerNetworkPolicy'];
    };
    /** @description A hosted tool that runs Python code in a sandboxed container to help answer the input. */
    CodeInterpreterTool: {
      /**
       * @description The tool type. Always `code_interpreter`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'code_interpreter';
      /** @description The container the code runs in: the ID of an existing container, or an object asking for a new container to be created automatically. */
      container: string | components['schemas']['CodeInterpreterContainerAuto'];
      /** @description Which contexts may invoke the tool: `direct` (the model calls it) and/or `programmatic` (code run by the `programmatic_tool_calling` tool calls it). OpenAI field, not documented by Sequrity. */
      allowed_callers?: ('direct' | 'programmatic')[] | null;
    };
    /** @description The preview computer-use tool: the model controls a virtual screen through `computer_call` items, and your code performs the actions and answers with `computer_call_output` screenshots. The Sequrity Python SDK keeps any extra fields of this tool as given. */
    ComputerUsePreviewTool: {
      /**
       * @description The tool type. Always `computer_use_preview`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'computer_use_preview';
      /** @description The width of the display, in pixels. */
      display_width: number;
      /** @description The height of the display, in pixels. */
      display_height: number;
      /**
       * @description The kind of computer environment the model controls.
       * @enum {string}
       */
      environment: 'windows' | 'mac' | 'linux' | 'ubuntu' | 'browser';
    };
    /** @description OpenAI's generally available computer-use tool, with no options. Not documented by Sequrity; passed through to the provider. */
    ComputerTool: {
      /**
       * @description The tool type. Always `computer`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'computer';
    };
    /**
     * @description How much the model reasons before answering, from `none` up to `max`; lower effort is faster and uses fewer reasoning tokens. Each model accepts only some of these values. Sequrity documents `none`, `low`, `medium`, `high` and `xhigh`; `minimal` and `max` are OpenAI's. The Sequrity Python SDK rejects `minimal` and does not list `max`.
     * @enum {string}
     */
    ReasoningEffort: 'none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh' | 'max';
    /** @description A hosted tool that generates or edits images with a GPT image model. Results arrive as `image_generation_call` output items holding base64 images; when streaming, partial images arrive as `response.image_generation_call.partial_image` events. */
    ImageGenerationTool: {
      /**
       * @description The tool type. Always `image_generation`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'image_generation';
      /** @description The image model to use. Known values include `gpt-image-1` (the default), `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`, its snapshot `gpt-image-2-2026-04-21`, and `chatgpt-image-latest`. */
      model?: string;
      /**
       * @description Whether to generate a new image or edit an input image. Defaults to `auto`. OpenAI field, not documented by Sequrity.
       * @enum {string}
       */
      action?: 'generate' | 'edit' | 'auto';
      /**
       * @description The size of the generated image, in pixels (width x height). Defaults to `auto`.
       * @enum {string}
       */
      size?: '1024x1024' | '1024x1536' | '1536x1024' | 'auto';
      /**
       * @description The rendering quality of the image. Defaults to `auto`; `xhigh` and `max` are for `gpt-image-2.5` models.
       * @enum {string}
       */
      quality?: 'low' | 'medium' | 'high' | 'xhigh' | 'max' | 'auto';
      /**
       * @description The image background. `transparent` needs `output_format` `png` or `webp`. Defaults to `auto`.
       * @enum {string}
       */
      background?: 'transparent' | 'opaque' | 'auto';
      /**
       * @description How closely an edit preserves the style and features (especially faces) of the input images. Defaults to `low`; not supported by `gpt-image-1-mini`.
       * @enum {string|null}
       */
      input_fidelity?: 'high' | 'low' | null;
      /** @description A mask for inpainting, given as an uploaded file or a base64 image. */
      input_image_mask?: {
        /** @description The ID of an uploaded file that holds the mask image. */
        file_id?: string;
        /** @description The mask image as a base64 `data:` URL. */
        image_url?: string;
      };
      /**
       * @description The content moderation level for generated images. Defaults to `auto`.
       * @enum {string}
       */
      moderation?: 'auto' | 'low';
      /** @description The compression level for `jpeg` and `webp` output, from 0 to 100. Defaults to 100. */
      output_compression?: number;
      /**
       * @description The file format of the generated image. Defaults to `png`; `gif` and `svg` only on models that support them.
       * @enum {string}
       */
      output_format?: 'png' | 'webp' | 'jpeg' | 'gif' | 'svg';
      /** @description How many partial images to stream while the image is generated, from 0 to 3. Defaults to 0. Only used when `stream` is true. */
      partial_images?: number;
      /**
       * @description How much computation is spent planning the image, independently of the rendering `quality`; overrides the response's `reasoning.effort` for image generation. OpenAI field, not documented by Sequrity.
       * @enum {string}
       */
      complexity?: 'low' | 'medium' | 'high';
      /** @description The number of GIF frames, for `gif` output. Defaults to 9. OpenAI field, not documented by Sequrity. */
      frame_count?: number;
      /** @description The duration of each GIF frame in milliseconds, rounded to 10 ms, for `gif` output. Defaults to 200. OpenAI field, not documented by Sequrity. */
      frame_duration_ms?: number;
      /** @description Settings of the model that authors `svg` output; without it the response's model or the default SVG author is used. OpenAI field, not documented by Sequrity. */
      svg?: {
        /** @description The model that authors the SVG. */
        model?: string;
        /** @description Reasoning settings for SVG authoring; the author model's default when omitted. */
        reasoning?: {
          /** @description How much the SVG author reasons. */
          effort?: components['schemas']['ReasoningEffort'];
        } | null;
      };
    };
    /** @description Selects tools of an MCP server by name and/or by read-only status. Used for `allowed_tools` and for the `always` and `never` lists of `require_approval`. */
    McpToolFilter: {
      /** @description Matches tools by whether they only read data, as declared by the server's `readOnlyHint` tool annotation. */
      read_only?: boolean;
      /** @description Matches tools with these names. */
      tool_names?: string[];
    };
    /** @description Gives the model the tools of a remote Model Context Protocol (MCP) server or service connector. The provider lists the server's tools (`mcp_list_tools` item), may ask for approval (`mcp_approval_request` item, answered with an `mcp_approval_response` input item) and calls them (`mcp_call` item). Give exactly one of `server_url`, `connector_id` or `tunnel_id`. */
    McpTool: {
      /**
       * @description The tool type. Always `mcp`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'mcp';
      /** @description A label for the server; it identifies the server in tool calls and approval items. */
      server_label: string;
      /** @description The URL of the MCP server. */
      server_url?: string;
      /**
       * @deprecated
       * @description Deprecated by OpenAI for models released after September 1, 2026: use `server_url`, or `tunnel_id` for a Secure MCP Tunnel. The ID of a service connector used instead of a server URL. Known values are `connector_dropbox`, `connector_gmail`, `connector_googlecalendar`, `connector_googledrive`, `connector_microsoftteams`, `connector_outlookcalendar`, `connector_outlookemail` and `connector_sharepoint`.
       */
      connector_id?: string;
      /** @description The ID of a secure MCP tunnel used instead of a server URL. OpenAI field, not documented by Sequrity. */
      tunnel_id?: string;
      /** @description A description of the server, shown to the model as extra context. */
      server_description?: string;
      /** @description Which of the server's tools the model may use, as a list of names or a filter. All tools when omitted. */
      allowed_tools?: string[] | components['schemas']['McpToolFilter'] | null;
      /** @description Which tool calls need your approval before they run: `always`, `never`, or an object with filters for each case. */
      require_approval?:
        | ('always' | 'never')
        | {
            /** @description Tools that always need approval. */
            always?: components['schemas']['McpToolFilter'];
            /** @description Tools that never need approval. */
            never?: components['schemas']['McpToolFilter'];
          }
        | null;
      /** @description An OAuth access token for the MCP server or connector. Your application runs the OAuth flow and passes the token here. */
      authorization?: string;
      /** @description Extra HTTP headers sent to the MCP server, for example for authentication. */
      headers?: {
        [key: string]: string;
      } | null;
      /** @description When true, the tool is not shown to the model up front but is discovered through the `tool_search` tool. OpenAI field, not documented by Sequrity. */
      defer_loading?: boolean;
      /** @description Which contexts may invoke the tool: `direct` (the model calls it) and/or `programmatic` (code run by the `programmatic_tool_calling` tool calls it). OpenAI field, not documented by Sequrity. */
      allowed_callers?: ('direct' | 'programmatic')[] | null;
    };
    /** @description Lets the model run shell commands on your machine: it emits `local_shell_call` items, your code runs them and answers with `local_shell_call_output` items. Has no options. */
    LocalShellTool: {
      /**
       * @description The tool type. Always `local_shell`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'local_shell';
    };
    /** @description The shell tool under OpenAI's tag `shell`: the model runs shell commands (`shell_call` items, answered by `shell_call_output` items) in a hosted container or in your local environment. The Sequrity Python SDK tags the same tool `function_shell` (see `FunctionShellTool`); the server passes a `shell` object through unchanged. */
    ShellTool: {
      /**
       * @description The tool type. Always `shell`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'shell';
      /** @description Where the commands run. `container_auto` creates a hosted container, `container_reference` reuses one, `local` means your code runs the commands. */
      environment?: {
        /**
         * @description The kind of environment.
         * @enum {string}
         */
        type: 'container_auto' | 'container_reference' | 'local';
        /** @description For `container_reference`, the ID of the container to use. */
        container_id?: string;
        /** @description For `container_auto`, the IDs of uploaded files to make available in the container. */
        file_ids?: string[];
        /** @description For `container_auto`, the memory limit of the container; known values `1g`, `4g`, `16g`, `64g`. */
        memory_limit?: string | null;
        /** @description For `container_auto`, outbound network access. */
        network_policy?: components['schemas']['ContainerNetworkPolicy'];
        /** @description Skills made available in the environment (skill references, inline skills or local skills). */
        skills?: ({
          /**
           * @description `skill_reference` or `inline`; absent for a local skill.
           * @enum {string}
           */
          type?: 'skill_reference' | 'inline';
          /** @description For `skill_reference`, the ID of the skill. */
          skill_id?: string;
          /** @description For `skill_reference`, a positive integer or `latest`; the default version when omitted. */
          version?: string;
          /** @description For an inline or local skill, its name. */
          name?: string;
          /** @description For an inline or local skill, what it does. */
          description?: string;
          /** @description For `inline`, the skill's zip bundle. */
          source?: {
            /**
             * @description The encoding of `data`. Always `base64`.
             * @constant
             */
            type: 'base64';
            /**
             * @description The media type of the bundle. Always `application/zip`.
             * @constant
             */
            media_type: 'application/zip';
            /** @description The base64-encoded zip bundle. */
            data: string;
          };
          /** @description For a local skill, the path of the directory that holds it. */
          path?: string;
        } & {
          [key: string]: unknown;
        })[];
      } | null;
      /** @description Which contexts may invoke the tool: `direct` (the model calls it) and/or `programmatic` (code run by the `programmatic_tool_calling` tool calls it). OpenAI field, not documented by Sequrity. */
      allowed_callers?: ('direct' | 'programmatic')[] | null;
    };
    /** @description The shell tool under the Sequrity Python SDK's tag `function_shell`. It is the same tool that OpenAI tags `shell` (see `ShellTool`); prefer `shell` when talking to OpenAI-backed providers. Has no options. */
    FunctionShellTool: {
      /**
       * @description The tool type. Always `function_shell`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'function_shell';
    };
    /** @description A tool defined in your code whose input is free text (optionally constrained by a grammar) rather than JSON arguments. The model emits `custom_tool_call` items; your code answers with `custom_tool_call_output` items. */
    CustomTool: {
      /**
       * @description The tool type. Always `custom`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'custom';
      /** @description The tool name the model uses to call it. */
      name: string;
      /** @description What the tool does, shown to the model. */
      description?: string;
      /** @description The input format: `{type: text}` for unconstrained text (the default) or `{type: grammar, syntax: lark|regex, definition}` for grammar-constrained input. */
      format?: {
        /**
         * @description `text` for unconstrained text, `grammar` for input constrained by `definition`.
         * @enum {string}
         */
        type?: 'text' | 'grammar';
        /**
         * @description For `grammar`, the syntax of `definition`.
         * @enum {string}
         */
        syntax?: 'lark' | 'regex';
        /** @description For `grammar`, the grammar definition. */
        definition?: string;
      } & {
        [key: string]: unknown;
      };
      /** @description When true, the tool is not shown to the model up front but is discovered through the `tool_search` tool. OpenAI field, not documented by Sequrity. */
      defer_loading?: boolean;
      /** @description Which contexts may invoke the tool: `direct` (the model calls it) and/or `programmatic` (code run by the `programmatic_tool_calling` tool calls it). OpenAI field, not documented by Sequrity. */
      allowed_callers?: ('direct' | 'programmatic')[] | null;
      /** @description Whether the custom tool's result may be returned asynchronously (in a later request) rather than with the next response creation. OpenAI field, not documented by Sequrity. */
      async?: boolean;
    };
    /** @description Lets the model create, delete and update files with patches: it emits `apply_patch_call` items, your code applies them and answers with `apply_patch_call_output` items. */
    ApplyPatchTool: {
      /**
       * @description The tool type. Always `apply_patch`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'apply_patch';
      /** @description Which contexts may invoke the tool: `direct` (the model calls it) and/or `programmatic` (code run by the `programmatic_tool_calling` tool calls it). OpenAI field, not documented by Sequrity. */
      allowed_callers?: ('direct' | 'programmatic')[] | null;
    };
    /** @description Lets the model search for and load tools marked `defer_loading`, so large tool sets need not be shown up front. The search runs on the server or, with `execution: client`, in your code. OpenAI tool, not documented by Sequrity. */
    ToolSearchTool: {
      /**
       * @description The tool type. Always `tool_search`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'tool_search';
      /**
       * @description Whether the provider (`server`) or your code (`client`) runs the search.
       * @enum {string}
       */
      execution?: 'server' | 'client';
      /** @description For client-run search, the description of the search tool shown to the model. */
      description?: string | null;
      /** @description For client-run search, a JSON Schema for the search tool's arguments, or `null`. */
      parameters?: unknown;
    };
    /** @description Lets the model write and run a program that calls your tools marked with `allowed_callers: [programmatic]`; the program and its output appear as `program` and `program_output` items. OpenAI tool, not documented by Sequrity. Has no options. */
    ProgrammaticToolCallingTool: {
      /**
       * @description The tool type. Always `programmatic_tool_calling`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'programmatic_tool_calling';
    };
    /** @description A named group of your own function and custom tools. The model sees the group's `description` and calls its tools by name; the resulting `function_call` and `custom_tool_call` items carry the group's name in `namespace`. OpenAI tool, not documented by Sequrity; the Sequrity Python SDK passes it through unchanged. */
    NamespaceTool: {
      /**
       * @description The tool type. Always `namespace`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'namespace';
      /** @description The name of the group, as it appears in the `namespace` of the calls (for example `crm`). */
      name: string;
      /** @description What the tools of this group are for, shown to the model. */
      description: string;
      /** @description The tools in the group; only function and custom tools can be grouped. */
      tools: (components['schemas']['FunctionTool'] | components['schemas']['CustomTool'])[];
    };
    /** @description A tool the model may use, selected by `type`: your own functions (`function`, `custom`, and `namespace` groups of them), hosted tools run by the provider (`file_search`, `web_search*`, `code_interpreter`, `image_generation`, `mcp`, `tool_search`, `programmatic_tool_calling`) and tools your code carries out (`computer_use_preview`, `computer`, `local_shell`, `shell`/`function_shell`, `apply_patch`). The same shape is echoed in `Response.tools`, where providers may add fields. The Sequrity REST docs list `function`, `file_search`, `web_search_preview`, `code_interpreter`, `computer_use_preview`, `image_generation`, `mcp`, `web_search`, `local_shell` and `custom`; the others are OpenAI tools passed through to the provider. The Sequrity Python SDK also forwards tool objects of types it does not model (such as `namespace`) unchanged. */
    Tool:
      | components['schemas']['FunctionTool']
      | components['schemas']['FileSearchTool']
      | components['schemas']['WebSearchTool']
      | components['schemas']['WebSearch20250826Tool']
      | components['schemas']['WebSearchPreviewTool']
      | components['schemas']['WebSearchPreview20250311Tool']
      | components['schemas']['CodeInterpreterTool']
      | components['schemas']['ComputerUsePreviewTool']
      | components['schemas']['ComputerTool']
      | components['schemas']['ImageGenerationTool']
      | components['schemas']['McpTool']
      | components['schemas']['LocalShellTool']
      | components['schemas']['ShellTool']
      | components['schemas']['FunctionShellTool']
      | components['schemas']['CustomTool']
      | components['schemas']['ApplyPatchTool']
      | components['schemas']['ToolSearchTool']
      | components['schemas']['ProgrammaticToolCallingTool']
      | components['schemas']['NamespaceTool'];
    /** @description The tools loaded by a tool search; they become callable for the rest of the response. */
    ResponseToolSearchOutput: {
      /** @description Unique ID of the item (`tso_…` on OpenAI). */
      id: string;
      /**
       * @description Item type, always `tool_search_output`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'tool_search_output';
      /** @description The `call_id` of the `tool_search_call` this answers; null when the server ran the search. */
      call_id?: string | null;
      /** @description Who ran the search. Open set; known values `server` and `client`. */
      execution?: string;
      /** @description The tool definitions that were loaded. */
      tools: components['schemas']['Tool'][];
      /** @description Identifier of the actor that created the item. */
      created_by?: string;
      /** @description Status of the item. */
      status?: components['schemas']['ItemStatus'];
    };
    /** @description Tool definitions made available at this point of the conversation by an item, rather than by the request's `tools`. You send one as an input item (with role `developer`), and servers report them among the output items. OpenAI item, not documented by Sequrity. */
    ResponseAdditionalTools: {
      /** @description Unique ID of the item; always present on output items, optional on input. */
      id?: string | null;
      /**
       * @description Item type, always `additional_tools`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'additional_tools';
      /** @description Who provided the tools. Open set; known values: `developer` (the only role accepted on input items), `system`, `user`, `assistant`, `tool`, `critic`, `discriminator` and `unknown`. */
      role: string;
      /** @description The tools made available by this item. */
      tools: components['schemas']['Tool'][];
    };
    /** @description A program written by the model under programmatic tool calling: JavaScript that calls your tools (its tool calls appear as items whose `caller` points at this program's `call_id`). */
    ResponseProgram: {
      /** @description Unique ID of the item. */
      id: string;
      /**
       * @description Item type, always `program`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'program';
      /** @description Stable ID of the program; tool calls it makes reference it as `caller.caller_id`. */
      call_id: string;
      /** @description The JavaScript source of the program. */
      code: string;
      /** @description Opaque replay fingerprint; send it back unchanged when replaying the item as input. */
      fingerprint?: string;
    };
    /** @description The result of a program run under programmatic tool calling. */
    ResponseProgramOutput: {
      /** @description Unique ID of the item. */
      id: string;
      /**
       * @description Item type, always `program_output`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'program_output';
      /** @description The `call_id` of the `program` this is the result of. */
      call_id: string;
      /** @description What the program produced. */
      result: string;
      /**
       * @description Final status of the program run.
       * @enum {string}
       */
      status?: 'completed' | 'incomplete';
    };
    /** @description A compacted summary of earlier conversation context, produced when the server compacts a long conversation. Send it back unchanged in place of the items it replaces. */
    ResponseCompaction: {
      /** @description Unique ID of the item. */
      id: string;
      /**
       * @description Item type, always `compaction`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'compaction';
      /** @description The compacted context, encrypted and opaque to clients. */
      encrypted_content: string;
      /** @description Identifier of the actor that created the item. */
      created_by?: string;
    };
    /** @description Asks the server to compact the conversation so far (into a `compaction` item) before generating. It must be the last input item. OpenAI item, not documented by Sequrity. */
    ResponseCompactionTrigger: {
      /**
       * @description Item type, always `compaction_trigger`.
       * @constant
       */
      type: 'compaction_trigger';
      /** @description The unique ID of this compaction trigger. */
      id?: string | null;
    };
    /** @description Plain text output. This is the default format. */
    ResponseFormatText: {
      /**
       * @description The format type. Always `text`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'text';
    };
    /** @description Structured output: the model's text output is JSON that follows the given JSON Schema. Known Sequrity Python SDK bug: it sends this schema under the key `schema_` instead of `schema`, so its structured-output requests lose the schema. Send it as `schema`. */
    ResponseFormatTextJsonSchemaConfig: {
      /**
       * @description The format type. Always `json_schema`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'json_schema';
      /** @description The name of the format; letters, digits, underscores and dashes, at most 64 characters. */
      name: string;
      /** @description The JSON Schema that the output must follow. */
      schema: {
        [key: string]: unknown;
      };
      /** @description What the format is for; the model reads it to decide how to respond. */
      description?: string;
      /** @description Whether the output must follow the schema exactly. Strict mode supports only a subset of JSON Schema. Defaults to false. */
      strict?: boolean | null;
    };
    /** @description An input item that changes the configuration of the responses that follow it in the conversation (the reasoning effort, the text output format) until another configuration update replaces it. OpenAI item, not documented by Sequrity. */
    ResponseConfigurationUpdateItem: {
      /**
       * @description Item type, always `configuration_update`.
       * @constant
       */
      type: 'configuration_update';
      /** @description The unique ID of the configuration update item. */
      id?: string | null;
      /** @description Updates to the reasoning configuration; only `effort` is supported. */
      reasoning?: {
        /** @description The reasoning effort to use for subsequent responses. */
        effort?: components['schemas']['ReasoningEffort'] | null;
      };
      /** @description The text output configuration for subsequent responses. */
      text?: {
        /** @description Structured output with a JSON schema, or `{type: text}` to return to plain text. */
        format:
          | components['schemas']['ResponseFormatText']
          | components['schemas']['ResponseFormatTextJsonSchemaConfig'];
      };
    };
    /** @description A reference to an earlier item (an input or output item of a stored response) by its ID, used instead of resending the item. The `type` tag is optional. */
    ResponseItemReference: {
      /**
       * @description The item type. Optional; when present it is `item_reference` (or `null`).
       * @enum {string|null}
       */
      type?: 'item_reference' | null;
      /** @description The ID of the item being referenced. */
      id: string;
    };
    /** @description One item of the `input` list: a message, a replayed output item (assistant message, tool call, reasoning, …), the output of a tool call that your code ran, or a reference to an earlier item. This is an `anyOf`, not a discriminated `oneOf`, because the `type` tags are not unique: `message` is used by two different shapes (an input message with role `user`/`system`/`developer` and a replayed assistant output message), the short-form `EasyInputMessage` has no tag at all, and `ResponseItemReference` may omit its tag. Match on `type` first and on `role` for messages. The Sequrity server passes input item objects of other types through unchanged, so types not listed here may also be accepted by the server. */
    ResponseInputItem:
      | components['schemas']['EasyInputMessage']
      | components['schemas']['ResponseInputMessage']
      | components['schemas']['ResponseOutputMessage']
      | components['schemas']['ResponseFunctionToolCall']
      | components['schemas']['ResponseFunctionCallOutputItem']
      | components['schemas']['ResponseCustomToolCall']
      | components['schemas']['ResponseCustomToolCallOutput']
      | components['schemas']['ResponseComputerToolCall']
      | components['schemas']['ResponseComputerCallOutputItem']
      | components['schemas']['ResponseFileSearchToolCall']
      | components['schemas']['ResponseFunctionWebSearch']
      | components['schemas']['ResponseLocalShellCall']
      | components['schemas']['ResponseLocalShellCallOutput']
      | components['schemas']['ResponseShellCall']
      | components['schemas']['ResponseShellCallOutput']
      | components['schemas']['ResponseApplyPatchCall']
      | components['schemas']['ResponseApplyPatchCallOutput']
      | components['schemas']['ResponseMcpListTools']
      | components['schemas']['ResponseMcpApprovalRequest']
      | components['schemas']['ResponseMcpApprovalResponse']
      | components['schemas']['ResponseMcpCall']
      | components['schemas']['ResponseReasoningItem']
      | components['schemas']['ResponseImageGenerationCall']
      | components['schemas']['ResponseCodeInterpreterToolCall']
      | components['schemas']['ResponseToolSearchCall']
      | components['schemas']['ResponseToolSearchOutput']
      | components['schemas']['ResponseAdditionalTools']
      | components['schemas']['ResponseProgram']
      | components['schemas']['ResponseProgramOutput']
      | components['schemas']['ResponseCompaction']
      | components['schemas']['ResponseCompactionTrigger']
      | components['schemas']['ResponseConfigurationUpdateItem']
      | components['schemas']['ResponseItemReference'];
    /**
     * @description A tool-choice mode: `none` (the model answers without calling tools), `auto` (the model decides; the default when tools are given) or `required` (the model must call at least one tool).
     * @enum {string}
     */
    ToolChoiceOptions: 'none' | 'auto' | 'required';
    /** @description Forces the model to call one specific function tool. */
    ToolChoiceFunction: {
      /**
       * @description The choice type. Always `function`.
       * @constant
       */
      type: 'function';
      /** @description The name of the function tool to call. */
      name: string;
    };
    /** @description Restricts the model to a subset of the request's tools, without removing the others from `tools`. */
    ToolChoiceAllowed: {
      /**
       * @description The choice type. Always `allowed_tools`.
       * @constant
       */
      type: 'allowed_tools';
      /**
       * @description `auto` lets the model choose among the allowed tools or answer directly; `required` makes it call at least one of them.
       * @enum {string}
       */
      mode: 'auto' | 'required';
      /** @description The allowed tools, each identified like a tool definition, e.g. `{type: function, name: get_weather}`, `{type: mcp, server_label: deepwiki}` or `{type: image_generation}`. */
      tools: {
        [key: string]: unknown;
      }[];
    };
    /** @description Forces the model to use a particular hosted tool. */
    ToolChoiceTypes: {
      /**
       * @description The type of the hosted tool to use, as its entry in `tools` is tagged (`computer`, `computer_use_preview`, …). OpenAI also lists `computer_use`, a value that no tool type carries; it is kept so that every choice OpenAI accepts is accepted here.
       * @enum {string}
       */
      type:
        | 'file_search'
        | 'web_search_preview'
        | 'computer'
        | 'computer_use_preview'
        | 'computer_use'
        | 'web_search_preview_2025_03_11'
        | 'image_generation'
        | 'code_interpreter';
    };
    /** @description Forces the model to call a tool on a given remote MCP server. */
    ToolChoiceMcp: {
      /**
       * @description The choice type. Always `mcp`.
       * @constant
       */
      type: 'mcp';
      /** @description The `server_label` of the MCP tool to use. */
      server_label: string;
      /** @description The name of the tool to call on that server; any of its tools when omitted. */
      name?: string | null;
    };
    /** @description Forces the model to call a tool of some remote MCP server, without naming the server (`{type: mcp}`). OpenAI lists `mcp` among the values of its `ToolChoiceTypes`; it is a member of its own here because a closed value added to `ToolChoiceTypes` would reach clients through `Response.tool_choice`. A choice that names a `server_label` is a `ToolChoiceMcp`, so each MCP choice matches exactly one member of `ToolChoice`. */
    ToolChoiceMcpAny: {
      /**
       * @description The choice type. Always `mcp`.
       * @constant
       */
      type: 'mcp';
    };
    /** @description Forces the model to call one specific custom tool. */
    ToolChoiceCustom: {
      /**
       * @description The choice type. Always `custom`.
       * @constant
       */
      type: 'custom';
      /** @description The name of the custom tool to call. */
      name: string;
    };
    /** @description Forces the model to call the shell tool (the tool OpenAI tags `shell`). OpenAI form; the Sequrity Python SDK does not send it. */
    ToolChoiceShell: {
      /**
       * @description The choice type. Always `shell`.
       * @constant
       */
      type: 'shell';
    };
    /** @description Forces the model to call the `apply_patch` tool. OpenAI form; the Sequrity Python SDK does not send it. */
    ToolChoiceApplyPatch: {
      /**
       * @description The choice type. Always `apply_patch`.
       * @constant
       */
      type: 'apply_patch';
    };
    /** @description Forces the model to use the `programmatic_tool_calling` tool, that is, to write a program that calls your tools. OpenAI form; the Sequrity Python SDK does not send it. */
    ToolChoiceProgrammaticToolCalling: {
      /**
       * @description The choice type. Always `programmatic_tool_calling`.
       * @constant
       */
      type: 'programmatic_tool_calling';
    };
    /** @description How the model picks tools: a mode string (`none`, `auto`, `required`) or an object that forces or restricts the choice: one function, custom tool, MCP server or any MCP server, a hosted tool, the shell, `apply_patch` or `programmatic_tool_calling` tool, or an allowed subset. The Sequrity Python SDK accepts only the mode strings and `{type: function, name}`; the other forms are OpenAI's and reach the server only from other clients. This is a `oneOf` without a discriminator because one member is a plain string and `ToolChoiceTypes` covers several `type` values; the members never overlap. */
    ToolChoice:
      | components['schemas']['ToolChoiceOptions']
      | components['schemas']['ToolChoiceFunction']
      | components['schemas']['ToolChoiceAllowed']
      | components['schemas']['ToolChoiceTypes']
      | components['schemas']['ToolChoiceMcp']
      | components['schemas']['ToolChoiceMcpAny']
      | components['schemas']['ToolChoiceCustom']
      | components['schemas']['ToolChoiceShell']
      | components['schemas']['ToolChoiceApplyPatch']
      | components['schemas']['ToolChoiceProgrammaticToolCalling'];
    /** @description Options for a streamed response. Only meaningful when `stream` is true. */
    ResponseStreamOptions: {
      /** @description Asks for token usage to be reported in the stream. Documented by Sequrity and sent by its Python SDK; in the Responses protocol usage also arrives in `response.completed`. */
      include_usage?: boolean;
      /** @description Whether delta events carry an `obfuscation` field of random padding that hides payload sizes from network observers. Defaults to true; set false to save bandwidth on trusted links. OpenAI field; the Sequrity Python SDK drops it. */
      include_obfuscation?: boolean;
    };
    /** @description Options for reasoning models (for example the gpt-5 and o-series families). Also echoed in `Response.reasoning` with the effective values, where `null` means not set and providers may add fields (e.g. `context`, `mode`). */
    Reasoning: {
      /** @description How much the model reasons before answering. The model's default when omitted. */
      effort?: components['schemas']['ReasoningEffort'] | null;
      /**
       * @description Asks for a summary of the model's reasoning, returned in `reasoning` output items. The Sequrity Python SDK drops this field; it sends `generate_summary` instead.
       * @enum {string|null}
       */
      summary?: 'auto' | 'concise' | 'detailed' | null;
      /**
       * @deprecated
       * @description Deprecated alias of `summary`. It is the only summary field that Sequrity documents and its Python SDK sends.
       * @enum {string|null}
       */
      generate_summary?: 'auto' | 'concise' | 'detailed' | null;
      /** @description Which earlier reasoning items are shown to the model on later turns. Known values are `auto`, `current_turn` and `all_turns`. OpenAI field reported in responses; not documented by Sequrity. */
      context?: string | null;
      /** @description The reasoning execution mode. Known values are `standard` and `pro`. OpenAI field reported in responses; not documented by Sequrity. */
      mode?: string | null;
    };
    /** @description The older JSON mode: the output is valid JSON, but no schema is enforced. The input must itself ask for JSON. Prefer `json_schema` on models that support it. */
    ResponseFormatJsonObject: {
      /**
       * @description The format type. Always `json_object`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'json_object';
    };
    /** @description The format of the model's text output, selected by `type`. Defaults to `{type: text}`. */
    ResponseFormatTextConfig:
      | components['schemas']['ResponseFormatText']
      | components['schemas']['ResponseFormatJsonObject']
      | components['schemas']['ResponseFormatTextJsonSchemaConfig'];
    /** @description Options for the model's text output: its format (plain text or JSON) and its verbosity. Also echoed, with the effective values, in `Response.text`. */
    ResponseTextConfig: {
      /** @description The output format. Defaults to `{type: text}`. */
      format?: components['schemas']['ResponseFormatTextConfig'];
      /**
       * @description How long and detailed the answer should be. Defaults to `medium`. OpenAI field; the Sequrity Python SDK does not send it.
       * @enum {string|null}
       */
      verbosity?: 'low' | 'medium' | 'high' | null;
    };
    /** @description Names the conversation that a response belongs to. */
    ResponseConversationParam: {
      /** @description The ID of the conversation. */
      id: string;
    };
    /** @description A reference to a stored prompt template and the values for its variables. Also echoed in `Response.prompt`. */
    ResponsePrompt: {
      /** @description The ID of the prompt template. */
      id: string;
      /** @description Values substituted for the template's variables, keyed by variable name. The Sequrity Python SDK accepts only string values; OpenAI also accepts `input_text`, `input_image` and `input_file` content parts. */
      variables?: {
        [key: string]:
          | string
          | components['schemas']['ResponseInputText']
          | components['schemas']['ResponseInputImage']
          | components['schemas']['ResponseInputFile'];
      } | null;
      /** @description The version of the template to use; the current version when omitted. */
      version?: string | null;
    };
    /** @description The body of a create-response request, compatible with OpenAI's `POST /v1/responses`. Only `model` is required. Sequrity's security settings travel in headers (`X-Features`, `X-Policy`, `X-Config`, `X-Session-ID`), not in the body. `timeout` is not a body field: it is a client-side deadline (seconds) that clients apply to the HTTP request and never send; the Sequrity Python SDK wrongly puts it in the JSON body. */
    ResponseCreateParams: {
      /** @description The model to use, e.g. `gpt-5-mini`. Sequrity extension: in dual-LLM mode a single name sets both the planner LLM (PLLM) and the quarantined LLM (QLLM), while two names joined by a comma (`"pllm,qllm"`) set them separately. Without `X-Api-Key` the names must be on the server's allow-list. */
      model: string;
      /** @description The input to the model: a plain string (one user message) or a list of input items (messages, replayed output items, tool outputs, item references). With `previous_response_id` send only the new items. */
      input?: string | components['schemas']['ResponseInputItem'][];
      /** @description A system (or developer) message placed before the input. In OpenAI's protocol the instructions of a previous response are not carried over by `previous_response_id`; send them again on each turn. */
      instructions?: string;
      /** @description The tools the model may call while generating the response. */
      tools?: components['schemas']['Tool'][];
      /** @description How the model picks tools. Defaults to `auto` when tools are given. The Sequrity Python SDK accepts only `none`, `auto`, `required` and `{type: function, name}`. */
      tool_choice?: components['schemas']['ToolChoice'];
      /** @description When true the reply is a stream of server-sent events (`text/event-stream`, one `ResponseStreamEvent` per event) instead of one JSON `Response`. Defaults to false. */
      stream?: boolean;
      /** @description Options for the stream; only set when `stream` is true. */
      stream_options?: components['schemas']['ResponseStreamOptions'];
      /** @description The sampling temperature, from 0 to 2: higher values make the output more random, lower values more focused. Change this or `top_p`, not both. Some reasoning models reject it. */
      temperature?: number;
      /** @description Nucleus sampling: only the tokens making up this top probability mass are considered (0.1 means the top 10%). Change this or `temperature`, not both. */
      top_p?: number;
      /** @description The upper bound on tokens generated for the response, visible output and reasoning tokens together. When it is reached the response ends with status `incomplete`. */
      max_output_tokens?: number;
      /** @description The maximum total number of built-in (hosted) tool calls in the response; further calls are ignored. */
      max_tool_calls?: number;
      /** @description How many most-likely tokens to return, with their log probabilities, at each output position, from 0 to 20. The log probabilities are returned when `include` contains `message.output_text.logprobs`. */
      top_logprobs?: number;
      /** @description Options for reasoning models. */
      reasoning?: components['schemas']['Reasoning'];
      /** @description Options for the text output, including structured output (`format`). */
      text?: components['schemas']['ResponseTextConfig'];
      /** @description Up to 16 string key-value pairs stored with the response. Values must be strings. OpenAI limits keys to 64 and values to 512 characters. */
      metadata?: {
        [key: string]: string;
      };
      /** @description The ID of the previous response, to continue a multi-turn conversation. The server keeps the earlier history, so send only the new input items (for example `function_call_output` items and a new user message). Do not combine with `conversation`. */
      previous_response_id?: string;
      /** @description Extra output data to include in the response. Known values: `file_search_call.results`, `web_search_call.results`, `web_search_call.action.sources`, `message.input_image.image_url`, `computer_call_output.output.image_url`, `code_interpreter_call.outputs`, `reasoning.encrypted_content` (needed to replay reasoning items when `store` is false) and `message.output_text.logprobs`. */
      include?: string[];
      /** @description Whether the provider stores the response so that it can be referenced later. */
      store?: boolean;
      /**
       * @deprecated
       * @description Deprecated by OpenAI (use `context_management` to keep long conversations within the context window). What happens when the input exceeds the model's context window: `auto` drops items from the start of the conversation, `disabled` fails the request with a 400 error. Defaults to `disabled`.
       * @enum {string}
       */
      truncation?: 'auto' | 'disabled';
      /** @description Whether the model may make several tool calls in one turn. Defaults to true. */
      parallel_tool_calls?: boolean;
      /** @description Whether to run the response in the background. Sequrity offers no route to poll or cancel a response, so this is of little use through Sequrity. */
      background?: boolean;
      /** @description The conversation this response belongs to; its items are prepended to the input, and the input and output of this response are added to it. Do not combine with `previous_response_id`. */
      conversation?: string | components['schemas']['ResponseConversationParam'];
      /** @description A stored prompt template to use, with values for its variables. */
      prompt?: components['schemas']['ResponsePrompt'];
      /**
       * @description The processing tier: `auto` (the project's setting, the default), `default`, `flex`, `scale`, `priority`, `fast` or `ultrafast`. Sequrity documents the first five; `fast` and `ultrafast` are OpenAI's newer tiers (OpenAI reports a `fast` request as served by `priority`, and `ultrafast` is access-controlled and limited to some models). The tier actually used is reported in `Response.service_tier`.
       * @enum {string}
       */
      service_tier?: 'auto' | 'default' | 'flex' | 'scale' | 'priority' | 'fast' | 'ultrafast';
      /** @description A key used to group similar requests for prompt caching; replaces `user` for that purpose. Not a parameter of the Sequrity Python SDK's `create()`. */
      prompt_cache_key?: string;
      /**
       * @deprecated
       * @description Deprecated by OpenAI: use `prompt_cache_options.ttl`, a minimum lifetime independent of this maximum one. How long cached prompt prefixes are kept: in memory only, or up to 24 hours (`24h`). The Sequrity Python SDK spells the in-memory value `in-memory`; OpenAI spells it `in_memory`. Not a parameter of the SDK's `create()`.
       * @enum {string}
       */
      prompt_cache_retention?: 'in-memory' | '24h' | 'in_memory';
      /** @description A stable, hashed identifier of your end user (at most 64 characters) that helps the provider detect abuse. Not a parameter of the Sequrity Python SDK's `create()`. */
      safety_identifier?: string;
      /**
       * @deprecated
       * @description Deprecated: an identifier of your end user. Use `safety_identifier` and `prompt_cache_key` instead.
       */
      user?: string;
      /** @description Options for prompt caching, on OpenAI's `gpt-5.6` and later models. By default one implicit cache breakpoint is chosen automatically; content parts can add explicit ones with `prompt_cache_breakpoint`. OpenAI field, not documented by Sequrity. */
      prompt_cache_options?: {
        /**
         * @description `implicit` (the default) keeps the automatic breakpoint and writes up to the latest three explicit ones; `explicit` drops it and writes up to the latest four (without explicit breakpoints nothing is cached).
         * @enum {string}
         */
        mode?: 'implicit' | 'explicit';
        /**
         * @description The minimum lifetime of every breakpoint the request writes: `30m` (the default) or `12h`. The server may keep entries longer.
         * @enum {string}
         */
        ttl?: '30m' | '12h';
        /** @description When true, the prompt cache is prepared and no output is generated. Defaults to false. */
        prewarm?: boolean;
        /** @description The ID of an earlier response to compare prompt-cache reuse with; asks for `Response.prompt_cache_diagnostics` where the feature is enabled. */
        comparison_response_id?: string | null;
      };
      /** @description How the server keeps a long conversation within the model's context window; each entry enables one strategy. OpenAI field, not documented by Sequrity. */
      context_management?:
        | {
            /** @description The strategy. OpenAI supports only `compaction`. */
            type: string;
            /** @description The number of context tokens at which the conversation is compacted. */
            compact_threshold?: number | null;
          }[]
        | null;
      /** @description Runs moderation on the input and the output of this response; the results arrive in `Response.moderation`. OpenAI field, not documented by Sequrity. */
      moderation?: {
        /** @description The moderation model, for example `omni-moderation-latest`. */
        model: string;
        /** @description What to do with the moderation results of the input and of the output. */
        policy?: {
          /** @description The moderation policy for the input. */
          input?: {
            /**
             * @description `score` only reports the results; `block` also stops flagged content.
             * @enum {string}
             */
            mode: 'score' | 'block';
          } | null;
          /** @description The moderation policy for the output. */
          output?: {
            /**
             * @description `score` only reports the results; `block` also stops flagged content.
             * @enum {string}
             */
            mode: 'score' | 'block';
          } | null;
        } | null;
      } | null;
      /** @description Domain-specific access programs for this request. OpenAI field, not documented by Sequrity. */
      access_programs?: {
        /**
         * @description The Cyber access program: `standard`, `daybreak_blue` or `daybreak_red`. When omitted the server picks one from the model's Cyber tier and your access; a request for Daybreak access you lack fails with 403.
         * @enum {string}
         */
        cyber?: 'standard' | 'daybreak_blue' | 'daybreak_red';
      };
      /** @description Options for background execution (`background: true`) over HTTP. OpenAI field, not documented by Sequrity. */
      background_options?: {
        /**
         * @description When the background response must complete: `soonest` (the default), or `2h` and `8h` for discounted execution (these need `background: true`, standard processing and no streaming).
         * @enum {string}
         */
        completion_window?: 'soonest' | '2h' | '8h';
        /** @description An opaque identifier of your own that groups related background requests for prioritization; it adds no history to the input. */
        continuation_id?: string;
      };
      /** @description Request-level image options. OpenAI field, not documented by Sequrity. */
      image?: {
        /**
         * @description Image context optimization: `auto` (the default) picks a policy from the model and input, `enabled` requires compression support, `disabled` turns it off.
         * @enum {string}
         */
        context_compression?: 'auto' | 'enabled' | 'disabled';
      };
    };
    /**
     * OpenAIErrorObject
     * @description The `error` object of an OpenAI-style error body. Servers may add properties.
     */
    OpenAIErrorObject: {
      /** @description Human-readable description of the error; the message clients show. */
      message: string;
      /** @description Error category, e.g. `invalid_request_error`, `insufficient_quota`, `server_error`. Not a closed list. */
      type?: string;
      /** @description The request parameter the error relates to, or `null`. */
      param?: string | null;
      /**
       * @description Machine-readable error code, e.g. `invalid_api_key`, `insufficient_quota`, `rate_limit_exceeded`, or `null`.
       *     Not a closed list.
       */
      code?: string | null;
    };
    /**
     * OpenAIErrorBody
     * @description OpenAI-style error body, `{"error": {"message", "type", "param", "code"}}`. Servers may add properties.
     */
    OpenAIErrorBody: {
      /** @description The error details. */
      error: components['schemas']['OpenAIErrorObject'];
    };
    /**
     * ValidationErrorDetail
     * @description One request validation error in a FastAPI-style `detail` list. Servers may add properties (e.g. `url`).
     */
    ValidationErrorDetail: {
      /** @description Path to the offending value, e.g. `["body", "input", 0, "content"]` or `["header", "x-config"]`. */
      loc: (string | number)[];
      /** @description Human-readable message, e.g. `Field required`. */
      msg: string;
      /** @description Machine-readable error type, e.g. `missing`, `string_type`, `literal_error`, `extra_forbidden`. */
      type: string;
      /** @description The offending input value (any JSON value), when the server includes it. */
      input?: unknown;
      /** @description Extra context for the error (e.g. the expected values), when the server includes it. */
      ctx?: {
        [key: string]: unknown;
      };
    };
    /**
     * DetailErrorBody
     * @description FastAPI-style error body, `{"detail": ...}`: a message string (e.g. for a malformed `X-Config` header) or, for
     *     request validation failures (typically HTTP 422), a list of validation errors. Servers may add properties.
     */
    DetailErrorBody: {
      /** @description An error message, or the list of request validation errors. */
      detail: string | components['schemas']['ValidationErrorDetail'][];
    };
    /**
     * MessageErrorBody
     * @description Error body with a top-level `message` string. Servers may add properties.
     */
    MessageErrorBody: {
      /** @description Human-readable description of the error. */
      message: string;
    };
    /**
     * ErrorBody
     * @description JSON body of an HTTP error reply (status 400 or above). Sequrity does not document one error format; three shapes
     *     occur: OpenAI-style `{"error": {...}}` (also what upstream providers return and Sequrity may relay), FastAPI-style
     *     `{"detail": ...}`, and `{"message": ...}`. Clients extract the message in this order: `error.message` if it is a
     *     string; else `detail` (a string as is, a validation list rendered as text, e.g. each entry's `loc` joined by `.`
     *     plus `msg`); else `message`; else the raw body text (or `HTTP <status>` when it is empty). The body may also be
     *     non-JSON text. Servers may add properties.
     */
    ErrorBody:
      | components['schemas']['OpenAIErrorBody']
      | components['schemas']['DetailErrorBody']
      | components['schemas']['MessageErrorBody'];
    /**
     * @description Lifecycle state of a response. `queued` and `in_progress` appear on snapshots while the response is being produced (stream lifecycle events, background mode); a finished response is `completed`, `incomplete` (stopped early, see `incomplete_details`), `failed` (see `error`) or `cancelled`. Sequrity reports a denied tool call by a security policy as HTTP 200 with `failed`.
     * @enum {string}
     */
    ResponseStatus: 'completed' | 'failed' | 'in_progress' | 'cancelled' | 'queued' | 'incomplete';
    /** @description One item of `Response.output`, and the `item` of `response.output_item.added` / `.done` stream events, told apart by `type`. Items appear in generation order: assistant messages, reasoning, tool calls (function calls are yours to run and answer with a `function_call_output` input item; hosted tools such as web or file search run on the server) and their results. The server family keeps adding item types: clients must accept items whose `type` is not listed here (keep them, pass them through, skip what they cannot render) instead of failing. In Sequrity dual-LLM mode the final answer is a `message` whose text is a JSON-encoded `DualLlmResult`, and `function_call.call_id` values are generated by Sequrity. */
    ResponseOutputItem:
      | components['schemas']['ResponseOutputMessage']
      | components['schemas']['ResponseFunctionToolCall']
      | components['schemas']['ResponseFunctionCallOutputItem']
      | components['schemas']['ResponseReasoningItem']
      | components['schemas']['ResponseFileSearchToolCall']
      | components['schemas']['ResponseFunctionWebSearch']
      | components['schemas']['ResponseCodeInterpreterToolCall']
      | components['schemas']['ResponseComputerToolCall']
      | components['schemas']['ResponseComputerCallOutputItem']
      | components['schemas']['ResponseImageGenerationCall']
      | components['schemas']['ResponseLocalShellCall']
      | components['schemas']['ResponseLocalShellCallOutput']
      | components['schemas']['ResponseShellCall']
      | components['schemas']['ResponseShellCallOutput']
      | components['schemas']['ResponseApplyPatchCall']
      | components['schemas']['ResponseApplyPatchCallOutput']
      | components['schemas']['ResponseMcpCall']
      | components['schemas']['ResponseMcpListTools']
      | components['schemas']['ResponseMcpApprovalRequest']
      | components['schemas']['ResponseMcpApprovalResponse']
      | components['schemas']['ResponseCustomToolCall']
      | components['schemas']['ResponseCustomToolCallOutput']
      | components['schemas']['ResponseToolSearchCall']
      | components['schemas']['ResponseToolSearchOutput']
      | components['schemas']['ResponseAdditionalTools']
      | components['schemas']['ResponseProgram']
      | components['schemas']['ResponseProgramOutput']
      | components['schemas']['ResponseCompaction'];
    /** @description Why a response failed. Present (non-null) on responses whose `status` is `failed`; the HTTP status of such a reply is still 200 and, when streaming, it arrives in the `response.failed` event. */
    ResponseError: {
      /** @description Machine-readable error code. Open set: compare against known values and treat others as generic failures. Known values include `server_error`, `rate_limit_exceeded`, `insufficient_quota`, `invalid_prompt`, `data_residency_mismatch`, `bio_policy`, `misalignment_policy_violation`, `vector_store_timeout`, `invalid_image`, `invalid_image_format`, `invalid_base64_image`, `invalid_image_url`, `image_too_large`, `image_too_small`, `image_parse_error`, `image_content_policy_violation`, `invalid_image_mode`, `image_file_too_large`, `unsupported_image_media_type`, `empty_image_file`, `failed_to_download_image` and `image_file_not_found`. Sequrity does not document the codes it uses for security-policy denials. */
      code: string;
      /** @description Human-readable description of the failure. */
      message: string;
      /** @description The request parameter the error concerns; null when none was recorded. */
      param?: string | null;
      /** @description The original error type; null when it was not recorded. */
      type?: string | null;
      /** @description Details of a `misalignment_policy_violation`: why the action was blocked and how to continue. OpenAI field, not documented by Sequrity. */
      misalignment?: {
        /** @description The public explanation of the block. */
        detailed_explanation?: string;
        /** @description A classification. Open set; known values: `potentially_unintended_data_transfer`, `potentially_unintended_data_access`, `potentially_unintended_destructive_activity`, `other`. */
        error_type?: string;
        /** @description An opaque target for explicitly continuing this review; null when unavailable. */
        review_target?: string | null;
        /** @description A public instruction for continuing. */
        steer?: {
          /** @description The continuation instruction. */
          message: string;
        };
      };
    };
    /** @description Why a response ended with `status` `incomplete`. */
    ResponseIncompleteDetails: {
      /** @description What stopped generation. Open set; known values: `max_output_tokens` (the `max_output_tokens` limit was reached), `content_filter` (output was cut by a content filter), `max_messages` and `steered` (stopped at a safe boundary after a WebSocket `response.steer` event). */
      reason?: string;
    };
    /** @description The conversation this response belongs to; its input and output items were added to that conversation. */
    ResponseConversation: {
      /** @description Unique ID of the conversation. */
      id: string;
    };
    /** @description Token accounting for the whole response. The `*_details` breakdowns are optional: some servers omit them, so clients must not rely on them (the Sequrity Python SDK wrongly requires them). */
    ResponseUsage: {
      /** @description Number of input (prompt) tokens, including cached ones. */
      input_tokens: number;
      /** @description Breakdown of `input_tokens`. Optional; not sent by every server. */
      input_tokens_details?: {
        /** @description Input tokens that were served from the prompt cache. */
        cached_tokens?: number;
        /** @description Input tokens that were written to the prompt cache. */
        cache_write_tokens?: number;
        /** @description Breakdown of `cache_write_tokens` by cache lifetime. */
        cache_write_tokens_details?: {
          /** @description Input tokens written with a 30-minute lifetime. */
          ttl_30m_tokens?: number;
          /** @description Input tokens written with a 12-hour lifetime. */
          ttl_12h_tokens?: number;
        };
      };
      /** @description Number of generated tokens, including reasoning tokens. */
      output_tokens: number;
      /** @description Breakdown of `output_tokens`. Optional; not sent by every server. */
      output_tokens_details?: {
        /** @description Output tokens spent on hidden reasoning. */
        reasoning_tokens?: number;
      };
      /** @description Sum of `input_tokens` and `output_tokens`. */
      total_tokens: number;
    };
    /** @description A moderation result for the input or the output of a response (`Response.moderation`), when moderation was requested with the `moderation` request field. OpenAI object, not documented by Sequrity. */
    ModerationResult: {
      /**
       * @description Object type, always `moderation_result`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'moderation_result';
      /** @description Whether any category flagged the content. */
      flagged: boolean;
      /** @description Whether each moderation category flagged the content, by category name. */
      categories: {
        [key: string]: boolean;
      };
      /** @description The score of each moderation category, by category name. */
      category_scores: {
        [key: string]: number;
      };
      /** @description Which input modalities each category's score reflects, by category name. */
      category_applied_input_types: {
        [key: string]: string[];
      };
      /** @description The moderation model that produced the result. */
      model: string;
    };
    /** @description An error that stopped moderation of the input or the output of a response (`Response.moderation`). OpenAI object, not documented by Sequrity. */
    ModerationError: {
      /**
       * @description Object type, always `error`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'error';
      /** @description The error code. */
      code: string;
      /** @description The error message. */
      message: string;
    };
    /** @description The moderation of one side (input or output) of a response: a `moderation_result`, or an `error` when moderation failed. Clients must tolerate other `type` values. */
    ModerationOutcome: components['schemas']['ModerationResult'] | components['schemas']['ModerationError'];
    /** @description A model response: the reply body of `POST …/responses` without streaming, and the `response` snapshot inside the lifecycle stream events (`response.created`, `.in_progress`, `.completed`, `.failed`, `.incomplete`, `.queued`). Check `status`: Sequrity reports a security-policy denial as HTTP 200 with `status` `failed`. Servers add properties over time; clients must keep unknown ones. */
    Response: {
      /** @description Unique ID of the response (`resp_…` on OpenAI). Pass it as `previous_response_id` to continue the conversation in the same Sequrity session. */
      id: string;
      /**
       * @description Object type, always `response`.
       * @constant
       */
      object: 'response';
      /** @description When the response was created, in Unix seconds. */
      created_at: number;
      /** @description Lifecycle state. Final values are `completed`, `incomplete`, `failed` and `cancelled`; snapshots in stream events may be `queued` or `in_progress`. */
      status: components['schemas']['ResponseStatus'];
      /** @description The model that produced the response, usually as a dated snapshot name (`gpt-5-mini-2025-08-07`). In Sequrity dual-LLM mode this may name both models, comma-separated (`pllm,qllm`). */
      model: string;
      /** @description Items the model generated, in order: messages, reasoning, tool calls and tool results. Do not assume the first item is the answer; use `output_text` or look for `message` items. Item types not listed in `ResponseOutputItem` may appear and must be tolerated. */
      output: components['schemas']['ResponseOutputItem'][];
      /** @description Convenience field computed by clients, never sent by the server: the `text` of every `output_text` part of every `message` item in `output`, joined in order (empty string when there is none). Clients should give it the same meaning for streamed and non-streamed responses; in this TypeScript package `ResponseStream.finalResponse()` sets it. In dual-LLM mode it is the JSON-encoded `DualLlmResult`. */
      output_text?: string;
      /** @description Sequrity session this response ran in. The server sends it in the `X-Session-ID` response header (it is not documented as a body field); clients may copy it here (this package's `finalResponse()` does when the header is present and the body has none). Send it back as the `X-Session-ID` request header to continue the session. */
      session_id?: string | null;
      /** @description Why the response failed; null unless `status` is `failed`. */
      error?: components['schemas']['ResponseError'] | null;
      /** @description Why the response stopped early; null unless `status` is `incomplete`. */
      incomplete_details?: components['schemas']['ResponseIncompleteDetails'] | null;
      /** @description The system/developer instructions used for this response, echoed from the request. Instructions of an earlier response are not carried over by `previous_response_id`. */
      instructions?: string | components['schemas']['ResponseInputItem'][] | null;
      /** @description Key-value pairs attached to the response, echoed from the request (up to 16 pairs). */
      metadata?: {
        [key: string]: string;
      } | null;
      /** @description Whether the model was allowed to make several tool calls in one turn. Sent by OpenAI and Sequrity; some compatible servers leave it out of stream snapshots. */
      parallel_tool_calls?: boolean;
      /** @description How the model was allowed to pick tools, echoed from the request. Sent by OpenAI and Sequrity; some compatible servers leave it out of stream snapshots. */
      tool_choice?: components['schemas']['ToolChoice'];
      /** @description The tools the model could call, echoed from the request with server defaults filled in (empty when none). Sent by OpenAI and Sequrity; some compatible servers leave it out of stream snapshots. */
      tools?: components['schemas']['Tool'][];
      /** @description Sampling temperature used, 0–2. */
      temperature?: number | null;
      /** @description Nucleus sampling probability mass used, 0–1. */
      top_p?: number | null;
      /** @description Frequency penalty used (sent by some servers; 0 when unused). */
      frequency_penalty?: number | null;
      /** @description Presence penalty used (sent by some servers; 0 when unused). */
      presence_penalty?: number | null;
      /** @description Upper bound on generated tokens, including reasoning tokens; null when unlimited. */
      max_output_tokens?: number | null;
      /** @description Upper bound on the number of built-in tool calls in this response; null when unlimited. */
      max_tool_calls?: number | null;
      /** @description Number of most likely alternative tokens returned per position with log probabilities, 0–20. */
      top_logprobs?: number | null;
      /** @description ID of the response this one continues, echoed from the request. */
      previous_response_id?: string | null;
      /** @description The conversation this response belongs to, if any. */
      conversation?: components['schemas']['ResponseConversation'] | null;
      /** @description The prompt template and variables used, echoed from the request. */
      prompt?: components['schemas']['ResponsePrompt'] | null;
      /** @description Key used to group requests for prompt caching, echoed from the request. */
      prompt_cache_key?: string | null;
      /**
       * @deprecated
       * @description Deprecated by OpenAI in favour of `prompt_cache_options.ttl`. Prompt cache retention policy applied. Open set; known values: `in_memory`, `24h`, and `in-memory` (the spelling of the Sequrity Python SDK).
       */
      prompt_cache_retention?: string | null;
      /** @description Prompt-caching options applied to the response, on newer models. */
      prompt_cache_options?: {
        /** @description Whether cache breakpoints were placed implicitly or explicitly. Open set; known values `implicit` and `explicit`. */
        mode?: string;
        /** @description Minimum lifetime of each cache breakpoint. Open set; known values `30m` and `12h`. */
        ttl?: string;
        /** @description The response ID given as the prompt-cache diagnostics comparison, echoed from the request. */
        comparison_response_id?: string | null;
      };
      /** @description Reasoning settings used, echoed from the request with server defaults (servers may add fields such as `summary`, `context` or `mode`); null for models without reasoning. */
      reasoning?: components['schemas']['Reasoning'] | null;
      /** @description Stable end-user identifier used for abuse detection, echoed from the request. */
      safety_identifier?: string | null;
      /** @description Processing tier that actually served the request (may differ from the requested one). Open set; known values: `auto`, `default`, `flex`, `scale`, `priority`, `fast`, `ultrafast`. */
      service_tier?: string | null;
      /** @description Whether the response is stored on the server for later retrieval and for `previous_response_id`. */
      store?: boolean;
      /** @description Whether the response runs in background mode. */
      background?: boolean | null;
      /** @description Text output settings used (format, verbosity), echoed from the request with server defaults. */
      text?: components['schemas']['ResponseTextConfig'] | null;
      /** @description Context truncation strategy used. Open set; known values: `auto` (drop the oldest input items when the context window is exceeded) and `disabled` (fail instead). */
      truncation?: string | null;
      /** @description Token usage; null or absent until the response finishes. */
      usage?: components['schemas']['ResponseUsage'] | null;
      /** @description When the response completed, in Unix seconds; null unless `status` is `completed`. */
      completed_at?: number | null;
      /**
       * @deprecated
       * @description Deprecated end-user identifier, echoed from the request; use `safety_identifier` and `prompt_cache_key` instead.
       */
      user?: string | null;
      /** @description Moderation results for the input and output, when moderation was requested; null otherwise. */
      moderation?: {
        /** @description Moderation of the input. */
        input?: components['schemas']['ModerationOutcome'];
        /** @description Moderation of the output. */
        output?: components['schemas']['ModerationOutcome'];
      } | null;
      /** @description Who is billed for the response. */
      billing?: {
        /** @description The billed party (for example `developer`). */
        payer?: string;
      };
      /** @description Per-tool usage counters reported by some servers (for example `image_gen` token counts and `web_search` request counts), keyed by tool, separate from the model's `usage`. Tool families without recorded usage have zero counts; the field is omitted when tool usage is unavailable. */
      tool_usage?: {
        /** @description Token counts summed over the image generation calls (calls without complete usage records may be skipped; an omitted cache count means cache usage is unknown). */
        image_gen?: {
          /** @description Input tokens (images and text). */
          input_tokens?: number;
          /** @description Breakdown of `input_tokens`. */
          input_tokens_details?: {
            /** @description Image input tokens. */
            image_tokens?: number;
            /** @description Text input tokens. */
            text_tokens?: number;
          };
          /** @description Output tokens. */
          output_tokens?: number;
          /** @description Breakdown of `output_tokens`. */
          output_tokens_details?: {
            /** @description Image output tokens. */
            image_tokens?: number;
            /** @description Text output tokens. */
            text_tokens?: number;
          };
          /** @description Input and output tokens together. */
          total_tokens?: number;
          /** @description Input tokens served from the cache. */
          cached_tokens?: number;
          /** @description Breakdown of `cached_tokens`. */
          cached_tokens_details?: {
            /** @description Cached image tokens. */
            cached_image_tokens?: number;
            /** @description Cached text tokens. */
            cached_text_tokens?: number;
          };
        };
        /** @description Billable web search usage. */
        web_search?: {
          /** @description The number of billable searches (discounted searches and actions such as opening a page are not counted). */
          num_requests?: number;
        };
      } & {
        [key: string]: unknown;
      };
      /** @description The access programs applied to the response; null for an implicit Standard fallback. OpenAI field, not documented by Sequrity. */
      access_programs?: {
        /** @description The effective Cyber access program. Open set; known values: `standard`, `daybreak_blue`, `daybreak_red`. */
        cyber?: string;
      } | null;
      /** @description The image options applied to the response. OpenAI field, not documented by Sequrity. */
      image?: {
        /** @description The effective image context optimization. Open set; known values `enabled` and `disabled`. */
        context_compression?: string;
      };
      /** @description Reasoning input items withheld from the model, in input order (for example reasoning produced for another organization or model). OpenAI field, not documented by Sequrity. */
      input_transformations?: {
        /** @description The ID of the original reasoning item. */
        id?: string;
        /** @description The kind of item withheld. Open set; known value `reasoning`. */
        type?: string;
        /** @description What was done with the item. Open set; known value `removed`. */
        action?: string;
        /** @description Why. Open set; known values: `organization_mismatch`, `end_user_mismatch`, `model_mismatch`, `prefix_mismatch`, `turn_boundary`. */
        reason?: string;
      }[];
      /** @description Prompt-cache diagnostics, when `prompt_cache_options.comparison_response_id` asked for them. OpenAI field, not documented by Sequrity. */
      prompt_cache_diagnostics?: {
        /** @description The outcome. Open set; known values: `cache_hit`, `cache_miss`, `comparison_response_not_found` and `unavailable`. */
        type?: string;
        /** @description For `cache_miss`, why the cache was not reused. Open set; known values: `model_changed`, `prompt_cache_key_changed`, `tools_changed`, `text_format_changed`, `reasoning_effort_changed`, `verbosity_changed`, `context_compacted`, `input_changed`, `service_tier_changed`. */
        reason?: string;
        /** @description For `cache_miss`, the estimated number of input tokens after the first divergence. */
        cache_missed_tokens?: number;
        /** @description For `cache_miss`, the token count of the reusable prefix of the compared response. */
        comparison_reusable_tokens?: number;
      };
    };
    /** @description First event of a stream: the server accepted the request and created the response. `response` is a snapshot with `status: in_progress` (or `queued` in background mode) and an empty `output`. */
    ResponseCreatedEvent: {
      /**
       * @description Event type, always `response.created`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.created';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description Snapshot of the response as just created. */
      response: components['schemas']['Response'];
    };
    /** @description The response is waiting for capacity before generation starts (background mode). `response.status` is `queued`. */
    ResponseQueuedEvent: {
      /**
       * @description Event type, always `response.queued`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.queued';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description Snapshot of the queued response. */
      response: components['schemas']['Response'];
    };
    /** @description Generation has started. `response` is a snapshot with `status: in_progress`; output arrives in the events that follow. */
    ResponseInProgressEvent: {
      /**
       * @description Event type, always `response.in_progress`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.in_progress';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description Snapshot of the response in progress. */
      response: components['schemas']['Response'];
    };
    /** @description Terminal event: the response finished successfully. `response` is the final object, with every output item and `usage`; it supersedes everything assembled from deltas. The stream ends after this event. */
    ResponseCompletedEvent: {
      /**
       * @description Event type, always `response.completed`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.completed';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description The final response, `status: completed`. */
      response: components['schemas']['Response'];
    };
    /** @description Terminal event: generation failed and `response.error` says why. Sequrity Control reports a security-policy denial as a failed response (HTTP 200) rather than as an HTTP error, with the denial text in `output`. The stream ends after this event. */
    ResponseFailedEvent: {
      /**
       * @description Event type, always `response.failed`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.failed';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description The final response, `status: failed`, with `error` set. */
      response: components['schemas']['Response'];
    };
    /** @description Terminal event: generation stopped early, for example at `max_output_tokens` or because of a content filter; `response.incomplete_details.reason` says why and the last items may have `status: incomplete`. The stream ends after this event. */
    ResponseIncompleteEvent: {
      /**
       * @description Event type, always `response.incomplete`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.incomplete';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description The final response, `status: incomplete`. */
      response: components['schemas']['Response'];
    };
    /** @description A new item was appended to `response.output` at `output_index`. `item` is its initial state (typically `status: in_progress` with empty content or arguments); later events for it carry its `id` as `item_id`. */
    ResponseOutputItemAddedEvent: {
      /**
       * @description Event type, always `response.output_item.added`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.output_item.added';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description Index of the new item in `response.output`. */
      output_index: number;
      /** @description Initial state of the new output item. */
      item: components['schemas']['ResponseOutputItem'];
    };
    /** @description An output item is finished. `item` is its final state and replaces the snapshot assembled from earlier events. */
    ResponseOutputItemDoneEvent: {
      /**
       * @description Event type, always `response.output_item.done`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.output_item.done';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
      /** @description Final state of the output item. */
      item: components['schemas']['ResponseOutputItem'];
    };
    /** @description The `part` carried by `response.content_part.added` and `.done` events: an `output_text` or `refusal` part of an assistant message, or a `reasoning_text` part of a reasoning item (its `content`). Clients should skip part types that are not listed here. */
    ResponseContentPart:
      | components['schemas']['ResponseOutputText']
      | components['schemas']['ResponseOutputRefusal']
      | components['schemas']['ResponseReasoningText'];
    /** @description A new content part was added to a message's (or reasoning item's) `content` at `content_index`. `part` is its initial, usually empty, state; text then arrives through delta events. */
    ResponseContentPartAddedEvent: {
      /**
       * @description Event type, always `response.content_part.added`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.content_part.added';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the message or reasoning item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
      /** @description Index of the affected part in the item's `content` array. */
      content_index: number;
      /** @description Initial state of the new content part. */
      part: components['schemas']['ResponseContentPart'];
    };
    /** @description A content part is finished. `part` holds its final text (and, for `output_text`, its annotations and logprobs). */
    ResponseContentPartDoneEvent: {
      /**
       * @description Event type, always `response.content_part.done`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.content_part.done';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the message or reasoning item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
      /** @description Index of the affected part in the item's `content` array. */
      content_index: number;
      /** @description Final state of the content part. */
      part: components['schemas']['ResponseContentPart'];
    };
    /** @description A fragment of assistant text: append `delta` to the `text` of the `output_text` part at `content_index`. In Sequrity Control's dual-LLM mode the final message text is a JSON document (see `DualLlmResult`), so parse it only once complete (`response.output_text.done`). */
    ResponseOutputTextDeltaEvent: {
      /**
       * @description Event type, always `response.output_text.delta`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.output_text.delta';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the message item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
      /** @description Index of the affected part in the message item's `content` array. */
      content_index: number;
      /** @description Text to append to the part. */
      delta: string;
      /** @description Log probabilities of the tokens in `delta`. Empty unless the request asked for them with `include: ["message.output_text.logprobs"]` (set `top_logprobs` for alternatives); missing in 2025-03-era recordings. */
      logprobs?: components['schemas']['ResponseOutputTextLogprob'][];
      /** @description Random padding the server adds to delta events to equalise their sizes, so that payload lengths do not reveal the tokens; it carries no content and should be ignored. OpenAI sends it unless the request sets `stream_options.include_obfuscation` to false. */
      obfuscation?: string;
    };
    /** @description An `output_text` part is complete; `text` is its full text. */
    ResponseOutputTextDoneEvent: {
      /**
       * @description Event type, always `response.output_text.done`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.output_text.done';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the message item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
      /** @description Index of the affected part in the message item's `content` array. */
      content_index: number;
      /** @description The complete text of the part. */
      text: string;
      /** @description Log probabilities of the tokens in the whole part. Empty unless the request asked for them with `include: ["message.output_text.logprobs"]` (set `top_logprobs` for alternatives); missing in 2025-03-era recordings. */
      logprobs?: components['schemas']['ResponseOutputTextLogprob'][];
    };
    /** @description An annotation (file or URL citation, file path) was attached to an `output_text` part, typically while a file-search or web-search answer is streamed. */
    ResponseOutputTextAnnotationAddedEvent: {
      /**
       * @description Event type, always `response.output_text.annotation.added`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.output_text.annotation.added';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the message item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
      /** @description Index of the affected part in the message item's `content` array. */
      content_index: number;
      /** @description Index of the new annotation in the part's `annotations` array. */
      annotation_index: number;
      /** @description The annotation that was added. */
      annotation: components['schemas']['ResponseOutputTextAnnotation'];
    };
    /** @description A fragment of a refusal: append `delta` to the `refusal` of the `refusal` part at `content_index`. */
    ResponseRefusalDeltaEvent: {
      /**
       * @description Event type, always `response.refusal.delta`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.refusal.delta';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the message item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
      /** @description Index of the affected part in the message item's `content` array. */
      content_index: number;
      /** @description Refusal text to append. */
      delta: string;
      /** @description Random padding the server adds to delta events to equalise their sizes, so that payload lengths do not reveal the tokens; it carries no content and should be ignored. OpenAI sends it unless the request sets `stream_options.include_obfuscation` to false. */
      obfuscation?: string;
    };
    /** @description A refusal part is complete; `refusal` is its full text. */
    ResponseRefusalDoneEvent: {
      /**
       * @description Event type, always `response.refusal.done`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.refusal.done';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the message item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
      /** @description Index of the affected part in the message item's `content` array. */
      content_index: number;
      /** @description The complete refusal text. */
      refusal: string;
    };
    /** @description A fragment of a function call's arguments: append `delta` to the `arguments` of the `function_call` item. The accumulated string is JSON only once complete. */
    ResponseFunctionCallArgumentsDeltaEvent: {
      /**
       * @description Event type, always `response.function_call_arguments.delta`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.function_call_arguments.delta';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `function_call` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
      /** @description Fragment of the JSON-encoded arguments string. */
      delta: string;
      /** @description Random padding the server adds to delta events to equalise their sizes, so that payload lengths do not reveal the tokens; it carries no content and should be ignored. OpenAI sends it unless the request sets `stream_options.include_obfuscation` to false. */
      obfuscation?: string;
    };
    /** @description A function call's arguments are complete. Take the function name and `call_id` from the `function_call` item. */
    ResponseFunctionCallArgumentsDoneEvent: {
      /**
       * @description Event type, always `response.function_call_arguments.done`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.function_call_arguments.done';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `function_call` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
      /** @description The complete JSON-encoded arguments string. */
      arguments: string;
      /** @description Name of the called function. Declared by the OpenAI SDK but absent from every recorded stream, so read the name from the `function_call` item instead. */
      name?: string;
    };
    /** @description A fragment of a custom (free-form) tool call's input: append `delta` to the `input` of the `custom_tool_call` item. */
    ResponseCustomToolCallInputDeltaEvent: {
      /**
       * @description Event type, always `response.custom_tool_call_input.delta`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.custom_tool_call_input.delta';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `custom_tool_call` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
      /** @description Fragment of the tool input. */
      delta: string;
      /** @description Random padding the server adds to delta events to equalise their sizes, so that payload lengths do not reveal the tokens; it carries no content and should be ignored. OpenAI sends it unless the request sets `stream_options.include_obfuscation` to false. */
      obfuscation?: string;
    };
    /** @description A custom tool call's input is complete. */
    ResponseCustomToolCallInputDoneEvent: {
      /**
       * @description Event type, always `response.custom_tool_call_input.done`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.custom_tool_call_input.done';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `custom_tool_call` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
      /** @description The complete tool input. */
      input: string;
    };
    /** @description A fragment of an MCP tool call's arguments: append `delta` to the `arguments` of the `mcp_call` item. */
    ResponseMcpCallArgumentsDeltaEvent: {
      /**
       * @description Event type, always `response.mcp_call_arguments.delta`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.mcp_call_arguments.delta';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `mcp_call` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
      /** @description Fragment of the JSON-encoded arguments string. */
      delta: string;
      /** @description Random padding the server adds to delta events to equalise their sizes, so that payload lengths do not reveal the tokens; it carries no content and should be ignored. OpenAI sends it unless the request sets `stream_options.include_obfuscation` to false. */
      obfuscation?: string;
    };
    /** @description An MCP tool call's arguments are complete. */
    ResponseMcpCallArgumentsDoneEvent: {
      /**
       * @description Event type, always `response.mcp_call_arguments.done`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.mcp_call_arguments.done';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `mcp_call` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
      /** @description The complete JSON-encoded arguments string. */
      arguments: string;
    };
    /** @description A new summary part was added to a reasoning item's `summary` at `summary_index`; its text follows in `response.reasoning_summary_text.delta` events. Sent only when reasoning summaries were requested. */
    ResponseReasoningSummaryPartAddedEvent: {
      /**
       * @description Event type, always `response.reasoning_summary_part.added`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.reasoning_summary_part.added';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the reasoning item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
      /** @description Index of the affected part in the reasoning item's `summary` array. */
      summary_index: number;
      /** @description Initial, usually empty, state of the summary part. */
      part: components['schemas']['ResponseReasoningSummaryText'];
    };
    /** @description A reasoning summary part is complete. */
    ResponseReasoningSummaryPartDoneEvent: {
      /**
       * @description Event type, always `response.reasoning_summary_part.done`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.reasoning_summary_part.done';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the reasoning item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
      /** @description Index of the affected part in the reasoning item's `summary` array. */
      summary_index: number;
      /** @description Final state of the summary part. */
      part: components['schemas']['ResponseReasoningSummaryText'];
      /** @description `incomplete` when the summary part was cut off before it finished; absent otherwise. */
      status?: string;
    };
    /** @description A fragment of reasoning-summary text: append `delta` to the `text` of the summary part at `summary_index`. */
    ResponseReasoningSummaryTextDeltaEvent: {
      /**
       * @description Event type, always `response.reasoning_summary_text.delta`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.reasoning_summary_text.delta';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the reasoning item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
      /** @description Index of the affected part in the reasoning item's `summary` array. */
      summary_index: number;
      /** @description Summary text to append. */
      delta: string;
      /** @description Random padding the server adds to delta events to equalise their sizes, so that payload lengths do not reveal the tokens; it carries no content and should be ignored. OpenAI sends it unless the request sets `stream_options.include_obfuscation` to false. */
      obfuscation?: string;
    };
    /** @description A reasoning summary part's text is complete. */
    ResponseReasoningSummaryTextDoneEvent: {
      /**
       * @description Event type, always `response.reasoning_summary_text.done`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.reasoning_summary_text.done';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the reasoning item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
      /** @description Index of the affected part in the reasoning item's `summary` array. */
      summary_index: number;
      /** @description The complete summary text. */
      text: string;
    };
    /** @description A fragment of raw reasoning text: append `delta` to the `reasoning_text` content part at `content_index`. Sent by models and compatible servers that expose their reasoning (OpenAI keeps it hidden). */
    ResponseReasoningTextDeltaEvent: {
      /**
       * @description Event type, always `response.reasoning_text.delta`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.reasoning_text.delta';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the reasoning item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
      /** @description Index of the affected part in the reasoning item's `content` array. */
      content_index: number;
      /** @description Reasoning text to append. */
      delta: string;
      /** @description Random padding the server adds to delta events to equalise their sizes, so that payload lengths do not reveal the tokens; it carries no content and should be ignored. OpenAI sends it unless the request sets `stream_options.include_obfuscation` to false. */
      obfuscation?: string;
    };
    /** @description A `reasoning_text` content part is complete. */
    ResponseReasoningTextDoneEvent: {
      /**
       * @description Event type, always `response.reasoning_text.done`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.reasoning_text.done';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the reasoning item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
      /** @description Index of the affected part in the reasoning item's `content` array. */
      content_index: number;
      /** @description The complete reasoning text of the part. */
      text: string;
    };
    /** @description A file search call has started. */
    ResponseFileSearchCallInProgressEvent: {
      /**
       * @description Event type, always `response.file_search_call.in_progress`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.file_search_call.in_progress';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `file_search_call` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
    };
    /** @description A file search call is searching the vector stores. */
    ResponseFileSearchCallSearchingEvent: {
      /**
       * @description Event type, always `response.file_search_call.searching`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.file_search_call.searching';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `file_search_call` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
    };
    /** @description A file search call has finished; its queries and results arrive with `response.output_item.done`. */
    ResponseFileSearchCallCompletedEvent: {
      /**
       * @description Event type, always `response.file_search_call.completed`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.file_search_call.completed';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `file_search_call` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
    };
    /** @description A web search call has started. */
    ResponseWebSearchCallInProgressEvent: {
      /**
       * @description Event type, always `response.web_search_call.in_progress`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.web_search_call.in_progress';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `web_search_call` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
    };
    /** @description A web search call is searching the web. */
    ResponseWebSearchCallSearchingEvent: {
      /**
       * @description Event type, always `response.web_search_call.searching`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.web_search_call.searching';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `web_search_call` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
    };
    /** @description A web search call has finished; its action and sources arrive with `response.output_item.done`. */
    ResponseWebSearchCallCompletedEvent: {
      /**
       * @description Event type, always `response.web_search_call.completed`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.web_search_call.completed';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `web_search_call` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
    };
    /** @description A code interpreter call has started; its code follows in `response.code_interpreter_call_code.delta` events. */
    ResponseCodeInterpreterCallInProgressEvent: {
      /**
       * @description Event type, always `response.code_interpreter_call.in_progress`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.code_interpreter_call.in_progress';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `code_interpreter_call` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
    };
    /** @description A code interpreter call's code is complete and is now running in the container. */
    ResponseCodeInterpreterCallInterpretingEvent: {
      /**
       * @description Event type, always `response.code_interpreter_call.interpreting`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.code_interpreter_call.interpreting';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `code_interpreter_call` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
    };
    /** @description A code interpreter call has finished running; its outputs arrive with `response.output_item.done`. */
    ResponseCodeInterpreterCallCompletedEvent: {
      /**
       * @description Event type, always `response.code_interpreter_call.completed`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.code_interpreter_call.completed';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `code_interpreter_call` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
    };
    /** @description A fragment of the code a code interpreter call will run: append `delta` to the item's `code`. */
    ResponseCodeInterpreterCallCodeDeltaEvent: {
      /**
       * @description Event type, always `response.code_interpreter_call_code.delta`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.code_interpreter_call_code.delta';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `code_interpreter_call` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
      /** @description Code to append. */
      delta: string;
      /** @description Random padding the server adds to delta events to equalise their sizes, so that payload lengths do not reveal the tokens; it carries no content and should be ignored. OpenAI sends it unless the request sets `stream_options.include_obfuscation` to false. */
      obfuscation?: string;
    };
    /** @description The code of a code interpreter call is complete. */
    ResponseCodeInterpreterCallCodeDoneEvent: {
      /**
       * @description Event type, always `response.code_interpreter_call_code.done`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.code_interpreter_call_code.done';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `code_interpreter_call` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
      /** @description The complete code. */
      code: string;
    };
    /** @description An image generation call has started. */
    ResponseImageGenerationCallInProgressEvent: {
      /**
       * @description Event type, always `response.image_generation_call.in_progress`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.image_generation_call.in_progress';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `image_generation_call` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
    };
    /** @description An image generation call is rendering the image. */
    ResponseImageGenerationCallGeneratingEvent: {
      /**
       * @description Event type, always `response.image_generation_call.generating`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.image_generation_call.generating';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `image_generation_call` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
    };
    /** @description A partial (progressively refined) render of an image being generated; sent when the image generation tool sets `partial_images` (0–3). The final image arrives in the item's `result`. These events can be several megabytes. */
    ResponseImageGenerationCallPartialImageEvent: {
      /**
       * @description Event type, always `response.image_generation_call.partial_image`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.image_generation_call.partial_image';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `image_generation_call` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
      /** @description Index of this partial image, counting from 0 up to the requested `partial_images` minus one. */
      partial_image_index: number;
      /** @description The partial image, base64-encoded in `output_format`. */
      partial_image_b64: string;
      /** @description Image size, e.g. `1024x1024`, `1024x1536`, `1536x1024`. */
      size?: string;
      /** @description Rendering quality: `low`, `medium` or `high`. */
      quality?: string;
      /** @description Background: `transparent` or `opaque`. */
      background?: string;
      /** @description Encoding of `partial_image_b64`: `png`, `webp` or `jpeg`. */
      output_format?: string;
    };
    /** @description An image generation call has finished; the image arrives with `response.output_item.done`. */
    ResponseImageGenerationCallCompletedEvent: {
      /**
       * @description Event type, always `response.image_generation_call.completed`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.image_generation_call.completed';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `image_generation_call` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
    };
    /** @description An MCP tool call has started (may be sent more than once). */
    ResponseMcpCallInProgressEvent: {
      /**
       * @description Event type, always `response.mcp_call.in_progress`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.mcp_call.in_progress';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `mcp_call` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
    };
    /** @description An MCP tool call has finished; its output arrives with `response.output_item.done`. */
    ResponseMcpCallCompletedEvent: {
      /**
       * @description Event type, always `response.mcp_call.completed`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.mcp_call.completed';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `mcp_call` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
    };
    /** @description An MCP tool call failed; the item's `error` says why. */
    ResponseMcpCallFailedEvent: {
      /**
       * @description Event type, always `response.mcp_call.failed`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.mcp_call.failed';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `mcp_call` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
    };
    /** @description The server started listing the tools of an MCP server. */
    ResponseMcpListToolsInProgressEvent: {
      /**
       * @description Event type, always `response.mcp_list_tools.in_progress`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.mcp_list_tools.in_progress';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `mcp_list_tools` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
    };
    /** @description Listing an MCP server's tools has finished; the tools arrive with `response.output_item.done`. */
    ResponseMcpListToolsCompletedEvent: {
      /**
       * @description Event type, always `response.mcp_list_tools.completed`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.mcp_list_tools.completed';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `mcp_list_tools` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
    };
    /** @description Listing an MCP server's tools failed. */
    ResponseMcpListToolsFailedEvent: {
      /**
       * @description Event type, always `response.mcp_list_tools.failed`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.mcp_list_tools.failed';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `mcp_list_tools` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
    };
    /** @description A chunk of generated audio. */
    ResponseAudioDeltaEvent: {
      /**
       * @description Event type, always `response.audio.delta`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.audio.delta';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description Base64-encoded audio bytes. */
      delta: string;
      /** @description Random padding the server adds to delta events to equalise their sizes, so that payload lengths do not reveal the tokens; it carries no content and should be ignored. OpenAI sends it unless the request sets `stream_options.include_obfuscation` to false. */
      obfuscation?: string;
    };
    /** @description The generated audio is complete. */
    ResponseAudioDoneEvent: {
      /**
       * @description Event type, always `response.audio.done`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.audio.done';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
    };
    /** @description A fragment of the transcript of the generated audio. */
    ResponseAudioTranscriptDeltaEvent: {
      /**
       * @description Event type, always `response.audio.transcript.delta`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.audio.transcript.delta';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description Transcript text to append. */
      delta: string;
      /** @description Random padding the server adds to delta events to equalise their sizes, so that payload lengths do not reveal the tokens; it carries no content and should be ignored. OpenAI sends it unless the request sets `stream_options.include_obfuscation` to false. */
      obfuscation?: string;
    };
    /** @description The transcript of the generated audio is complete. */
    ResponseAudioTranscriptDoneEvent: {
      /**
       * @description Event type, always `response.audio.transcript.done`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.audio.transcript.done';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
    };
    /** @description A hosted `shell_call` started a new command at `command_index`; its text follows in `response.shell_call_command.delta` events. This event has no `item_id`; use `output_index`. */
    ResponseShellCallCommandAddedEvent: {
      /**
       * @description Event type, always `response.shell_call_command.added`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.shell_call_command.added';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
      /** @description Index of the command in the `shell_call` item's `action.commands` list. */
      command_index: number;
      /** @description Initial command text, usually empty. */
      command: string;
    };
    /** @description A fragment of a hosted shell command: append `delta` to the command at `command_index`. */
    ResponseShellCallCommandDeltaEvent: {
      /**
       * @description Event type, always `response.shell_call_command.delta`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.shell_call_command.delta';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
      /** @description Index of the command in the `shell_call` item's `action.commands` list. */
      command_index: number;
      /** @description Command text to append. */
      delta: string;
      /** @description Random padding the server adds to delta events to equalise their sizes, so that payload lengths do not reveal the tokens; it carries no content and should be ignored. OpenAI sends it unless the request sets `stream_options.include_obfuscation` to false. */
      obfuscation?: string;
    };
    /** @description A hosted shell command is complete. */
    ResponseShellCallCommandDoneEvent: {
      /**
       * @description Event type, always `response.shell_call_command.done`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.shell_call_command.done';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
      /** @description Index of the command in the `shell_call` item's `action.commands` list. */
      command_index: number;
      /** @description The complete command. */
      command: string;
    };
    /** @description Output captured from a hosted shell command while it runs, for the `shell_call_output` item. */
    ResponseShellCallOutputContentDeltaEvent: {
      /**
       * @description Event type, always `response.shell_call_output_content.delta`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.shell_call_output_content.delta';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `shell_call_output` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
      /** @description Index of the command in the `shell_call` item's `action.commands` list. */
      command_index: number;
      /** @description Output to append; either stream may be absent. */
      delta: {
        /** @description Standard output to append. */
        stdout?: string;
        /** @description Standard error to append. */
        stderr?: string;
      };
      /** @description Random padding the server adds to delta events to equalise their sizes, so that payload lengths do not reveal the tokens; it carries no content and should be ignored. OpenAI sends it unless the request sets `stream_options.include_obfuscation` to false. */
      obfuscation?: string;
    };
    /** @description The output of a hosted shell command is complete. */
    ResponseShellCallOutputContentDoneEvent: {
      /**
       * @description Event type, always `response.shell_call_output_content.done`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.shell_call_output_content.done';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `shell_call_output` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index: number;
      /** @description Index of the command in the `shell_call` item's `action.commands` list. */
      command_index: number;
      /** @description Captured output chunks of the command. */
      output: {
        /** @description Captured standard output. */
        stdout: string;
        /** @description Captured standard error. */
        stderr: string;
        /** @description How the command ended: it exited with a code, or it exceeded its time limit. */
        outcome:
          | {
              /**
               * @description Outcome kind, always `exit`.
               * @constant
               */
              type: 'exit';
              /** @description Exit code of the shell process. */
              exit_code: number;
            }
          | {
              /**
               * @description Outcome kind, always `timeout`.
               * @constant
               */
              type: 'timeout';
            };
        /** @description Identifier of the actor that produced this output. */
        created_by?: string;
      }[];
    };
    /** @description A fragment of the diff of an `apply_patch_call` item: append `delta` to the item's `operation.diff`. Sent by the API although OpenAI's SDK union does not list it. */
    ResponseApplyPatchCallOperationDiffDeltaEvent: {
      /**
       * @description Event type, always `response.apply_patch_call_operation_diff.delta`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.apply_patch_call_operation_diff.delta';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `apply_patch_call` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id?: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index?: number;
      /** @description Diff text to append. */
      delta?: string;
      /** @description Random padding the server adds to delta events to equalise their sizes, so that payload lengths do not reveal the tokens; it carries no content and should be ignored. OpenAI sends it unless the request sets `stream_options.include_obfuscation` to false. */
      obfuscation?: string;
    };
    /** @description The diff of an `apply_patch_call` item is complete. Sent by the API although OpenAI's SDK union does not list it. */
    ResponseApplyPatchCallOperationDiffDoneEvent: {
      /**
       * @description Event type, always `response.apply_patch_call_operation_diff.done`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.apply_patch_call_operation_diff.done';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description ID of the `apply_patch_call` item this event belongs to (the `id` of the item announced by `response.output_item.added`). */
      item_id?: string;
      /** @description Index of the affected output item in `response.output`. */
      output_index?: number;
      /** @description The complete diff. */
      diff?: string;
    };
    /** @description The server has started compacting the conversation into the `compaction` output item at `output_index`; the item itself arrives in `response.output_item.done`. OpenAI event, not documented by Sequrity. */
    ResponseCompactionCompactingEvent: {
      /**
       * @description Event type, always `response.compaction.compacting`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.compaction.compacting';
      /** @description Position of this event in the stream. */
      sequence_number: number;
      /** @description The ID of the compaction output item. */
      item_id: string;
      /** @description The index of the compaction output item in `output`. */
      output_index: number;
    };
    /** @description Heartbeat the server sends during long silent phases (for example lengthy reasoning) to keep the connection open. It carries no data and does not change the response; ignore it, apart from resetting any idle timer. */
    ResponseKeepaliveEvent: {
      /**
       * @description Event type, always `keepalive`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'keepalive';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
    };
    /** @description The server could not continue the response, for example because of an exhausted quota, a rate limit or a server error. Usually followed by `response.failed`, which ends the stream; if the stream ends without it, treat this event as the final one. Two shapes exist and clients must read both: the API nests the details under `error`, while OpenAI's published schema and some compatible servers put `code`, `message` and `param` at the top level. */
    ResponseErrorEvent: {
      /**
       * @description Event type, always `error`.
       * @constant
       */
      type: 'error';
      /** @description Position of this event in the stream: starts at 0 for each response and increases by 1 with every event. Absent in 2025-03-era recordings, so do not depend on it being present. */
      sequence_number?: number;
      /** @description Error details, in the nested shape that the API sends. */
      error?: {
        /** @description Error category, e.g. `insufficient_quota`, `invalid_request_error`, `rate_limit_exceeded`, `server_error`. */
        type?: string;
        /** @description Machine-readable error code, e.g. `insufficient_quota`; null when none applies. */
        code?: string | null;
        /** @description Human-readable explanation of the error. */
        message: string;
        /** @description Request parameter the error relates to; null when none. */
        param?: string | null;
      };
      /** @description Machine-readable error code, in the flat shape; null when none applies. */
      code?: string | null;
      /** @description Human-readable explanation of the error, in the flat shape. */
      message?: string;
      /** @description Request parameter the error relates to, in the flat shape; null when none. */
      param?: string | null;
    } & ((unknown | unknown) & {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'error';
    });
    /** @description One event of a streamed response (`stream: true`), delivered as server-sent events (`text/event-stream`). Each SSE frame has an `event:` field equal to the event's `type` and a `data:` field holding one JSON-encoded event; the `type` inside the JSON is authoritative. The stream starts with `response.created` and ends after the terminal `response.completed`, `response.incomplete` or `response.failed` event. The OpenAI API sends no `[DONE]` terminator, but compatible servers and proxies may; clients must treat a `data: [DONE]` frame as end-of-stream. Lifecycle events carry full `Response` snapshots; the other events are incremental updates addressed by `output_index`, `item_id`, `content_index` or `summary_index`. Sequrity Control returns the session id in the `X-Session-ID` response header when the stream opens, not in an event. Servers add event types and properties over time: clients MUST accept events whose `type` is not listed here (pass them through as unknown events) and properties that are not listed. */
    ResponseStreamEvent:
      | components['schemas']['ResponseCreatedEvent']
      | components['schemas']['ResponseQueuedEvent']
      | components['schemas']['ResponseInProgressEvent']
      | components['schemas']['ResponseCompletedEvent']
      | components['schemas']['ResponseFailedEvent']
      | components['schemas']['ResponseIncompleteEvent']
      | components['schemas']['ResponseOutputItemAddedEvent']
      | components['schemas']['ResponseOutputItemDoneEvent']
      | components['schemas']['ResponseContentPartAddedEvent']
      | components['schemas']['ResponseContentPartDoneEvent']
      | components['schemas']['ResponseOutputTextDeltaEvent']
      | components['schemas']['ResponseOutputTextDoneEvent']
      | components['schemas']['ResponseOutputTextAnnotationAddedEvent']
      | components['schemas']['ResponseRefusalDeltaEvent']
      | components['schemas']['ResponseRefusalDoneEvent']
      | components['schemas']['ResponseFunctionCallArgumentsDeltaEvent']
      | components['schemas']['ResponseFunctionCallArgumentsDoneEvent']
      | components['schemas']['ResponseCustomToolCallInputDeltaEvent']
      | components['schemas']['ResponseCustomToolCallInputDoneEvent']
      | components['schemas']['ResponseMcpCallArgumentsDeltaEvent']
      | components['schemas']['ResponseMcpCallArgumentsDoneEvent']
      | components['schemas']['ResponseReasoningSummaryPartAddedEvent']
      | components['schemas']['ResponseReasoningSummaryPartDoneEvent']
      | components['schemas']['ResponseReasoningSummaryTextDeltaEvent']
      | components['schemas']['ResponseReasoningSummaryTextDoneEvent']
      | components['schemas']['ResponseReasoningTextDeltaEvent']
      | components['schemas']['ResponseReasoningTextDoneEvent']
      | components['schemas']['ResponseFileSearchCallInProgressEvent']
      | components['schemas']['ResponseFileSearchCallSearchingEvent']
      | components['schemas']['ResponseFileSearchCallCompletedEvent']
      | components['schemas']['ResponseWebSearchCallInProgressEvent']
      | components['schemas']['ResponseWebSearchCallSearchingEvent']
      | components['schemas']['ResponseWebSearchCallCompletedEvent']
      | components['schemas']['ResponseCodeInterpreterCallInProgressEvent']
      | components['schemas']['ResponseCodeInterpreterCallInterpretingEvent']
      | components['schemas']['ResponseCodeInterpreterCallCompletedEvent']
      | components['schemas']['ResponseCodeInterpreterCallCodeDeltaEvent']
      | components['schemas']['ResponseCodeInterpreterCallCodeDoneEvent']
      | components['schemas']['ResponseImageGenerationCallInProgressEvent']
      | components['schemas']['ResponseImageGenerationCallGeneratingEvent']
      | components['schemas']['ResponseImageGenerationCallPartialImageEvent']
      | components['schemas']['ResponseImageGenerationCallCompletedEvent']
      | components['schemas']['ResponseMcpCallInProgressEvent']
      | components['schemas']['ResponseMcpCallCompletedEvent']
      | components['schemas']['ResponseMcpCallFailedEvent']
      | components['schemas']['ResponseMcpListToolsInProgressEvent']
      | components['schemas']['ResponseMcpListToolsCompletedEvent']
      | components['schemas']['ResponseMcpListToolsFailedEvent']
      | components['schemas']['ResponseAudioDeltaEvent']
      | components['schemas']['ResponseAudioDoneEvent']
      | components['schemas']['ResponseAudioTranscriptDeltaEvent']
      | components['schemas']['ResponseAudioTranscriptDoneEvent']
      | components['schemas']['ResponseShellCallCommandAddedEvent']
      | components['schemas']['ResponseShellCallCommandDeltaEvent']
      | components['schemas']['ResponseShellCallCommandDoneEvent']
      | components['schemas']['ResponseShellCallOutputContentDeltaEvent']
      | components['schemas']['ResponseShellCallOutputContentDoneEvent']
      | components['schemas']['ResponseApplyPatchCallOperationDiffDeltaEvent']
      | components['schemas']['ResponseApplyPatchCallOperationDiffDoneEvent']
      | components['schemas']['ResponseCompactionCompactingEvent']
      | components['schemas']['ResponseKeepaliveEvent']
      | components['schemas']['ResponseErrorEvent'];
  };
  responses: {
    /**
     * @description The request failed. Servers of this family answer with one of three body shapes (see `ErrorBody`); clients
     *     take the message from `error.message`, else `detail`, else `message`, else the raw text.
     */
    ErrorResponse: {
      headers: {
        'x-request-id': components['headers']['XRequestId'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorBody'];
      };
    };
    /**
     * @description The model response. With `stream: false` (the default) the body is one `Response` document. With
     *     `stream: true` the body is `text/event-stream`: each frame has an `event:` line equal to the event's `type`
     *     and one `data:` line holding the JSON-encoded `ResponseStreamEvent`. The stream ends after
     *     `response.completed`, `response.incomplete` or `response.failed`; a policy denial is a `200` whose response
     *     has `status: failed` (there is no HTTP error for it).
     */
    ResponseCreated: {
      headers: {
        'X-Session-ID': components['headers']['XSessionId'];
        'x-request-id': components['headers']['XRequestId'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Response'];
        'text/event-stream': components['schemas']['ResponseStreamEvent'];
      };
    };
  };
  parameters: {
    /**
     * @description Which Sequrity Control endpoint type handles the request; it picks the built-in preset of the session
     *     configuration (together with provider and `agent_arch`) and some server defaults (e.g. `fsm.max_n_turns`,
     *     `fsm.enabled_internal_tools`). `chat` and `code` are the documented Responses routes; `agent` and `lang-graph` are
     *     also accepted by the Responses path. `lang-graph` always runs dual-LLM, even when `X-Features` asks for
     *     `single-llm`.
     */
    EndpointType: 'chat' | 'code' | 'agent' | 'lang-graph';
    /**
     * @description Your own API key for the LLM provider of the route (bring your own key). Secret: never log it. When present,
     *     Sequrity sets it on every LLM service of that provider and accepts any model name. When absent, Sequrity uses its
     *     own managed provider key, checks model names against its allow-list, and extra charges may apply. This is not
     *     the Sequrity API key, which goes in `Authorization: Bearer`.
     */
    XApiKey: string;
    /**
     * @description Security features of the session as JSON text (a `FeaturesHeader` document): agent architecture and content
     *     classifiers/blockers. `X-Features`, `X-Policy` and `X-Config` are each optional and independent of the others
     *     (older documentation saying `X-Features` and `X-Policy` must be sent together is out of date). The server starts
     *     from the configuration saved for your Sequrity API key (or a built-in preset), then applies `X-Features`, then
     *     `X-Policy`, then `X-Config`; `X-Features` goes first because changing the architecture can rebuild the whole
     *     configuration. Invalid JSON or unknown fields are rejected.
     */
    XFeatures: string;
    /**
     * @description Security policy of the session as JSON text (a `PolicyHeader` document): policy mode, your policy code and the
     *     internal policy presets. `X-Features`, `X-Policy` and `X-Config` are each optional and independent of the others
     *     (older documentation saying `X-Policy` must be paired with `X-Features` is out of date). The server applies
     *     `X-Features`, then `X-Policy`, then `X-Config` on top of the configuration saved for your Sequrity API key (or a
     *     built-in preset). Invalid JSON or unknown top-level fields are rejected.
     */
    XPolicy: string;
    /**
     * @description Fine-grained session configuration as JSON text (a `ConfigHeader` document): state-machine limits, prompt,
     *     response-format and per-LLM generation overrides. `X-Features`, `X-Policy` and `X-Config` are each optional and
     *     independent of the others; the server applies `X-Features`, then `X-Policy`, then `X-Config` (last) on top of the
     *     configuration saved for your Sequrity API key (or a built-in preset). Invalid JSON or unknown fields are rejected.
     */
    XConfig: string;
    /**
     * @description Id of an existing server session to continue (as returned in the `X-Session-ID` response header). A new session
     *     is created when this header is absent **and** the request carries no tool result referring to an earlier
     *     session; otherwise the stored history (earlier plans, metadata) is reused. The server also embeds the session id
     *     in the tool-call ids it generates (`tc-<session uuid>-<call uuid>`), so replaying a tool result usually selects
     *     the session without this header. Send it explicitly when continuing a session with a request that has no earlier
     *     tool result (e.g. after a turn that ended in a policy denial). Sessions end after `fsm.max_n_turns` turns or when
     *     step and tool-call limits are hit; multi-turn use needs `max_n_turns` above 1.
     */
    XSessionId: string;
    /**
     * @description LLM service provider that serves the request. Leave the segment out (the `/control/{endpoint_type}/v1/responses`
     *     route) to let the server pick its default provider. `openai` is the public choice; `sequrity_azure` is Sequrity's
     *     internal/development deployment and not open to the public. Other providers (`openrouter`, `anthropic`, `llama`)
     *     are not documented for the Responses API.
     */
    Provider: 'openai' | 'sequrity_azure';
  };
  requestBodies: {
    /** @description The response to create. Set `stream: true` to receive server-sent events instead of one JSON document. */
    CreateResponseBody: {
      content: {
        'application/json': components['schemas']['ResponseCreateParams'];
      };
    };
  };
  headers: {
    /**
     * @description Identifier of this HTTP request, when the server (or the upstream provider) sends one. Quote it when reporting a
     *     problem. Not documented by Sequrity; OpenAI-compatible servers send it as `x-request-id`.
     */
    XRequestId: string;
    /**
     * @description Id of the server session this request ran in, sent on every successful reply (for streams, with the response
     *     headers before the first event). Send it back in the `X-Session-ID` request header to continue the session when
     *     the next request carries no earlier tool result; the same id is embedded in the tool-call ids the server
     *     generates (`tc-<session uuid>-<call uuid>`).
     */
    XSessionId: string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  createResponse: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Your own API key for the LLM provider of the route (bring your own key). Secret: never log it. When present,
         *     Sequrity sets it on every LLM service of that provider and accepts any model name. When absent, Sequrity uses its
         *     own managed provider key, checks model names against its allow-list, and extra charges may apply. This is not
         *     the Sequrity API key, which goes in `Authorization: Bearer`.
         */
        'X-Api-Key'?: components['parameters']['XApiKey'];
        /**
         * @description Security features of the session as JSON text (a `FeaturesHeader` document): agent architecture and content
         *     classifiers/blockers. `X-Features`, `X-Policy` and `X-Config` are each optional and independent of the others
         *     (older documentation saying `X-Features` and `X-Policy` must be sent together is out of date). The server starts
         *     from the configuration saved for your Sequrity API key (or a built-in preset), then applies `X-Features`, then
         *     `X-Policy`, then `X-Config`; `X-Features` goes first because changing the architecture can rebuild the whole
         *     configuration. Invalid JSON or unknown fields are rejected.
         */
        'X-Features'?: components['parameters']['XFeatures'];
        /**
         * @description Security policy of the session as JSON text (a `PolicyHeader` document): policy mode, your policy code and the
         *     internal policy presets. `X-Features`, `X-Policy` and `X-Config` are each optional and independent of the others
         *     (older documentation saying `X-Policy` must be paired with `X-Features` is out of date). The server applies
         *     `X-Features`, then `X-Policy`, then `X-Config` on top of the configuration saved for your Sequrity API key (or a
         *     built-in preset). Invalid JSON or unknown top-level fields are rejected.
         */
        'X-Policy'?: components['parameters']['XPolicy'];
        /**
         * @description Fine-grained session configuration as JSON text (a `ConfigHeader` document): state-machine limits, prompt,
         *     response-format and per-LLM generation overrides. `X-Features`, `X-Policy` and `X-Config` are each optional and
         *     independent of the others; the server applies `X-Features`, then `X-Policy`, then `X-Config` (last) on top of the
         *     configuration saved for your Sequrity API key (or a built-in preset). Invalid JSON or unknown fields are rejected.
         */
        'X-Config'?: components['parameters']['XConfig'];
        /**
         * @description Id of an existing server session to continue (as returned in the `X-Session-ID` response header). A new session
         *     is created when this header is absent **and** the request carries no tool result referring to an earlier
         *     session; otherwise the stored history (earlier plans, metadata) is reused. The server also embeds the session id
         *     in the tool-call ids it generates (`tc-<session uuid>-<call uuid>`), so replaying a tool result usually selects
         *     the session without this header. Send it explicitly when continuing a session with a request that has no earlier
         *     tool result (e.g. after a turn that ended in a policy denial). Sessions end after `fsm.max_n_turns` turns or when
         *     step and tool-call limits are hit; multi-turn use needs `max_n_turns` above 1.
         */
        'X-Session-ID'?: components['parameters']['XSessionId'];
      };
      path: {
        /**
         * @description Which Sequrity Control endpoint type handles the request; it picks the built-in preset of the session
         *     configuration (together with provider and `agent_arch`) and some server defaults (e.g. `fsm.max_n_turns`,
         *     `fsm.enabled_internal_tools`). `chat` and `code` are the documented Responses routes; `agent` and `lang-graph` are
         *     also accepted by the Responses path. `lang-graph` always runs dual-LLM, even when `X-Features` asks for
         *     `single-llm`.
         */
        endpoint_type: components['parameters']['EndpointType'];
      };
      cookie?: never;
    };
    requestBody: components['requestBodies']['CreateResponseBody'];
    responses: {
      200: components['responses']['ResponseCreated'];
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
      422: components['responses']['ErrorResponse'];
      429: components['responses']['ErrorResponse'];
      500: components['responses']['ErrorResponse'];
      default: components['responses']['ErrorResponse'];
    };
  };
  createResponseWithProvider: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Your own API key for the LLM provider of the route (bring your own key). Secret: never log it. When present,
         *     Sequrity sets it on every LLM service of that provider and accepts any model name. When absent, Sequrity uses its
         *     own managed provider key, checks model names against its allow-list, and extra charges may apply. This is not
         *     the Sequrity API key, which goes in `Authorization: Bearer`.
         */
        'X-Api-Key'?: components['parameters']['XApiKey'];
        /**
         * @description Security features of the session as JSON text (a `FeaturesHeader` document): agent architecture and content
         *     classifiers/blockers. `X-Features`, `X-Policy` and `X-Config` are each optional and independent of the others
         *     (older documentation saying `X-Features` and `X-Policy` must be sent together is out of date). The server starts
         *     from the configuration saved for your Sequrity API key (or a built-in preset), then applies `X-Features`, then
         *     `X-Policy`, then `X-Config`; `X-Features` goes first because changing the architecture can rebuild the whole
         *     configuration. Invalid JSON or unknown fields are rejected.
         */
        'X-Features'?: components['parameters']['XFeatures'];
        /**
         * @description Security policy of the session as JSON text (a `PolicyHeader` document): policy mode, your policy code and the
         *     internal policy presets. `X-Features`, `X-Policy` and `X-Config` are each optional and independent of the others
         *     (older documentation saying `X-Policy` must be paired with `X-Features` is out of date). The server applies
         *     `X-Features`, then `X-Policy`, then `X-Config` on top of the configuration saved for your Sequrity API key (or a
         *     built-in preset). Invalid JSON or unknown top-level fields are rejected.
         */
        'X-Policy'?: components['parameters']['XPolicy'];
        /**
         * @description Fine-grained session configuration as JSON text (a `ConfigHeader` document): state-machine limits, prompt,
         *     response-format and per-LLM generation overrides. `X-Features`, `X-Policy` and `X-Config` are each optional and
         *     independent of the others; the server applies `X-Features`, then `X-Policy`, then `X-Config` (last) on top of the
         *     configuration saved for your Sequrity API key (or a built-in preset). Invalid JSON or unknown fields are rejected.
         */
        'X-Config'?: components['parameters']['XConfig'];
        /**
         * @description Id of an existing server session to continue (as returned in the `X-Session-ID` response header). A new session
         *     is created when this header is absent **and** the request carries no tool result referring to an earlier
         *     session; otherwise the stored history (earlier plans, metadata) is reused. The server also embeds the session id
         *     in the tool-call ids it generates (`tc-<session uuid>-<call uuid>`), so replaying a tool result usually selects
         *     the session without this header. Send it explicitly when continuing a session with a request that has no earlier
         *     tool result (e.g. after a turn that ended in a policy denial). Sessions end after `fsm.max_n_turns` turns or when
         *     step and tool-call limits are hit; multi-turn use needs `max_n_turns` above 1.
         */
        'X-Session-ID'?: components['parameters']['XSessionId'];
      };
      path: {
        /**
         * @description Which Sequrity Control endpoint type handles the request; it picks the built-in preset of the session
         *     configuration (together with provider and `agent_arch`) and some server defaults (e.g. `fsm.max_n_turns`,
         *     `fsm.enabled_internal_tools`). `chat` and `code` are the documented Responses routes; `agent` and `lang-graph` are
         *     also accepted by the Responses path. `lang-graph` always runs dual-LLM, even when `X-Features` asks for
         *     `single-llm`.
         */
        endpoint_type: components['parameters']['EndpointType'];
        /**
         * @description LLM service provider that serves the request. Leave the segment out (the `/control/{endpoint_type}/v1/responses`
         *     route) to let the server pick its default provider. `openai` is the public choice; `sequrity_azure` is Sequrity's
         *     internal/development deployment and not open to the public. Other providers (`openrouter`, `anthropic`, `llama`)
         *     are not documented for the Responses API.
         */
        provider: components['parameters']['Provider'];
      };
      cookie?: never;
    };
    requestBody: components['requestBodies']['CreateResponseBody'];
    responses: {
      200: components['responses']['ResponseCreated'];
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
      422: components['responses']['ErrorResponse'];
      429: components['responses']['ErrorResponse'];
      500: components['responses']['ErrorResponse'];
      default: components['responses']['ErrorResponse'];
    };
  };
}
