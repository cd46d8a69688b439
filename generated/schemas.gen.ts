// Generated from openapi/openapi.yaml by scripts/generate.ts (named schema types).
// Do not edit: change the spec and run `npm run generate`.
import type { components } from './types.gen.js';

/**
 * One content classifier in `X-Features`. Classifiers are LLM-based taggers run on tool-call arguments (before
 * execution) and tool results (after execution). Unknown properties are rejected by the server.
 */
export type ContentClassifier = components['schemas']['ContentClassifier'];
/**
 * One content blocker in `X-Features`. Blockers redact or mask content in tool-call arguments (before execution)
 * and tool results (after execution). Unknown properties are rejected by the server.
 */
export type ContentBlocker = components['schemas']['ContentBlocker'];
/**
 * The JSON document sent (as JSON text) in the `X-Features` request header. It selects the agent architecture and
 * turns on content classifiers and blockers. Every field is optional; a field left out keeps the value from the
 * base configuration (the one saved for your Sequrity API key, or the built-in preset). The server rejects
 * unknown top-level fields, so no other properties are allowed.
 *
 * Presets of the Python SDK (`FeaturesHeader.single_llm()` / `FeaturesHeader.dual_llm()`): with no flags they
 * produce exactly `{"agent_arch":"single-llm"}` and `{"agent_arch":"dual-llm"}`. Each flag set to true appends
 * `{"name": <classifier>, "threshold": 0.5}` to `content_classifiers` (order: `toxicity_filter`, `pii_redaction`,
 * `healthcare_topic_guardrail`, `finance_topic_guardrail`) or `{"name": <blocker>}` to `content_blockers`
 * (order: `url_blocker`, `file_blocker`); an empty list is left out.
 *
 * On the `lang-graph` endpoint type the server always runs dual-LLM, even when `agent_arch` is `single-llm`.
 * The header may be sent alone; it is applied before `X-Policy` and `X-Config` because switching the
 * architecture can rebuild the whole session configuration.
 */
export type FeaturesHeader = components['schemas']['FeaturesHeader'];
/**
 * The `codes` object of `X-Policy`: custom policy source code and the language it is written in. Unknown
 * properties are rejected by the server.
 */
export type PolicyCodes = components['schemas']['PolicyCodes'];
/**
 * Control-flow meta policy for branching (`X-Policy` → `presets.branching_meta_policy`), used by the control-flow
 * relaxer in `custom` mode. Dual-LLM only. Unlike the other `X-Policy` objects, this one is not closed: the SDK
 * model does not forbid extra keys.
 */
export type BranchingMetaPolicy = components['schemas']['BranchingMetaPolicy'];
/**
 * The `presets` object of `X-Policy`: switches for Sequrity's built-in internal policies. Unknown properties are
 * rejected by the server. Fields left out take the defaults stated on each field.
 */
export type PolicyPresets = components['schemas']['PolicyPresets'];
/**
 * The JSON document sent (as JSON text) in the `X-Policy` request header: the policy engine's mode, your policy
 * code, and the internal policy presets. Every field is optional; a field left out keeps the value from the base
 * configuration. The server rejects unknown top-level fields. It is applied after `X-Features` and before
 * `X-Config`, and may be sent without `X-Features` (older docs saying the two must be paired are out of date).
 *
 * Single-LLM supports `mode`, `codes`, `fail_fast` and, in `presets`, `default_allow`,
 * `default_allow_enforcement_level`, `enable_llm_blocked_tag` and `llm_blocked_tag_enforcement_level`; it ignores
 * `auto_gen`, `presets.enable_non_executable_memory` and `presets.branching_meta_policy`.
 *
 * Python SDK presets, exact output: `SecurityPolicyHeader.dual_llm()` gives
 * `{"mode":"standard","codes":{"code":"","language":"sqrt"},"auto_gen":false,"presets":{"default_allow":true,"default_allow_enforcement_level":"soft","enable_non_executable_memory":true,"branching_meta_policy":{"mode":"deny","producers":[],"tags":[],"consumers":[]},"enable_llm_blocked_tag":true,"llm_blocked_tag_enforcement_level":"hard"}}`;
 * `SecurityPolicyHeader.single_llm()` gives the same document with `"enable_non_executable_memory":false`.
 * `fail_fast` is left out while it is null.
 */
export type PolicyHeader = components['schemas']['PolicyHeader'];
/**
 * The `fsm` section of `X-Config`: overrides of the session state machine. The first three fields apply to both
 * architectures; all others are dual-LLM only and single-LLM ignores them. Every field is nullable; `null` or
 * absent keeps the base configuration. The server rejects unknown fields. Minimums are those documented for the
 * server (the Python SDK does not check them).
 */
export type FsmConfig = components['schemas']['FsmConfig'];
/**
 * Prompt overrides for the planning LLM (`X-Config` → `prompt.pllm`). The server rejects unknown fields.
 */
export type PllmPromptConfig = components['schemas']['PllmPromptConfig'];
/**
 * Prompt overrides for the review LLM (`X-Config` → `prompt.rllm`). The server rejects unknown fields.
 */
export type RllmPromptConfig = components['schemas']['RllmPromptConfig'];
/**
 * Prompt template selection for one LLM of the dual-LLM pipeline (`X-Config` → `prompt.grllm`, `qllm`, `tagllm`,
 * `policy_llm`, `error_detector_llm`). The server rejects unknown fields.
 */
export type LlmPromptConfig = components['schemas']['LlmPromptConfig'];
/**
 * Prompt overrides for the tool-filtering LLM (`X-Config` → `prompt.tllm`). The server rejects unknown fields.
 */
export type TllmPromptConfig = components['schemas']['TllmPromptConfig'];
/**
 * The `prompt` section of `X-Config`: prompt template overrides for each LLM of the dual-LLM pipeline. Dual-LLM
 * only; single-LLM ignores the section. Every key is nullable; `null` or absent keeps the base configuration. The
 * server rejects unknown keys.
 */
export type PromptConfig = components['schemas']['PromptConfig'];
/**
 * The `response_format` section of `X-Config`: what the final answer of a dual-LLM session contains. Dual-LLM only;
 * single-LLM ignores it. Every field is nullable; `null` or absent keeps the base configuration. The server
 * rejects unknown fields.
 */
export type ResponseFormatConfig = components['schemas']['ResponseFormatConfig'];
/**
 * Reasoning (extended thinking) settings inside `GenerationConfigOverrides.reasoning`. The server rejects unknown
 * fields.
 */
export type GenerationReasoningOverrides = components['schemas']['GenerationReasoningOverrides'];
/**
 * Generation parameters for one LLM (`X-Config` → `llm.<name>`). Only fields that are set override the LLM's
 * current generation config; `null` or absent fields keep their values. The server rejects unknown fields.
 */
export type GenerationConfigOverrides = components['schemas']['GenerationConfigOverrides'];
/**
 * The `llm` section of `X-Config`: generation parameter overrides per LLM of the pipeline. Only the fields you set
 * are merged into that LLM's generation config; a key that is `null` or absent leaves that LLM unchanged. The
 * server rejects unknown keys. Defined by the Python SDK; the REST header reference does not document this section.
 */
