// Generated from openapi/openapi.yaml by scripts/generate.ts (discriminated unions).
// Do not edit: change the spec and run `npm run generate`.
import type {
  ApplyPatchTool,
  CodeInterpreterTool,
  ComputerAction,
  ComputerActionClick,
  ComputerActionDoubleClick,
  ComputerActionDrag,
  ComputerActionKeypress,
  ComputerActionMove,
  ComputerActionScreenshot,
  ComputerActionScroll,
  ComputerActionTypeText,
  ComputerActionWait,
  ComputerTool,
  ComputerUsePreviewTool,
  ContainerFileCitationAnnotation,
  CustomTool,
  FileCitationAnnotation,
  FilePathAnnotation,
  FileSearchTool,
  FunctionShellTool,
  FunctionTool,
  ImageGenerationTool,
  LocalShellTool,
  McpTool,
  ModerationError,
  ModerationOutcome,
  ModerationResult,
  NamespaceTool,
  ProgrammaticToolCallingTool,
  ResponseAdditionalTools,
  ResponseApplyPatchCall,
  ResponseApplyPatchCallOperationDiffDeltaEvent,
  ResponseApplyPatchCallOperationDiffDoneEvent,
  ResponseApplyPatchCallOutput,
  ResponseAudioDeltaEvent,
  ResponseAudioDoneEvent,
  ResponseAudioTranscriptDeltaEvent,
  ResponseAudioTranscriptDoneEvent,
  ResponseCodeInterpreterCallCodeDeltaEvent,
  ResponseCodeInterpreterCallCodeDoneEvent,
  ResponseCodeInterpreterCallCompletedEvent,
  ResponseCodeInterpreterCallInProgressEvent,
  ResponseCodeInterpreterCallInterpretingEvent,
  ResponseCodeInterpreterToolCall,
  ResponseCompaction,
  ResponseCompactionCompactingEvent,
  ResponseCompletedEvent,
  ResponseComputerCallOutputItem,
  ResponseComputerToolCall,
  ResponseContentPart,
  ResponseContentPartAddedEvent,
  ResponseContentPartDoneEvent,
  ResponseCreatedEvent,
  ResponseCustomToolCall,
  ResponseCustomToolCallInputDeltaEvent,
  ResponseCustomToolCallInputDoneEvent,
  ResponseCustomToolCallOutput,
  ResponseErrorEvent,
  ResponseFailedEvent,
  ResponseFileSearchCallCompletedEvent,
  ResponseFileSearchCallInProgressEvent,
  ResponseFileSearchCallSearchingEvent,
  ResponseFileSearchToolCall,
  ResponseFormatJsonObject,
  ResponseFormatText,
  ResponseFormatTextConfig,
  ResponseFormatTextJsonSchemaConfig,
  ResponseFunctionCallArgumentsDeltaEvent,
  ResponseFunctionCallArgumentsDoneEvent,
  ResponseFunctionCallOutputItem,
  ResponseFunctionToolCall,
  ResponseFunctionWebSearch,
  ResponseImageGenerationCall,
  ResponseImageGenerationCallCompletedEvent,
  ResponseImageGenerationCallGeneratingEvent,
  ResponseImageGenerationCallInProgressEvent,
  ResponseImageGenerationCallPartialImageEvent,
  ResponseInProgressEvent,
  ResponseIncompleteEvent,
  ResponseInputAudio,
  ResponseInputContent,
  ResponseInputFile,
  ResponseInputImage,
  ResponseInputText,
  ResponseKeepaliveEvent,
  ResponseLocalShellCall,
  ResponseLocalShellCallOutput,
  ResponseMcpApprovalRequest,
  ResponseMcpApprovalResponse,
  ResponseMcpCall,
  ResponseMcpCallArgumentsDeltaEvent,
  ResponseMcpCallArgumentsDoneEvent,
  ResponseMcpCallCompletedEvent,
  ResponseMcpCallFailedEvent,
  ResponseMcpCallInProgressEvent,
  ResponseMcpListTools,
  ResponseMcpListToolsCompletedEvent,
  ResponseMcpListToolsFailedEvent,
  ResponseMcpListToolsInProgressEvent,
  ResponseOutputItem,
  ResponseOutputItemAddedEvent,
  ResponseOutputItemDoneEvent,
  ResponseOutputMessage,
  ResponseOutputMessageContent,
  ResponseOutputRefusal,
  ResponseOutputText,
  ResponseOutputTextAnnotation,
  ResponseOutputTextAnnotationAddedEvent,
  ResponseOutputTextDeltaEvent,
  ResponseOutputTextDoneEvent,
  ResponseProgram,
  ResponseProgramOutput,
  ResponseQueuedEvent,
  ResponseReasoningItem,
  ResponseReasoningSummaryPartAddedEvent,
  ResponseReasoningSummaryPartDoneEvent,
  ResponseReasoningSummaryTextDeltaEvent,
  ResponseReasoningSummaryTextDoneEvent,
  ResponseReasoningText,
  ResponseReasoningTextDeltaEvent,
  ResponseReasoningTextDoneEvent,
  ResponseRefusalDeltaEvent,
  ResponseRefusalDoneEvent,
  ResponseShellCall,
  ResponseShellCallCommandAddedEvent,
  ResponseShellCallCommandDeltaEvent,
  ResponseShellCallCommandDoneEvent,
  ResponseShellCallOutput,
  ResponseShellCallOutputContentDeltaEvent,
  ResponseShellCallOutputContentDoneEvent,
  ResponseStreamEvent,
  ResponseToolSearchCall,
  ResponseToolSearchOutput,
  ResponseWebSearchCallCompletedEvent,
  ResponseWebSearchCallInProgressEvent,
  ResponseWebSearchCallSearchingEvent,
  ShellTool,
  Tool,
  ToolSearchTool,
  UrlCitationAnnotation,
  WebSearch20250826Tool,
  WebSearchAction,
  WebSearchActionFind,
  WebSearchActionOpenPage,
  WebSearchActionSearch,
  WebSearchPreview20250311Tool,
  WebSearchPreviewTool,
  WebSearchTool,
} from './schemas.gen.js';