export type LlmConfig = components['schemas']['LlmConfig'];
/**
 * The JSON document sent (as JSON text) in the `X-Config` request header: fine-grained overrides of the session
 * configuration, in four sections. Every field at every level is optional, and all but the two booleans of
 * `llm.*.reasoning` are nullable; `null` or absent keeps the value of the base configuration (the one saved for your Sequrity API key, or the built-in preset), and the
 * server applies its defaults as stated per field. The server rejects unknown fields. It is applied last, after
 * `X-Features` and `X-Policy`, and may be sent alone (e.g. `{"fsm":{"max_n_turns":5}}` to allow multi-turn
 * sessions).
 *
 * Single-LLM honours only `fsm.min_num_tools_for_filtering`, `fsm.clear_session_meta` and `fsm.max_n_turns`;
 * every other field, and the `prompt` and `response_format` sections, apply to dual-LLM only and are silently
 * ignored otherwise.
 *
 * Python SDK presets, exact output: `FineGrainedConfigHeader.single_llm()` gives
 * `{"fsm":{"min_num_tools_for_filtering":10,"clear_session_meta":"never","max_n_turns":50}}`;
 * `FineGrainedConfigHeader.dual_llm()` gives
 * `{"fsm":{"min_num_tools_for_filtering":10,"clear_session_meta":"never","max_n_turns":5,"disable_rllm":true}}`.
 */
export type ConfigHeader = components['schemas']['ConfigHeader'];
/**
 * Marks the exact end of a reusable prompt prefix on an input content part: the prompt up to and including this part may be cached and reused by later requests. A request writes at most four explicit breakpoints (three when the implicit one is kept; see `prompt_cache_options.mode`). Supported by OpenAI for `gpt-5.6` and later models. OpenAI field, not documented by Sequrity.
 */
export type PromptCacheBreakpoint = components['schemas']['PromptCacheBreakpoint'];
/**
 * A text content part of an input message.
 */
export type ResponseInputText = components['schemas']['ResponseInputText'];
/**
 * An image content part of an input message. Give the image either as `image_url` (an `https` URL or a base64 `data:` URL) or as `file_id` (an uploaded file).
 */
export type ResponseInputImage = components['schemas']['ResponseInputImage'];
/**
 * A file content part of an input message (for example a PDF). Give the file as `file_id`, `file_url` or `file_data`; none of these is required by the schema, but one of them must be present. The Sequrity Python SDK accepts only `file_id` (and requires it); `file_data`, `file_url` and `filename` are OpenAI fields that the server passes through.
 */
export type ResponseInputFile = components['schemas']['ResponseInputFile'];
/**
 * An audio content part of an input message. Two shapes exist and at least one payload is required: the Sequrity REST docs and Python SDK use `audio` (a base64 string), while OpenAI uses `input_audio: {data, format}`.
 */
export type ResponseInputAudio = components['schemas']['ResponseInputAudio'];
/**
 * One content part of an input message: text, an image, a file or audio, selected by `type`.
 */
export type ResponseInputContent = components['schemas']['ResponseInputContent'];
/**
 * The short form of an input message: `role` plus `content`, with no `type` tag needed. Instructions from `developer` and `system` messages take precedence over `user` messages; `assistant` messages are taken as earlier model output. The Sequrity Python SDK documents only the `user`, `system` and `developer` roles for this form.
 */
export type EasyInputMessage = components['schemas']['EasyInputMessage'];
/**
 * The full form of an input message from the user, the system or the developer, tagged `type: message` and with content given as a list of content parts. Instructions from `developer` and `system` messages take precedence over `user` messages.
 */
export type ResponseInputMessage = components['schemas']['ResponseInputMessage'];
/**
 * Status of an output item: `in_progress` while the server is still producing it, `completed` when finished, `incomplete` when generation stopped before the item was finished (for example on `max_output_tokens`).
 */
export type ItemStatus = components['schemas']['ItemStatus'];
/**
 * Policy metadata attached to every value in a dual-LLM session: who produced it, who may consume it, and tags used
 * for policy matching. Each list is a set (no duplicates, order not significant); absent means empty. The Python
 * SDK forbids extra keys here, so a single new server field makes its whole result parse fall back to
 * `status: unknown`; this schema stays open on purpose so that clients keep working when the server adds metadata.
 */
export type MetaData = components['schemas']['MetaData'];
/**
 * A value from the dual-LLM interpreter together with the metadata Sequrity's policy engine tracks for it. Servers
 * may add properties; clients must keep unknown ones.
 */
export type ValueWithMeta = components['schemas']['ValueWithMeta'];
/**
 * Why a dual-LLM run failed (`DualLlmResult.error`), flattened by the server from its internal execution error.
 * Servers may add properties.
 */
export type ErrorInfo = components['schemas']['ErrorInfo'];
/**
 * The JSON document that a dual-LLM session returns as its final answer. It is not a response body of its own: it
 * arrives as a JSON **string** in the text of the final assistant message, i.e. in
 * `output[type=message].content[type=output_text].text` (the concatenated `output_text`), and the client parses
 * it. With `X-Config` `response_format.strip_response_content` set to true the text is the plain result value
 * instead. A policy denial is reported here (`status: failure`, `error`) inside an HTTP 200 whose `Response.status`
 * is `failed`, not as an HTTP error. Servers may add properties; clients must keep unknown ones.
 */
export type DualLlmResult = components['schemas']['DualLlmResult'];
/**
 * A citation of a file that the file search tool retrieved.
 */
export type FileCitationAnnotation = components['schemas']['FileCitationAnnotation'];
/**
 * A citation of a web page used to write the text (web search).
 */
export type UrlCitationAnnotation = components['schemas']['UrlCitationAnnotation'];
/**
 * A citation of a file inside a code interpreter container.
 */
export type ContainerFileCitationAnnotation = components['schemas']['ContainerFileCitationAnnotation'];
/**
 * A reference to a file generated by a tool (for example by the code interpreter).
 */
export type FilePathAnnotation = components['schemas']['FilePathAnnotation'];
/**
 * An annotation on a span of output text, told apart by `type`: a citation of an uploaded file, a web page or a container file, or a path to a generated file. Clients should ignore annotation types that are not listed here.
 */
export type ResponseOutputTextAnnotation = components['schemas']['ResponseOutputTextAnnotation'];
/**
 * Log probability of one generated token, with the most likely alternatives at that position.
 */
export type ResponseOutputTextLogprob = components['schemas']['ResponseOutputTextLogprob'];
/**
 * Text generated by the model. Joining the `text` of every `output_text` part of every `message` item, in order, gives `Response.output_text`. In Sequrity dual-LLM mode the text of the final message is a JSON-encoded `DualLlmResult`.
 */
export type ResponseOutputText = components['schemas']['ResponseOutputText'];
/**
 * A refusal by the model to answer, in place of generated text.
 */
export type ResponseOutputRefusal = components['schemas']['ResponseOutputRefusal'];
/**
 * One content part of an assistant message: generated text (`output_text`) or a refusal (`refusal`). Clients should skip part types that are not listed here.
 */
export type ResponseOutputMessageContent = components['schemas']['ResponseOutputMessageContent'];
/**
 * An assistant message produced by the model. Its `output_text` parts hold the answer; in Sequrity dual-LLM mode the text is a JSON-encoded `DualLlmResult` (unless `response_format.strip_response_content` is set in `X-Config`). To continue a conversation statelessly, send the item back as an input item unchanged.
 */
export type ResponseOutputMessage = components['schemas']['ResponseOutputMessage'];
/**
 * A call of one of your `function` tools. Run the function yourself and send the result in the next request as a `function_call_output` input item with the same `call_id` (with Sequrity, together with `previous_response_id`). In dual-LLM mode Sequrity checks the call against your security policy before it is returned.
 */
export type ResponseFunctionToolCall = components['schemas']['ResponseFunctionToolCall'];
/**
 * The result of a function call, as stored in the response history (you send results as `function_call_output` input items; servers may echo them back as output items).
 */
export type ResponseFunctionCallOutputItem = components['schemas']['ResponseFunctionCallOutputItem'];
/**
 * A call of one of your `custom` tools, with free-form input (optionally constrained by a grammar). Answer with a `custom_tool_call_output` input item.
 */
export type ResponseCustomToolCall = components['schemas']['ResponseCustomToolCall'];
/**
 * The result of a custom tool call, as stored in the response history.
 */
export type ResponseCustomToolCallOutput = components['schemas']['ResponseCustomToolCallOutput'];
/**
 * A mouse click at a point.
 */
export type ComputerActionClick = components['schemas']['ComputerActionClick'];
/**
 * A double click with the left mouse button at a point.
 */
export type ComputerActionDoubleClick = components['schemas']['ComputerActionDoubleClick'];
/**
 * Pressing the mouse button, moving along a path, and releasing it.
 */
export type ComputerActionDrag = components['schemas']['ComputerActionDrag'];
/**
 * Pressing a key combination.
 */
export type ComputerActionKeypress = components['schemas']['ComputerActionKeypress'];
/**
 * Moving the mouse pointer to a point.
 */
export type ComputerActionMove = components['schemas']['ComputerActionMove'];
/**
 * Taking a screenshot of the current screen.
 */
export type ComputerActionScreenshot = components['schemas']['ComputerActionScreenshot'];
/**
 * Scrolling with the pointer at a point.
 */
export type ComputerActionScroll = components['schemas']['ComputerActionScroll'];
/**
 * Typing text.
 */
export type ComputerActionTypeText = components['schemas']['ComputerActionTypeText'];
/**
 * Waiting briefly (for example for a page to load) before the next screenshot.
 */
export type ComputerActionWait = components['schemas']['ComputerActionWait'];
/**
 * One UI action requested by the computer-use tool, told apart by `type`. Coordinates are integer screen pixels from the top-left corner of the display. Clients should reject or skip action types they do not know.
 */
export type ComputerAction = components['schemas']['ComputerAction'];
/**
 * A safety check raised for a computer-use action (for example a suspected prompt injection). Pending checks must be acknowledged in the next `computer_call_output` before the action proceeds.
 */
export type ComputerSafetyCheck = components['schemas']['ComputerSafetyCheck'];
/**
 * A request from the computer-use tool to perform a UI action. Perform it in your environment and answer with a `computer_call_output` input item carrying a screenshot and the same `call_id`.
 */
export type ResponseComputerToolCall = components['schemas']['ResponseComputerToolCall'];
/**
 * The result of a computer-use action (a screenshot), as stored in the response history. You send these as `computer_call_output` input items; servers may echo them back.
 */
export type ResponseComputerCallOutputItem = components['schemas']['ResponseComputerCallOutputItem'];
/**
 * A search of uploaded files (vector stores) run by the hosted `file_search` tool.
 */
export type ResponseFileSearchToolCall = components['schemas']['ResponseFileSearchToolCall'];
/**
 * A web search query.
 */
export type WebSearchActionSearch = components['schemas']['WebSearchActionSearch'];
/**
 * Opening a page, typically one found by an earlier search.
 */
export type WebSearchActionOpenPage = components['schemas']['WebSearchActionOpenPage'];
/**
 * Searching for a pattern inside a loaded page. The wire tag is `find_in_page` (some older type definitions, including the Sequrity Python SDK, call it `find`).
 */
export type WebSearchActionFind = components['schemas']['WebSearchActionFind'];
/**
 * The action a web search call performed, told apart by `type`: a `search`, opening a page (`open_page`), or finding text in a page (`find_in_page`). Clients should accept action types that are not listed here.
 */
export type WebSearchAction = components['schemas']['WebSearchAction'];
/**
 * A web search, page visit or in-page find run by the hosted web search tool.
 */
export type ResponseFunctionWebSearch = components['schemas']['ResponseFunctionWebSearch'];
/**
 * A command for your local shell tool to execute, as requested by the model.
 */
export type LocalShellExecAction = components['schemas']['LocalShellExecAction'];
/**
 * A command the model wants run on your machine with the `local_shell` tool. Run it and answer with a `local_shell_call_output` input item.
 */
export type ResponseLocalShellCall = components['schemas']['ResponseLocalShellCall'];
/**
 * The output of a local shell command, as stored in the response history.
 */
export type ResponseLocalShellCallOutput = components['schemas']['ResponseLocalShellCallOutput'];
/**
 * Shell commands the model wants run with the `shell` tool, either in a hosted container (the server runs them and adds a `shell_call_output` item) or in your local environment (you run them and answer with a `shell_call_output` input item).
 */
export type ResponseShellCall = components['schemas']['ResponseShellCall'];
/**
 * The output of the commands of a `shell_call`, one entry per command. Produced by the server for hosted containers; for local environments you send it as an input item.
 */
export type ResponseShellCallOutput = components['schemas']['ResponseShellCallOutput'];
/**
 * A file change the model wants made with the `apply_patch` tool. Apply it and answer with an `apply_patch_call_output` input item.
 */
export type ResponseApplyPatchCall = components['schemas']['ResponseApplyPatchCall'];
/**
 * The result of applying a patch, as stored in the response history.
 */
export type ResponseApplyPatchCallOutput = components['schemas']['ResponseApplyPatchCallOutput'];
/**
 * One tool offered by an MCP server.
 */
export type McpListToolsTool = components['schemas']['McpListToolsTool'];
/**
 * The list of tools an MCP server offers, fetched by the server when the `mcp` tool is first used.
 */
export type ResponseMcpListTools = components['schemas']['ResponseMcpListTools'];
/**
 * A request for your approval before an MCP tool is called (when the `mcp` tool requires approval). Answer with an `mcp_approval_response` input item.
 */
export type ResponseMcpApprovalRequest = components['schemas']['ResponseMcpApprovalRequest'];
/**
 * An answer to an MCP approval request, as stored in the response history.
 */
export type ResponseMcpApprovalResponse = components['schemas']['ResponseMcpApprovalResponse'];
/**
 * A call of a tool on a remote MCP server, made by the server on the model's behalf.
 */
export type ResponseMcpCall = components['schemas']['ResponseMcpCall'];
/**
 * One part of a reasoning summary: readable text that summarises the model's hidden reasoning. Produced when reasoning summaries are enabled; also the `part` of `response.reasoning_summary_part.*` events.
 */
export type ResponseReasoningSummaryText = components['schemas']['ResponseReasoningSummaryText'];
/**
 * Raw reasoning text from the model. Only some models and servers expose it (for example open-weight or third-party Responses-compatible servers); OpenAI's hosted reasoning models return summaries instead.
 */