/**
 * The `type` tags of {@link ResponseInputContent}.
 */
export type ResponseInputContentType = ResponseInputContent['type'];

/**
 * Each {@link ResponseInputContent} member, keyed by its `type` tag.
 */
export interface ResponseInputContentMap {
  input_text: ResponseInputText;
  input_image: ResponseInputImage;
  input_file: ResponseInputFile;
  input_audio: ResponseInputAudio;
}

/**
 * Every `type` tag of {@link ResponseInputContent} that this version of the spec knows, in spec order.
 * Servers add new ones over time: treat a tag missing from this list as unknown, not as an error.
 */
export const RESPONSE_INPUT_CONTENT_TYPES = [
  'input_text',
  'input_image',
  'input_file',
  'input_audio',
] as const satisfies readonly ResponseInputContentType[];

const RESPONSE_INPUT_CONTENT_TYPES_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(
  RESPONSE_INPUT_CONTENT_TYPES,
);

/**
 * Whether `value` is one of the `type` tags of {@link ResponseInputContent} listed in the spec.
 */
export function isResponseInputContentType(value: unknown): value is ResponseInputContentType {
  return typeof value === 'string' && RESPONSE_INPUT_CONTENT_TYPES_SET.has(value);
}

/**
 * The `type` tags of {@link ResponseOutputTextAnnotation}.
 */
export type ResponseOutputTextAnnotationType = ResponseOutputTextAnnotation['type'];

/**
 * Each {@link ResponseOutputTextAnnotation} member, keyed by its `type` tag.
 */
export interface ResponseOutputTextAnnotationMap {
  file_citation: FileCitationAnnotation;
  url_citation: UrlCitationAnnotation;
  container_file_citation: ContainerFileCitationAnnotation;
  file_path: FilePathAnnotation;
}

/**
 * Every `type` tag of {@link ResponseOutputTextAnnotation} that this version of the spec knows, in spec order.
 * Servers add new ones over time: treat a tag missing from this list as unknown, not as an error.
 */
export const RESPONSE_OUTPUT_TEXT_ANNOTATION_TYPES = [
  'file_citation',
  'url_citation',
  'container_file_citation',
  'file_path',
] as const satisfies readonly ResponseOutputTextAnnotationType[];

const RESPONSE_OUTPUT_TEXT_ANNOTATION_TYPES_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(
  RESPONSE_OUTPUT_TEXT_ANNOTATION_TYPES,
);