export type ResponseReasoningText = components['schemas']['ResponseReasoningText'];
/**
 * The model's reasoning for this turn. The reasoning itself is usually hidden: it may carry a readable `summary`, raw `content` on servers that expose it, and an opaque `encrypted_content` that lets a stateless client send the item back in the next request.
 */
export type ResponseReasoningItem = components['schemas']['ResponseReasoningItem'];
/**
 * An image generated by the hosted `image_generation` tool.
 */
export type ResponseImageGenerationCall = components['schemas']['ResponseImageGenerationCall'];
/**
 * Python code run by the hosted code interpreter tool in a container.
 */
export type ResponseCodeInterpreterToolCall = components['schemas']['ResponseCodeInterpreterToolCall'];
/**
 * A search by the model for tools to load (the `tool_search` tool, used with tools declared with deferred loading). Run by the server or, for client execution, by you.
 */
export type ResponseToolSearchCall = components['schemas']['ResponseToolSearchCall'];
/**
 * A function defined in your code that the model may call. The Responses shape is flat (`name`, `parameters`, `strict` and `description` sit next to `type`), unlike Chat Completions, which nests them under `function`. The model answers with a `function_call` output item; your code runs the function and sends the result back as a `function_call_output` input item. In dual-LLM mode the calls come from Sequrity's planner LLM and are checked against the security policy (`X-Policy`), which can deny them.
 */
export type FunctionTool = components['schemas']['FunctionTool'];
/**
 * A hosted tool that searches uploaded files or vector stores and returns matching chunks. The Sequrity Python SDK knows only `file_ids` and silently drops the OpenAI fields (`vector_store_ids`, `filters`, `max_num_results`, `ranking_options`) before sending; other clients can send them.
 */
export type FileSearchTool = components['schemas']['FileSearchTool'];
/**
 * The approximate location of the user, given to the web search tools to localise results. All fields are free text except `country` (ISO code) and `timezone` (IANA name).
 */
export type WebSearchUserLocation = components['schemas']['WebSearchUserLocation'];
/**
 * A hosted tool that searches the web for sources related to the input (OpenAI's current web search tool). `web_search_2025_08_26` is the same tool pinned to a dated version. The Sequrity Python SDK keeps any fields of this tool as given.
 */
export type WebSearchTool = components['schemas']['WebSearchTool'];
/**
 * The `web_search` tool pinned to its 2025-08-26 version; the fields are the same as for `web_search`. Not documented by Sequrity; passed through to the provider.
 */
export type WebSearch20250826Tool = components['schemas']['WebSearch20250826Tool'];
/**
 * The preview version of the hosted web search tool. `web_search_preview_2025_03_11` is the same tool pinned to a dated version.
 */
export type WebSearchPreviewTool = components['schemas']['WebSearchPreviewTool'];
/**
 * The `web_search_preview` tool pinned to its 2025-03-11 version; the fields are the same as for `web_search_preview`.
 */
export type WebSearchPreview20250311Tool = components['schemas']['WebSearchPreview20250311Tool'];
/**
 * Outbound network access for a hosted container: `{type: disabled}` (none) or `{type: allowlist, allowed_domains}` (only those domains, optionally with secrets injected per domain). OpenAI field, not documented by Sequrity; the Sequrity Python SDK drops it.
 */
export type ContainerNetworkPolicy = components['schemas']['ContainerNetworkPolicy'];
/**
 * Asks for a new code-interpreter container to be created for this request.
 */
export type CodeInterpreterContainerAuto = components['schemas']['CodeInterpreterContainerAuto'];
/**
 * A hosted tool that runs Python code in a sandboxed container to help answer the input.
 */
export type CodeInterpreterTool = components['schemas']['CodeInterpreterTool'];
/**
 * The preview computer-use tool: the model controls a virtual screen through `computer_call` items, and your code performs the actions and answers with `computer_call_output` screenshots. The Sequrity Python SDK keeps any extra fields of this tool as given.
 */
export type ComputerUsePreviewTool = components['schemas']['ComputerUsePreviewTool'];
/**
 * OpenAI's generally available computer-use tool, with no options. Not documented by Sequrity; passed through to the provider.
 */
export type ComputerTool = components['schemas']['ComputerTool'];
/**
 * How much the model reasons before answering, from `none` up to `max`; lower effort is faster and uses fewer reasoning tokens. Each model accepts only some of these values. Sequrity documents `none`, `low`, `medium`, `high` and `xhigh`; `minimal` and `max` are OpenAI's. The Sequrity Python SDK rejects `minimal` and does not list `max`.
 */
export type ReasoningEffort = components['schemas']['ReasoningEffort'];
/**
 * A hosted tool that generates or edits images with a GPT image model. Results arrive as `image_generation_call` output items holding base64 images; when streaming, partial images arrive as `response.image_generation_call.partial_image` events.
 */
export type ImageGenerationTool = components['schemas']['ImageGenerationTool'];
/**
 * Selects tools of an MCP server by name and/or by read-only status. Used for `allowed_tools` and for the `always` and `never` lists of `require_approval`.
 */
export type McpToolFilter = components['schemas']['McpToolFilter'];
/**
 * Gives the model the tools of a remote Model Context Protocol (MCP) server or service connector. The provider lists the server's tools (`mcp_list_tools` item), may ask for approval (`mcp_approval_request` item, answered with an `mcp_approval_response` input item) and calls them (`mcp_call` item). Give exactly one of `server_url`, `connector_id` or `tunnel_id`.
 */
export type McpTool = components['schemas']['McpTool'];
/**
 * Lets the model run shell commands on your machine: it emits `local_shell_call` items, your code runs them and answers with `local_shell_call_output` items. Has no options.
 */
export type LocalShellTool = components['schemas']['LocalShellTool'];
/**
 * The shell tool under OpenAI's tag `shell`: the model runs shell commands (`shell_call` items, answered by `shell_call_output` items) in a hosted container or in your local environment. The Sequrity Python SDK tags the same tool `function_shell` (see `FunctionShellTool`); the server passes a `shell` object through unchanged.
 */
export type ShellTool = components['schemas']['ShellTool'];
/**
 * The shell tool under the Sequrity Python SDK's tag `function_shell`. It is the same tool that OpenAI tags `shell` (see `ShellTool`); prefer `shell` when talking to OpenAI-backed providers. Has no options.
 */
export type FunctionShellTool = components['schemas']['FunctionShellTool'];
/**
 * A tool defined in your code whose input is free text (optionally constrained by a grammar) rather than JSON arguments. The model emits `custom_tool_call` items; your code answers with `custom_tool_call_output` items.
 */
export type CustomTool = components['schemas']['CustomTool'];
/**
 * Lets the model create, delete and update files with patches: it emits `apply_patch_call` items, your code applies them and answers with `apply_patch_call_output` items.
 */
export type ApplyPatchTool = components['schemas']['ApplyPatchTool'];
/**
 * Lets the model search for and load tools marked `defer_loading`, so large tool sets need not be shown up front. The search runs on the server or, with `execution: client`, in your code. OpenAI tool, not documented by Sequrity.
 */
export type ToolSearchTool = components['schemas']['ToolSearchTool'];
/**
 * Lets the model write and run a program that calls your tools marked with `allowed_callers: [programmatic]`; the program and its output appear as `program` and `program_output` items. OpenAI tool, not documented by Sequrity. Has no options.
 */
export type ProgrammaticToolCallingTool = components['schemas']['ProgrammaticToolCallingTool'];
/**
 * A named group of your own function and custom tools. The model sees the group's `description` and calls its tools by name; the resulting `function_call` and `custom_tool_call` items carry the group's name in `namespace`. OpenAI tool, not documented by Sequrity; the Sequrity Python SDK passes it through unchanged.
 */
export type NamespaceTool = components['schemas']['NamespaceTool'];
/**
 * A tool the model may use, selected by `type`: your own functions (`function`, `custom`, and `namespace` groups of them), hosted tools run by the provider (`file_search`, `web_search*`, `code_interpreter`, `image_generation`, `mcp`, `tool_search`, `programmatic_tool_calling`) and tools your code carries out (`computer_use_preview`, `computer`, `local_shell`, `shell`/`function_shell`, `apply_patch`). The same shape is echoed in `Response.tools`, where providers may add fields. The Sequrity REST docs list `function`, `file_search`, `web_search_preview`, `code_interpreter`, `computer_use_preview`, `image_generation`, `mcp`, `web_search`, `local_shell` and `custom`; the others are OpenAI tools passed through to the provider. The Sequrity Python SDK also forwards tool objects of types it does not model (such as `namespace`) unchanged.
 */
export type Tool = components['schemas']['Tool'];
/**
 * The tools loaded by a tool search; they become callable for the rest of the response.
 */
export type ResponseToolSearchOutput = components['schemas']['ResponseToolSearchOutput'];
/**
 * Tool definitions made available at this point of the conversation by an item, rather than by the request's `tools`. You send one as an input item (with role `developer`), and servers report them among the output items. OpenAI item, not documented by Sequrity.
 */
export type ResponseAdditionalTools = components['schemas']['ResponseAdditionalTools'];
/**
 * A program written by the model under programmatic tool calling: JavaScript that calls your tools (its tool calls appear as items whose `caller` points at this program's `call_id`).
 */
export type ResponseProgram = components['schemas']['ResponseProgram'];
/**
 * The result of a program run under programmatic tool calling.
 */
export type ResponseProgramOutput = components['schemas']['ResponseProgramOutput'];
/**
 * A compacted summary of earlier conversation context, produced when the server compacts a long conversation. Send it back unchanged in place of the items it replaces.
 */
export type ResponseCompaction = components['schemas']['ResponseCompaction'];
/**
 * Asks the server to compact the conversation so far (into a `compaction` item) before generating. It must be the last input item. OpenAI item, not documented by Sequrity.
 */
export type ResponseCompactionTrigger = components['schemas']['ResponseCompactionTrigger'];
/**
 * Plain text output. This is the default format.
 */
export type ResponseFormatText = components['schemas']['ResponseFormatText'];
/**
 * Structured output: the model's text output is JSON that follows the given JSON Schema. Known Sequrity Python SDK bug: it sends this schema under the key `schema_` instead of `schema`, so its structured-output requests lose the schema. Send it as `schema`.
 */
export type ResponseFormatTextJsonSchemaConfig = components['schemas']['ResponseFormatTextJsonSchemaConfig'];
/**
 * An input item that changes the configuration of the responses that follow it in the conversation (the reasoning effort, the text output format) until another configuration update replaces it. OpenAI item, not documented by Sequrity.
 */
export type ResponseConfigurationUpdateItem = components['schemas']['ResponseConfigurationUpdateItem'];
/**
 * A reference to an earlier item (an input or output item of a stored response) by its ID, used instead of resending the item. The `type` tag is optional.
 */
export type ResponseItemReference = components['schemas']['ResponseItemReference'];
/**
 * One item of the `input` list: a message, a replayed output item (assistant message, tool call, reasoning, …), the output of a tool call that your code ran, or a reference to an earlier item. This is an `anyOf`, not a discriminated `oneOf`, because the `type` tags are not unique: `message` is used by two different shapes (an input message with role `user`/`system`/`developer` and a replayed assistant output message), the short-form `EasyInputMessage` has no tag at all, and `ResponseItemReference` may omit its tag. Match on `type` first and on `role` for messages. The Sequrity server passes input item objects of other types through unchanged, so types not listed here may also be accepted by the server.
 */
export type ResponseInputItem = components['schemas']['ResponseInputItem'];
/**
 * A tool-choice mode: `none` (the model answers without calling tools), `auto` (the model decides; the default when tools are given) or `required` (the model must call at least one tool).
 */
export type ToolChoiceOptions = components['schemas']['ToolChoiceOptions'];
/**
 * Forces the model to call one specific function tool.
 */
export type ToolChoiceFunction = components['schemas']['ToolChoiceFunction'];
/**
 * Restricts the model to a subset of the request's tools, without removing the others from `tools`.
 */
export type ToolChoiceAllowed = components['schemas']['ToolChoiceAllowed'];
/**
 * Forces the model to use a particular hosted tool.
 */
export type ToolChoiceTypes = components['schemas']['ToolChoiceTypes'];
/**
 * Forces the model to call a tool on a given remote MCP server.
 */
export type ToolChoiceMcp = components['schemas']['ToolChoiceMcp'];
/**
 * Forces the model to call a tool of some remote MCP server, without naming the server (`{type: mcp}`). OpenAI lists `mcp` among the values of its `ToolChoiceTypes`; it is a member of its own here because a closed value added to `ToolChoiceTypes` would reach clients through `Response.tool_choice`. A choice that names a `server_label` is a `ToolChoiceMcp`, so each MCP choice matches exactly one member of `ToolChoice`.
 */
export type ToolChoiceMcpAny = components['schemas']['ToolChoiceMcpAny'];
/**
 * Forces the model to call one specific custom tool.
 */
export type ToolChoiceCustom = components['schemas']['ToolChoiceCustom'];
/**
 * Forces the model to call the shell tool (the tool OpenAI tags `shell`). OpenAI form; the Sequrity Python SDK does not send it.
 */
export type ToolChoiceShell = components['schemas']['ToolChoiceShell'];
/**
 * Forces the model to call the `apply_patch` tool. OpenAI form; the Sequrity Python SDK does not send it.
 */
export type ToolChoiceApplyPatch = components['schemas']['ToolChoiceApplyPatch'];
/**
 * Forces the model to use the `programmatic_tool_calling` tool, that is, to write a program that calls your tools. OpenAI form; the Sequrity Python SDK does not send it.
 */
export type ToolChoiceProgrammaticToolCalling = components['schemas']['ToolChoiceProgrammaticToolCalling'];
/**
 * How the model picks tools: a mode string (`none`, `auto`, `required`) or an object that forces or restricts the choice: one function, custom tool, MCP server or any MCP server, a hosted tool, the shell, `apply_patch` or `programmatic_tool_calling` tool, or an allowed subset. The Sequrity Python SDK accepts only the mode strings and `{type: function, name}`; the other forms are OpenAI's and reach the server only from other clients. This is a `oneOf` without a discriminator because one member is a plain string and `ToolChoiceTypes` covers several `type` values; the members never overlap.
 */
export type ToolChoice = components['schemas']['ToolChoice'];
/**
 * Options for a streamed response. Only meaningful when `stream` is true.
 */