/**
 * Whether `value` is one of the `type` tags of {@link ResponseOutputTextAnnotation} listed in the spec.
 */
export function isResponseOutputTextAnnotationType(
  value: unknown,
): value is ResponseOutputTextAnnotationType {
  return typeof value === 'string' && RESPONSE_OUTPUT_TEXT_ANNOTATION_TYPES_SET.has(value);
}

/**
 * The `type` tags of {@link ResponseOutputMessageContent}.
 */
export type ResponseOutputMessageContentType = ResponseOutputMessageContent['type'];

/**
 * Each {@link ResponseOutputMessageContent} member, keyed by its `type` tag.
 */
export interface ResponseOutputMessageContentMap {
  output_text: ResponseOutputText;
  refusal: ResponseOutputRefusal;
}

/**
 * Every `type` tag of {@link ResponseOutputMessageContent} that this version of the spec knows, in spec order.
 * Servers add new ones over time: treat a tag missing from this list as unknown, not as an error.
 */
export const RESPONSE_OUTPUT_MESSAGE_CONTENT_TYPES = [
  'output_text',
  'refusal',
] as const satisfies readonly ResponseOutputMessageContentType[];

const RESPONSE_OUTPUT_MESSAGE_CONTENT_TYPES_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(
  RESPONSE_OUTPUT_MESSAGE_CONTENT_TYPES,
);

/**
 * Whether `value` is one of the `type` tags of {@link ResponseOutputMessageContent} listed in the spec.
 */
export function isResponseOutputMessageContentType(
  value: unknown,
): value is ResponseOutputMessageContentType {
  return typeof value === 'string' && RESPONSE_OUTPUT_MESSAGE_CONTENT_TYPES_SET.has(value);
}

/**
 * The `type` tags of {@link ComputerAction}.
 */
export type ComputerActionType = ComputerAction['type'];

/**
 * Each {@link ComputerAction} member, keyed by its `type` tag.
 */
export interface ComputerActionMap {
  click: ComputerActionClick;
  double_click: ComputerActionDoubleClick;
  drag: ComputerActionDrag;
  keypress: ComputerActionKeypress;
  move: ComputerActionMove;
  screenshot: ComputerActionScreenshot;
  scroll: ComputerActionScroll;
  type: ComputerActionTypeText;
  wait: ComputerActionWait;
}

/**
 * Every `type` tag of {@link ComputerAction} that this version of the spec knows, in spec order.
 * Servers add new ones over time: treat a tag missing from this list as unknown, not as an error.
 */
export const COMPUTER_ACTION_TYPES = [
  'click',
  'double_click',
  'drag',
  'keypress',
  'move',
  'screenshot',
  'scroll',
  'type',
  'wait',
] as const satisfies readonly ComputerActionType[];

const COMPUTER_ACTION_TYPES_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(COMPUTER_ACTION_TYPES);

/**
 * Whether `value` is one of the `type` tags of {@link ComputerAction} listed in the spec.
 */
export function isComputerActionType(value: unknown): value is ComputerActionType {
  return typeof value === 'string' && COMPUTER_ACTION_TYPES_SET.has(value);
}

/**
 * The `type` tags of {@link WebSearchAction}.
 */
export type WebSearchActionType = WebSearchAction['type'];

/**
 * Each {@link WebSearchAction} member, keyed by its `type` tag.
 */
export interface WebSearchActionMap {
  search: WebSearchActionSearch;
  open_page: WebSearchActionOpenPage;
  find_in_page: WebSearchActionFind;
}

/**
 * Every `type` tag of {@link WebSearchAction} that this version of the spec knows, in spec order.
 * Servers add new ones over time: treat a tag missing from this list as unknown, not as an error.
 */
export const WEB_SEARCH_ACTION_TYPES = [
  'search',
  'open_page',
  'find_in_page',
] as const satisfies readonly WebSearchActionType[];

const WEB_SEARCH_ACTION_TYPES_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(WEB_SEARCH_ACTION_TYPES);

/**
 * Whether `value` is one of the `type` tags of {@link WebSearchAction} listed in the spec.
 */
export function isWebSearchActionType(value: unknown): value is WebSearchActionType {
  return typeof value === 'string' && WEB_SEARCH_ACTION_TYPES_SET.has(value);
}

/**
 * The `type` tags of {@link Tool}.
 */
export type ToolType = Tool['type'];

/**
 * Each {@link Tool} member, keyed by its `type` tag.
 */
export interface ToolMap {
  function: FunctionTool;
  file_search: FileSearchTool;
  web_search: WebSearchTool;
  web_search_2025_08_26: WebSearch20250826Tool;
  web_search_preview: WebSearchPreviewTool;
  web_search_preview_2025_03_11: WebSearchPreview20250311Tool;
  code_interpreter: CodeInterpreterTool;
  computer_use_preview: ComputerUsePreviewTool;
  computer: ComputerTool;
  image_generation: ImageGenerationTool;
  mcp: McpTool;
  local_shell: LocalShellTool;
  shell: ShellTool;
  function_shell: FunctionShellTool;
  custom: CustomTool;
  apply_patch: ApplyPatchTool;
  tool_search: ToolSearchTool;
  programmatic_tool_calling: ProgrammaticToolCallingTool;
  namespace: NamespaceTool;
}

/**
 * Every `type` tag of {@link Tool} that this version of the spec knows, in spec order.
 * Servers add new ones over time: treat a tag missing from this list as unknown, not as an error.
 */
export const TOOL_TYPES = [
  'function',
  'file_search',
  'web_search',
  'web_search_2025_08_26',
  'web_search_preview',
  'web_search_preview_2025_03_11',
  'code_interpreter',
  'computer_use_preview',
  'computer',
  'image_generation',
  'mcp',
  'local_shell',
  'shell',
  'function_shell',
  'custom',
  'apply_patch',
  'tool_search',
  'programmatic_tool_calling',
  'namespace',
] as const satisfies readonly ToolType[];

const TOOL_TYPES_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(TOOL_TYPES);

/**
 * Whether `value` is one of the `type` tags of {@link Tool} listed in the spec.
 */
export function isToolType(value: unknown): value is ToolType {
  return typeof value === 'string' && TOOL_TYPES_SET.has(value);
}

/**
 * The `type` tags of {@link ResponseFormatTextConfig}.
 */
export type ResponseFormatTextConfigType = ResponseFormatTextConfig['type'];

/**
 * Each {@link ResponseFormatTextConfig} member, keyed by its `type` tag.
 */
export interface ResponseFormatTextConfigMap {
  text: ResponseFormatText;
  json_object: ResponseFormatJsonObject;
  json_schema: ResponseFormatTextJsonSchemaConfig;
}

/**
 * Every `type` tag of {@link ResponseFormatTextConfig} that this version of the spec knows, in spec order.
 * Servers add new ones over time: treat a tag missing from this list as unknown, not as an error.
 */
export const RESPONSE_FORMAT_TEXT_CONFIG_TYPES = [
  'text',
  'json_object',
  'json_schema',
] as const satisfies readonly ResponseFormatTextConfigType[];

const RESPONSE_FORMAT_TEXT_CONFIG_TYPES_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(
  RESPONSE_FORMAT_TEXT_CONFIG_TYPES,
);

/**
 * Whether `value` is one of the `type` tags of {@link ResponseFormatTextConfig} listed in the spec.
 */
export function isResponseFormatTextConfigType(value: unknown): value is ResponseFormatTextConfigType {
  return typeof value === 'string' && RESPONSE_FORMAT_TEXT_CONFIG_TYPES_SET.has(value);
}

/**
 * The `type` tags of {@link ResponseOutputItem}.
 */
export type ResponseOutputItemType = ResponseOutputItem['type'];

/**
 * Each {@link ResponseOutputItem} member, keyed by its `type` tag.
 */