export type ResponseStreamOptions = components['schemas']['ResponseStreamOptions'];
/**
 * Options for reasoning models (for example the gpt-5 and o-series families). Also echoed in `Response.reasoning` with the effective values, where `null` means not set and providers may add fields (e.g. `context`, `mode`).
 */
export type Reasoning = components['schemas']['Reasoning'];
/**
 * The older JSON mode: the output is valid JSON, but no schema is enforced. The input must itself ask for JSON. Prefer `json_schema` on models that support it.
 */
export type ResponseFormatJsonObject = components['schemas']['ResponseFormatJsonObject'];
/**
 * The format of the model's text output, selected by `type`. Defaults to `{type: text}`.
 */
export type ResponseFormatTextConfig = components['schemas']['ResponseFormatTextConfig'];
/**
 * Options for the model's text output: its format (plain text or JSON) and its verbosity. Also echoed, with the effective values, in `Response.text`.
 */
export type ResponseTextConfig = components['schemas']['ResponseTextConfig'];
/**
 * Names the conversation that a response belongs to.
 */
export type ResponseConversationParam = components['schemas']['ResponseConversationParam'];
/**
 * A reference to a stored prompt template and the values for its variables. Also echoed in `Response.prompt`.
 */
export type ResponsePrompt = components['schemas']['ResponsePrompt'];
/**
 * The body of a create-response request, compatible with OpenAI's `POST /v1/responses`. Only `model` is required. Sequrity's security settings travel in headers (`X-Features`, `X-Policy`, `X-Config`, `X-Session-ID`), not in the body. `timeout` is not a body field: it is a client-side deadline (seconds) that clients apply to the HTTP request and never send; the Sequrity Python SDK wrongly puts it in the JSON body.
 */
export type ResponseCreateParams = components['schemas']['ResponseCreateParams'];
/**
 * The `error` object of an OpenAI-style error body. Servers may add properties.
 */
export type OpenAIErrorObject = components['schemas']['OpenAIErrorObject'];
/**
 * OpenAI-style error body, `{"error": {"message", "type", "param", "code"}}`. Servers may add properties.
 */
export type OpenAIErrorBody = components['schemas']['OpenAIErrorBody'];
/**
 * One request validation error in a FastAPI-style `detail` list. Servers may add properties (e.g. `url`).
 */
export type ValidationErrorDetail = components['schemas']['ValidationErrorDetail'];
/**
 * FastAPI-style error body, `{"detail": ...}`: a message string (e.g. for a malformed `X-Config` header) or, for
 * request validation failures (typically HTTP 422), a list of validation errors. Servers may add properties.
 */
export type DetailErrorBody = components['schemas']['DetailErrorBody'];
/**
 * Error body with a top-level `message` string. Servers may add properties.
 */
export type MessageErrorBody = components['schemas']['MessageErrorBody'];
/**
 * JSON body of an HTTP error reply (status 400 or above). Sequrity does not document one error format; three shapes
 * occur: OpenAI-style `{"error": {...}}` (also what upstream providers return and Sequrity may relay), FastAPI-style
 * `{"detail": ...}`, and `{"message": ...}`. Clients extract the message in this order: `error.message` if it is a
 * string; else `detail` (a string as is, a validation list rendered as text, e.g. each entry's `loc` joined by `.`
 * plus `msg`); else `message`; else the raw body text (or `HTTP <status>` when it is empty). The body may also be
 * non-JSON text. Servers may add properties.
 */
export type ErrorBody = components['schemas']['ErrorBody'];
/**
 * Lifecycle state of a response. `queued` and `in_progress` appear on snapshots while the response is being produced (stream lifecycle events, background mode); a finished response is `completed`, `incomplete` (stopped early, see `incomplete_details`), `failed` (see `error`) or `cancelled`. Sequrity reports a denied tool call by a security policy as HTTP 200 with `failed`.
 */
export type ResponseStatus = components['schemas']['ResponseStatus'];
/**
 * One item of `Response.output`, and the `item` of `response.output_item.added` / `.done` stream events, told apart by `type`. Items appear in generation order: assistant messages, reasoning, tool calls (function calls are yours to run and answer with a `function_call_output` input item; hosted tools such as web or file search run on the server) and their results. The server family keeps adding item types: clients must accept items whose `type` is not listed here (keep them, pass them through, skip what they cannot render) instead of failing. In Sequrity dual-LLM mode the final answer is a `message` whose text is a JSON-encoded `DualLlmResult`, and `function_call.call_id` values are generated by Sequrity.
 */
export type ResponseOutputItem = components['schemas']['ResponseOutputItem'];
/**
 * Why a response failed. Present (non-null) on responses whose `status` is `failed`; the HTTP status of such a reply is still 200 and, when streaming, it arrives in the `response.failed` event.
 */
export type ResponseError = components['schemas']['ResponseError'];
/**
 * Why a response ended with `status` `incomplete`.
 */
export type ResponseIncompleteDetails = components['schemas']['ResponseIncompleteDetails'];
/**
 * The conversation this response belongs to; its input and output items were added to that conversation.
 */
export type ResponseConversation = components['schemas']['ResponseConversation'];
/**
 * Token accounting for the whole response. The `*_details` breakdowns are optional: some servers omit them, so clients must not rely on them (the Sequrity Python SDK wrongly requires them).
 */
export type ResponseUsage = components['schemas']['ResponseUsage'];
/**
 * A moderation result for the input or the output of a response (`Response.moderation`), when moderation was requested with the `moderation` request field. OpenAI object, not documented by Sequrity.
 */
export type ModerationResult = components['schemas']['ModerationResult'];
/**
 * An error that stopped moderation of the input or the output of a response (`Response.moderation`). OpenAI object, not documented by Sequrity.
 */
export type ModerationError = components['schemas']['ModerationError'];
/**
 * The moderation of one side (input or output) of a response: a `moderation_result`, or an `error` when moderation failed. Clients must tolerate other `type` values.
 */
export type ModerationOutcome = components['schemas']['ModerationOutcome'];
/**
 * A model response: the reply body of `POST …/responses` without streaming, and the `response` snapshot inside the lifecycle stream events (`response.created`, `.in_progress`, `.completed`, `.failed`, `.incomplete`, `.queued`). Check `status`: Sequrity reports a security-policy denial as HTTP 200 with `status` `failed`. Servers add properties over time; clients must keep unknown ones.
 */
export type Response = components['schemas']['Response'];
/**
 * First event of a stream: the server accepted the request and created the response. `response` is a snapshot with `status: in_progress` (or `queued` in background mode) and an empty `output`.
 */
export type ResponseCreatedEvent = components['schemas']['ResponseCreatedEvent'];
/**
 * The response is waiting for capacity before generation starts (background mode). `response.status` is `queued`.
 */
export type ResponseQueuedEvent = components['schemas']['ResponseQueuedEvent'];
/**
 * Generation has started. `response` is a snapshot with `status: in_progress`; output arrives in the events that follow.
 */
export type ResponseInProgressEvent = components['schemas']['ResponseInProgressEvent'];
/**
 * Terminal event: the response finished successfully. `response` is the final object, with every output item and `usage`; it supersedes everything assembled from deltas. The stream ends after this event.
 */