export interface ResponseOutputItemMap {
  message: ResponseOutputMessage;
  function_call: ResponseFunctionToolCall;
  function_call_output: ResponseFunctionCallOutputItem;
  reasoning: ResponseReasoningItem;
  file_search_call: ResponseFileSearchToolCall;
  web_search_call: ResponseFunctionWebSearch;
  code_interpreter_call: ResponseCodeInterpreterToolCall;
  computer_call: ResponseComputerToolCall;
  computer_call_output: ResponseComputerCallOutputItem;
  image_generation_call: ResponseImageGenerationCall;
  local_shell_call: ResponseLocalShellCall;
  local_shell_call_output: ResponseLocalShellCallOutput;
  shell_call: ResponseShellCall;
  shell_call_output: ResponseShellCallOutput;
  apply_patch_call: ResponseApplyPatchCall;
  apply_patch_call_output: ResponseApplyPatchCallOutput;
  mcp_call: ResponseMcpCall;
  mcp_list_tools: ResponseMcpListTools;
  mcp_approval_request: ResponseMcpApprovalRequest;
  mcp_approval_response: ResponseMcpApprovalResponse;
  custom_tool_call: ResponseCustomToolCall;
  custom_tool_call_output: ResponseCustomToolCallOutput;
  tool_search_call: ResponseToolSearchCall;
  tool_search_output: ResponseToolSearchOutput;
  additional_tools: ResponseAdditionalTools;
  program: ResponseProgram;
  program_output: ResponseProgramOutput;
  compaction: ResponseCompaction;
}

/**
 * Every `type` tag of {@link ResponseOutputItem} that this version of the spec knows, in spec order.
 * Servers add new ones over time: treat a tag missing from this list as unknown, not as an error.
 */
export const RESPONSE_OUTPUT_ITEM_TYPES = [
  'message',
  'function_call',
  'function_call_output',
  'reasoning',
  'file_search_call',
  'web_search_call',
  'code_interpreter_call',
  'computer_call',
  'computer_call_output',
  'image_generation_call',
  'local_shell_call',
  'local_shell_call_output',
  'shell_call',
  'shell_call_output',
  'apply_patch_call',
  'apply_patch_call_output',
  'mcp_call',
  'mcp_list_tools',
  'mcp_approval_request',
  'mcp_approval_response',
  'custom_tool_call',
  'custom_tool_call_output',
  'tool_search_call',
  'tool_search_output',
  'additional_tools',
  'program',
  'program_output',
  'compaction',
] as const satisfies readonly ResponseOutputItemType[];

const RESPONSE_OUTPUT_ITEM_TYPES_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(
  RESPONSE_OUTPUT_ITEM_TYPES,
);

/**
 * Whether `value` is one of the `type` tags of {@link ResponseOutputItem} listed in the spec.
 */
export function isResponseOutputItemType(value: unknown): value is ResponseOutputItemType {
  return typeof value === 'string' && RESPONSE_OUTPUT_ITEM_TYPES_SET.has(value);
}

/**
 * The `type` tags of {@link ModerationOutcome}.
 */
export type ModerationOutcomeType = ModerationOutcome['type'];

/**
 * Each {@link ModerationOutcome} member, keyed by its `type` tag.
 */
export interface ModerationOutcomeMap {
  moderation_result: ModerationResult;
  error: ModerationError;
}

/**
 * Every `type` tag of {@link ModerationOutcome} that this version of the spec knows, in spec order.
 * Servers add new ones over time: treat a tag missing from this list as unknown, not as an error.
 */
export const MODERATION_OUTCOME_TYPES = [
  'moderation_result',
  'error',
] as const satisfies readonly ModerationOutcomeType[];

const MODERATION_OUTCOME_TYPES_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(MODERATION_OUTCOME_TYPES);

/**
 * Whether `value` is one of the `type` tags of {@link ModerationOutcome} listed in the spec.
 */
export function isModerationOutcomeType(value: unknown): value is ModerationOutcomeType {
  return typeof value === 'string' && MODERATION_OUTCOME_TYPES_SET.has(value);
}

/**
 * The `type` tags of {@link ResponseContentPart}.
 */
export type ResponseContentPartType = ResponseContentPart['type'];

/**
 * Each {@link ResponseContentPart} member, keyed by its `type` tag.
 */
export interface ResponseContentPartMap {
  output_text: ResponseOutputText;
  refusal: ResponseOutputRefusal;
  reasoning_text: ResponseReasoningText;
}

/**
 * Every `type` tag of {@link ResponseContentPart} that this version of the spec knows, in spec order.
 * Servers add new ones over time: treat a tag missing from this list as unknown, not as an error.
 */
export const RESPONSE_CONTENT_PART_TYPES = [
  'output_text',
  'refusal',
  'reasoning_text',
] as const satisfies readonly ResponseContentPartType[];

const RESPONSE_CONTENT_PART_TYPES_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(
  RESPONSE_CONTENT_PART_TYPES,
);

/**
 * Whether `value` is one of the `type` tags of {@link ResponseContentPart} listed in the spec.
 */
export function isResponseContentPartType(value: unknown): value is ResponseContentPartType {
  return typeof value === 'string' && RESPONSE_CONTENT_PART_TYPES_SET.has(value);
}

/**
 * The `type` tags of {@link ResponseStreamEvent}.
 */
export type ResponseStreamEventType = ResponseStreamEvent['type'];

/**
 * Each {@link ResponseStreamEvent} member, keyed by its `type` tag.
 */
export interface ResponseStreamEventMap {
  'response.created': ResponseCreatedEvent;
  'response.queued': ResponseQueuedEvent;
  'response.in_progress': ResponseInProgressEvent;
  'response.completed': ResponseCompletedEvent;
  'response.failed': ResponseFailedEvent;
  'response.incomplete': ResponseIncompleteEvent;
  'response.output_item.added': ResponseOutputItemAddedEvent;
  'response.output_item.done': ResponseOutputItemDoneEvent;
  'response.content_part.added': ResponseContentPartAddedEvent;
  'response.content_part.done': ResponseContentPartDoneEvent;
  'response.output_text.delta': ResponseOutputTextDeltaEvent;
  'response.output_text.done': ResponseOutputTextDoneEvent;
  'response.output_text.annotation.added': ResponseOutputTextAnnotationAddedEvent;
  'response.refusal.delta': ResponseRefusalDeltaEvent;
  'response.refusal.done': ResponseRefusalDoneEvent;
  'response.function_call_arguments.delta': ResponseFunctionCallArgumentsDeltaEvent;
  'response.function_call_arguments.done': ResponseFunctionCallArgumentsDoneEvent;
  'response.custom_tool_call_input.delta': ResponseCustomToolCallInputDeltaEvent;
  'response.custom_tool_call_input.done': ResponseCustomToolCallInputDoneEvent;
  'response.mcp_call_arguments.delta': ResponseMcpCallArgumentsDeltaEvent;
  'response.mcp_call_arguments.done': ResponseMcpCallArgumentsDoneEvent;
  'response.reasoning_summary_part.added': ResponseReasoningSummaryPartAddedEvent;
  'response.reasoning_summary_part.done': ResponseReasoningSummaryPartDoneEvent;
  'response.reasoning_summary_text.delta': ResponseReasoningSummaryTextDeltaEvent;
  'response.reasoning_summary_text.done': ResponseReasoningSummaryTextDoneEvent;
  'response.reasoning_text.delta': ResponseReasoningTextDeltaEvent;
  'response.reasoning_text.done': ResponseReasoningTextDoneEvent;
  'response.file_search_call.in_progress': ResponseFileSearchCallInProgressEvent;
  'response.file_search_call.searching': ResponseFileSearchCallSearchingEvent;
  'response.file_search_call.completed': ResponseFileSearchCallCompletedEvent;
  'response.web_search_call.in_progress': ResponseWebSearchCallInProgressEvent;
  'response.web_search_call.searching': ResponseWebSearchCallSearchingEvent;
  'response.web_search_call.completed': ResponseWebSearchCallCompletedEvent;
  'response.code_interpreter_call.in_progress': ResponseCodeInterpreterCallInProgressEvent;
  'response.code_interpreter_call.interpreting': ResponseCodeInterpreterCallInterpretingEvent;
  'response.code_interpreter_call.completed': ResponseCodeInterpreterCallCompletedEvent;
  'response.code_interpreter_call_code.delta': ResponseCodeInterpreterCallCodeDeltaEvent;
  'response.code_interpreter_call_code.done': ResponseCodeInterpreterCallCodeDoneEvent;
  'response.image_generation_call.in_progress': ResponseImageGenerationCallInProgressEvent;
  'response.image_generation_call.generating': ResponseImageGenerationCallGeneratingEvent;
  'response.image_generation_call.partial_image': ResponseImageGenerationCallPartialImageEvent;
  'response.image_generation_call.completed': ResponseImageGenerationCallCompletedEvent;
  'response.mcp_call.in_progress': ResponseMcpCallInProgressEvent;
  'response.mcp_call.completed': ResponseMcpCallCompletedEvent;
  'response.mcp_call.failed': ResponseMcpCallFailedEvent;
  'response.mcp_list_tools.in_progress': ResponseMcpListToolsInProgressEvent;
  'response.mcp_list_tools.completed': ResponseMcpListToolsCompletedEvent;
  'response.mcp_list_tools.failed': ResponseMcpListToolsFailedEvent;
  'response.audio.delta': ResponseAudioDeltaEvent;
  'response.audio.done': ResponseAudioDoneEvent;
  'response.audio.transcript.delta': ResponseAudioTranscriptDeltaEvent;
  'response.audio.transcript.done': ResponseAudioTranscriptDoneEvent;
  'response.shell_call_command.added': ResponseShellCallCommandAddedEvent;
  'response.shell_call_command.delta': ResponseShellCallCommandDeltaEvent;
  'response.shell_call_command.done': ResponseShellCallCommandDoneEvent;
  'response.shell_call_output_content.delta': ResponseShellCallOutputContentDeltaEvent;
  'response.shell_call_output_content.done': ResponseShellCallOutputContentDoneEvent;
  'response.apply_patch_call_operation_diff.delta': ResponseApplyPatchCallOperationDiffDeltaEvent;
  'response.apply_patch_call_operation_diff.done': ResponseApplyPatchCallOperationDiffDoneEvent;
  'response.compaction.compacting': ResponseCompactionCompactingEvent;
  keepalive: ResponseKeepaliveEvent;
  error: ResponseErrorEvent;
}