export type ResponseCompletedEvent = components['schemas']['ResponseCompletedEvent'];
/**
 * Terminal event: generation failed and `response.error` says why. Sequrity Control reports a security-policy denial as a failed response (HTTP 200) rather than as an HTTP error, with the denial text in `output`. The stream ends after this event.
 */
export type ResponseFailedEvent = components['schemas']['ResponseFailedEvent'];
/**
 * Terminal event: generation stopped early, for example at `max_output_tokens` or because of a content filter; `response.incomplete_details.reason` says why and the last items may have `status: incomplete`. The stream ends after this event.
 */
export type ResponseIncompleteEvent = components['schemas']['ResponseIncompleteEvent'];
/**
 * A new item was appended to `response.output` at `output_index`. `item` is its initial state (typically `status: in_progress` with empty content or arguments); later events for it carry its `id` as `item_id`.
 */
export type ResponseOutputItemAddedEvent = components['schemas']['ResponseOutputItemAddedEvent'];
/**
 * An output item is finished. `item` is its final state and replaces the snapshot assembled from earlier events.
 */
export type ResponseOutputItemDoneEvent = components['schemas']['ResponseOutputItemDoneEvent'];
/**
 * The `part` carried by `response.content_part.added` and `.done` events: an `output_text` or `refusal` part of an assistant message, or a `reasoning_text` part of a reasoning item (its `content`). Clients should skip part types that are not listed here.
 */
export type ResponseContentPart = components['schemas']['ResponseContentPart'];
/**
 * A new content part was added to a message's (or reasoning item's) `content` at `content_index`. `part` is its initial, usually empty, state; text then arrives through delta events.
 */
export type ResponseContentPartAddedEvent = components['schemas']['ResponseContentPartAddedEvent'];
/**
 * A content part is finished. `part` holds its final text (and, for `output_text`, its annotations and logprobs).
 */
export type ResponseContentPartDoneEvent = components['schemas']['ResponseContentPartDoneEvent'];
/**
 * A fragment of assistant text: append `delta` to the `text` of the `output_text` part at `content_index`. In Sequrity Control's dual-LLM mode the final message text is a JSON document (see `DualLlmResult`), so parse it only once complete (`response.output_text.done`).
 */
export type ResponseOutputTextDeltaEvent = components['schemas']['ResponseOutputTextDeltaEvent'];
/**
 * An `output_text` part is complete; `text` is its full text.
 */
export type ResponseOutputTextDoneEvent = components['schemas']['ResponseOutputTextDoneEvent'];
/**
 * An annotation (file or URL citation, file path) was attached to an `output_text` part, typically while a file-search or web-search answer is streamed.
 */
export type ResponseOutputTextAnnotationAddedEvent =
  components['schemas']['ResponseOutputTextAnnotationAddedEvent'];
/**
 * A fragment of a refusal: append `delta` to the `refusal` of the `refusal` part at `content_index`.
 */
export type ResponseRefusalDeltaEvent = components['schemas']['ResponseRefusalDeltaEvent'];
/**
 * A refusal part is complete; `refusal` is its full text.
 */
export type ResponseRefusalDoneEvent = components['schemas']['ResponseRefusalDoneEvent'];
/**
 * A fragment of a function call's arguments: append `delta` to the `arguments` of the `function_call` item. The accumulated string is JSON only once complete.
 */
export type ResponseFunctionCallArgumentsDeltaEvent =
  components['schemas']['ResponseFunctionCallArgumentsDeltaEvent'];
/**
 * A function call's arguments are complete. Take the function name and `call_id` from the `function_call` item.
 */
export type ResponseFunctionCallArgumentsDoneEvent =
  components['schemas']['ResponseFunctionCallArgumentsDoneEvent'];
/**
 * A fragment of a custom (free-form) tool call's input: append `delta` to the `input` of the `custom_tool_call` item.
 */
export type ResponseCustomToolCallInputDeltaEvent =
  components['schemas']['ResponseCustomToolCallInputDeltaEvent'];
/**
 * A custom tool call's input is complete.
 */
export type ResponseCustomToolCallInputDoneEvent =
  components['schemas']['ResponseCustomToolCallInputDoneEvent'];
/**
 * A fragment of an MCP tool call's arguments: append `delta` to the `arguments` of the `mcp_call` item.
 */
export type ResponseMcpCallArgumentsDeltaEvent = components['schemas']['ResponseMcpCallArgumentsDeltaEvent'];
/**
 * An MCP tool call's arguments are complete.
 */
export type ResponseMcpCallArgumentsDoneEvent = components['schemas']['ResponseMcpCallArgumentsDoneEvent'];
/**
 * A new summary part was added to a reasoning item's `summary` at `summary_index`; its text follows in `response.reasoning_summary_text.delta` events. Sent only when reasoning summaries were requested.
 */
export type ResponseReasoningSummaryPartAddedEvent =
  components['schemas']['ResponseReasoningSummaryPartAddedEvent'];
/**
 * A reasoning summary part is complete.
 */
export type ResponseReasoningSummaryPartDoneEvent =
  components['schemas']['ResponseReasoningSummaryPartDoneEvent'];
/**
 * A fragment of reasoning-summary text: append `delta` to the `text` of the summary part at `summary_index`.
 */
export type ResponseReasoningSummaryTextDeltaEvent =
  components['schemas']['ResponseReasoningSummaryTextDeltaEvent'];
/**
 * A reasoning summary part's text is complete.
 */
export type ResponseReasoningSummaryTextDoneEvent =
  components['schemas']['ResponseReasoningSummaryTextDoneEvent'];
/**
 * A fragment of raw reasoning text: append `delta` to the `reasoning_text` content part at `content_index`. Sent by models and compatible servers that expose their reasoning (OpenAI keeps it hidden).
 */
export type ResponseReasoningTextDeltaEvent = components['schemas']['ResponseReasoningTextDeltaEvent'];
/**
 * A `reasoning_text` content part is complete.
 */
export type ResponseReasoningTextDoneEvent = components['schemas']['ResponseReasoningTextDoneEvent'];
/**
 * A file search call has started.
 */
export type ResponseFileSearchCallInProgressEvent =
  components['schemas']['ResponseFileSearchCallInProgressEvent'];
/**
 * A file search call is searching the vector stores.
 */
export type ResponseFileSearchCallSearchingEvent =
  components['schemas']['ResponseFileSearchCallSearchingEvent'];
/**
 * A file search call has finished; its queries and results arrive with `response.output_item.done`.
 */
export type ResponseFileSearchCallCompletedEvent =
  components['schemas']['ResponseFileSearchCallCompletedEvent'];
/**
 * A web search call has started.
 */
export type ResponseWebSearchCallInProgressEvent =
  components['schemas']['ResponseWebSearchCallInProgressEvent'];
/**
 * A web search call is searching the web.
 */
export type ResponseWebSearchCallSearchingEvent =
  components['schemas']['ResponseWebSearchCallSearchingEvent'];
/**
 * A web search call has finished; its action and sources arrive with `response.output_item.done`.
 */
export type ResponseWebSearchCallCompletedEvent =
  components['schemas']['ResponseWebSearchCallCompletedEvent'];
/**
 * A code interpreter call has started; its code follows in `response.code_interpreter_call_code.delta` events.
 */
export type ResponseCodeInterpreterCallInProgressEvent =
  components['schemas']['ResponseCodeInterpreterCallInProgressEvent'];
/**
 * A code interpreter call's code is complete and is now running in the container.
 */
export type ResponseCodeInterpreterCallInterpretingEvent =
  components['schemas']['ResponseCodeInterpreterCallInterpretingEvent'];
/**
 * A code interpreter call has finished running; its outputs arrive with `response.output_item.done`.
 */
export type ResponseCodeInterpreterCallCompletedEvent =
  components['schemas']['ResponseCodeInterpreterCallCompletedEvent'];
/**
 * A fragment of the code a code interpreter call will run: append `delta` to the item's `code`.
 */
export type ResponseCodeInterpreterCallCodeDeltaEvent =
  components['schemas']['ResponseCodeInterpreterCallCodeDeltaEvent'];
/**
 * The code of a code interpreter call is complete.
 */
export type ResponseCodeInterpreterCallCodeDoneEvent =
  components['schemas']['ResponseCodeInterpreterCallCodeDoneEvent'];
/**
 * An image generation call has started.
 */
export type ResponseImageGenerationCallInProgressEvent =
  components['schemas']['ResponseImageGenerationCallInProgressEvent'];
/**
 * An image generation call is rendering the image.
 */
export type ResponseImageGenerationCallGeneratingEvent =
  components['schemas']['ResponseImageGenerationCallGeneratingEvent'];
/**
 * A partial (progressively refined) render of an image being generated; sent when the image generation tool sets `partial_images` (0–3). The final image arrives in the item's `result`. These events can be several megabytes.
 */
export type ResponseImageGenerationCallPartialImageEvent =
  components['schemas']['ResponseImageGenerationCallPartialImageEvent'];
/**
 * An image generation call has finished; the image arrives with `response.output_item.done`.
 */
export type ResponseImageGenerationCallCompletedEvent =
  components['schemas']['ResponseImageGenerationCallCompletedEvent'];
/**
 * An MCP tool call has started (may be sent more than once).
 */
export type ResponseMcpCallInProgressEvent = components['schemas']['ResponseMcpCallInProgressEvent'];
/**
 * An MCP tool call has finished; its output arrives with `response.output_item.done`.
 */
export type ResponseMcpCallCompletedEvent = components['schemas']['ResponseMcpCallCompletedEvent'];
/**
 * An MCP tool call failed; the item's `error` says why.
 */
export type ResponseMcpCallFailedEvent = components['schemas']['ResponseMcpCallFailedEvent'];
/**
 * The server started listing the tools of an MCP server.
 */
export type ResponseMcpListToolsInProgressEvent =
  components['schemas']['ResponseMcpListToolsInProgressEvent'];
/**
 * Listing an MCP server's tools has finished; the tools arrive with `response.output_item.done`.
 */
export type ResponseMcpListToolsCompletedEvent = components['schemas']['ResponseMcpListToolsCompletedEvent'];
/**
 * Listing an MCP server's tools failed.
 */
export type ResponseMcpListToolsFailedEvent = components['schemas']['ResponseMcpListToolsFailedEvent'];
/**
 * A chunk of generated audio.
 */
export type ResponseAudioDeltaEvent = components['schemas']['ResponseAudioDeltaEvent'];
/**
 * The generated audio is complete.
 */
export type ResponseAudioDoneEvent = components['schemas']['ResponseAudioDoneEvent'];
/**
 * A fragment of the transcript of the generated audio.
 */
export type ResponseAudioTranscriptDeltaEvent = components['schemas']['ResponseAudioTranscriptDeltaEvent'];
/**
 * The transcript of the generated audio is complete.
 */
export type ResponseAudioTranscriptDoneEvent = components['schemas']['ResponseAudioTranscriptDoneEvent'];
/**
 * A hosted `shell_call` started a new command at `command_index`; its text follows in `response.shell_call_command.delta` events. This event has no `item_id`; use `output_index`.
 */
export type ResponseShellCallCommandAddedEvent = components['schemas']['ResponseShellCallCommandAddedEvent'];
/**
 * A fragment of a hosted shell command: append `delta` to the command at `command_index`.
 */
export type ResponseShellCallCommandDeltaEvent = components['schemas']['ResponseShellCallCommandDeltaEvent'];
/**
 * A hosted shell command is complete.
 */
export type ResponseShellCallCommandDoneEvent = components['schemas']['ResponseShellCallCommandDoneEvent'];
/**
 * Output captured from a hosted shell command while it runs, for the `shell_call_output` item.
 */
export type ResponseShellCallOutputContentDeltaEvent =
  components['schemas']['ResponseShellCallOutputContentDeltaEvent'];
/**
 * The output of a hosted shell command is complete.
 */
export type ResponseShellCallOutputContentDoneEvent =
  components['schemas']['ResponseShellCallOutputContentDoneEvent'];
/**
 * A fragment of the diff of an `apply_patch_call` item: append `delta` to the item's `operation.diff`. Sent by the API although OpenAI's SDK union does not list it.
 */
export type ResponseApplyPatchCallOperationDiffDeltaEvent =
  components['schemas']['ResponseApplyPatchCallOperationDiffDeltaEvent'];
/**
 * The diff of an `apply_patch_call` item is complete. Sent by the API although OpenAI's SDK union does not list it.
 */
export type ResponseApplyPatchCallOperationDiffDoneEvent =
  components['schemas']['ResponseApplyPatchCallOperationDiffDoneEvent'];
/**
 * The server has started compacting the conversation into the `compaction` output item at `output_index`; the item itself arrives in `response.output_item.done`. OpenAI event, not documented by Sequrity.
 */
export type ResponseCompactionCompactingEvent = components['schemas']['ResponseCompactionCompactingEvent'];
/**
 * Heartbeat the server sends during long silent phases (for example lengthy reasoning) to keep the connection open. It carries no data and does not change the response; ignore it, apart from resetting any idle timer.
 */
export type ResponseKeepaliveEvent = components['schemas']['ResponseKeepaliveEvent'];
/**
 * The server could not continue the response, for example because of an exhausted quota, a rate limit or a server error. Usually followed by `response.failed`, which ends the stream; if the stream ends without it, treat this event as the final one. Two shapes exist and clients must read both: the API nests the details under `error`, while OpenAI's published schema and some compatible servers put `code`, `message` and `param` at the top level.
 */
export type ResponseErrorEvent = components['schemas']['ResponseErrorEvent'];
/**
 * One event of a streamed response (`stream: true`), delivered as server-sent events (`text/event-stream`). Each SSE frame has an `event:` field equal to the event's `type` and a `data:` field holding one JSON-encoded event; the `type` inside the JSON is authoritative. The stream starts with `response.created` and ends after the terminal `response.completed`, `response.incomplete` or `response.failed` event. The OpenAI API sends no `[DONE]` terminator, but compatible servers and proxies may; clients must treat a `data: [DONE]` frame as end-of-stream. Lifecycle events carry full `Response` snapshots; the other events are incremental updates addressed by `output_index`, `item_id`, `content_index` or `summary_index`. Sequrity Control returns the session id in the `X-Session-ID` response header when the stream opens, not in an event. Servers add event types and properties over time: clients MUST accept events whose `type` is not listed here (pass them through as unknown events) and properties that are not listed.
 */
export type ResponseStreamEvent = components['schemas']['ResponseStreamEvent'];