/**
 * Every `type` tag of {@link ResponseStreamEvent} that this version of the spec knows, in spec order.
 * Servers add new ones over time: treat a tag missing from this list as unknown, not as an error.
 */
export const RESPONSE_STREAM_EVENT_TYPES = [
  'response.created',
  'response.queued',
  'response.in_progress',
  'response.completed',
  'response.failed',
  'response.incomplete',
  'response.output_item.added',
  'response.output_item.done',
  'response.content_part.added',
  'response.content_part.done',
  'response.output_text.delta',
  'response.output_text.done',
  'response.output_text.annotation.added',
  'response.refusal.delta',
  'response.refusal.done',
  'response.function_call_arguments.delta',
  'response.function_call_arguments.done',
  'response.custom_tool_call_input.delta',
  'response.custom_tool_call_input.done',
  'response.mcp_call_arguments.delta',
  'response.mcp_call_arguments.done',
  'response.reasoning_summary_part.added',
  'response.reasoning_summary_part.done',
  'response.reasoning_summary_text.delta',
  'response.reasoning_summary_text.done',
  'response.reasoning_text.delta',
  'response.reasoning_text.done',
  'response.file_search_call.in_progress',
  'response.file_search_call.searching',
  'response.file_search_call.completed',
  'response.web_search_call.in_progress',
  'response.web_search_call.searching',
  'response.web_search_call.completed',
  'response.code_interpreter_call.in_progress',
  'response.code_interpreter_call.interpreting',
  'response.code_interpreter_call.completed',
  'response.code_interpreter_call_code.delta',
  'response.code_interpreter_call_code.done',
  'response.image_generation_call.in_progress',
  'response.image_generation_call.generating',
  'response.image_generation_call.partial_image',
  'response.image_generation_call.completed',
  'response.mcp_call.in_progress',
  'response.mcp_call.completed',
  'response.mcp_call.failed',
  'response.mcp_list_tools.in_progress',
  'response.mcp_list_tools.completed',
  'response.mcp_list_tools.failed',
  'response.audio.delta',
  'response.audio.done',
  'response.audio.transcript.delta',
  'response.audio.transcript.done',
  'response.shell_call_command.added',
  'response.shell_call_command.delta',
  'response.shell_call_command.done',
  'response.shell_call_output_content.delta',
  'response.shell_call_output_content.done',
  'response.apply_patch_call_operation_diff.delta',
  'response.apply_patch_call_operation_diff.done',
  'response.compaction.compacting',
  'keepalive',
  'error',
] as const satisfies readonly ResponseStreamEventType[];

const RESPONSE_STREAM_EVENT_TYPES_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(
  RESPONSE_STREAM_EVENT_TYPES,
);

/**
 * Whether `value` is one of the `type` tags of {@link ResponseStreamEvent} listed in the spec.
 */
export function isResponseStreamEventType(value: unknown): value is ResponseStreamEventType {
  return typeof value === 'string' && RESPONSE_STREAM_EVENT_TYPES_SET.has(value);
}
