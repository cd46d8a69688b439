// Generated from openapi/openapi.yaml by scripts/generate.ts (type guards).
// Do not edit: change the spec and run `npm run generate`.
import type {
  ApplyPatchTool,
  CodeInterpreterTool,
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
  ResponseOutputItemAddedEvent,
  ResponseOutputItemDoneEvent,
  ResponseOutputMessage,
  ResponseOutputRefusal,
  ResponseOutputText,
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
  ResponseToolSearchCall,
  ResponseToolSearchOutput,
  ResponseWebSearchCallCompletedEvent,
  ResponseWebSearchCallInProgressEvent,
  ResponseWebSearchCallSearchingEvent,
  ShellTool,
  ToolSearchTool,
  UrlCitationAnnotation,
  WebSearch20250826Tool,
  WebSearchActionFind,
  WebSearchActionOpenPage,
  WebSearchActionSearch,
  WebSearchPreview20250311Tool,
  WebSearchPreviewTool,
  WebSearchTool,
} from './schemas.gen.js';

/**
 * Whether `value` is a {@link ResponseInputText} (its `type` is `'input_text'`).
 */
export function isResponseInputText(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseInputText {
  return value?.type === 'input_text';
}

/**
 * Whether `value` is a {@link ResponseInputImage} (its `type` is `'input_image'`).
 */
export function isResponseInputImage(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseInputImage {
  return value?.type === 'input_image';
}

/**
 * Whether `value` is a {@link ResponseInputFile} (its `type` is `'input_file'`).
 */
export function isResponseInputFile(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseInputFile {
  return value?.type === 'input_file';
}

/**
 * Whether `value` is a {@link ResponseInputAudio} (its `type` is `'input_audio'`).
 */
export function isResponseInputAudio(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseInputAudio {
  return value?.type === 'input_audio';
}

/**
 * Whether `value` is a {@link FileCitationAnnotation} (its `type` is `'file_citation'`).
 */
export function isFileCitationAnnotation(
  value: { readonly type?: unknown } | null | undefined,
): value is FileCitationAnnotation {
  return value?.type === 'file_citation';
}

/**
 * Whether `value` is a {@link UrlCitationAnnotation} (its `type` is `'url_citation'`).
 */
export function isUrlCitationAnnotation(
  value: { readonly type?: unknown } | null | undefined,
): value is UrlCitationAnnotation {
  return value?.type === 'url_citation';
}

/**
 * Whether `value` is a {@link ContainerFileCitationAnnotation} (its `type` is `'container_file_citation'`).
 */
export function isContainerFileCitationAnnotation(
  value: { readonly type?: unknown } | null | undefined,
): value is ContainerFileCitationAnnotation {
  return value?.type === 'container_file_citation';
}

/**
 * Whether `value` is a {@link FilePathAnnotation} (its `type` is `'file_path'`).
 */
export function isFilePathAnnotation(
  value: { readonly type?: unknown } | null | undefined,
): value is FilePathAnnotation {
  return value?.type === 'file_path';
}

/**
 * Whether `value` is a {@link ResponseOutputText} (its `type` is `'output_text'`).
 */
export function isResponseOutputText(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseOutputText {
  return value?.type === 'output_text';
}

/**
 * Whether `value` is a {@link ResponseOutputRefusal} (its `type` is `'refusal'`).
 */
export function isResponseOutputRefusal(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseOutputRefusal {
  return value?.type === 'refusal';
}

/**
 * Whether `value` is a {@link ComputerActionClick} (its `type` is `'click'`).
 */
export function isComputerActionClick(
  value: { readonly type?: unknown } | null | undefined,
): value is ComputerActionClick {
  return value?.type === 'click';
}

/**
 * Whether `value` is a {@link ComputerActionDoubleClick} (its `type` is `'double_click'`).
 */
export function isComputerActionDoubleClick(
  value: { readonly type?: unknown } | null | undefined,
): value is ComputerActionDoubleClick {
  return value?.type === 'double_click';
}

/**
 * Whether `value` is a {@link ComputerActionDrag} (its `type` is `'drag'`).
 */
export function isComputerActionDrag(
  value: { readonly type?: unknown } | null | undefined,
): value is ComputerActionDrag {
  return value?.type === 'drag';
}

/**
 * Whether `value` is a {@link ComputerActionKeypress} (its `type` is `'keypress'`).
 */
export function isComputerActionKeypress(
  value: { readonly type?: unknown } | null | undefined,
): value is ComputerActionKeypress {
  return value?.type === 'keypress';
}

/**
 * Whether `value` is a {@link ComputerActionMove} (its `type` is `'move'`).
 */
export function isComputerActionMove(
  value: { readonly type?: unknown } | null | undefined,
): value is ComputerActionMove {
  return value?.type === 'move';
}

/**
 * Whether `value` is a {@link ComputerActionScreenshot} (its `type` is `'screenshot'`).
 */
export function isComputerActionScreenshot(
  value: { readonly type?: unknown } | null | undefined,
): value is ComputerActionScreenshot {
  return value?.type === 'screenshot';
}

/**
 * Whether `value` is a {@link ComputerActionScroll} (its `type` is `'scroll'`).
 */
export function isComputerActionScroll(
  value: { readonly type?: unknown } | null | undefined,
): value is ComputerActionScroll {
  return value?.type === 'scroll';
}

/**
 * Whether `value` is a {@link ComputerActionTypeText} (its `type` is `'type'`).
 */
export function isComputerActionTypeText(
  value: { readonly type?: unknown } | null | undefined,
): value is ComputerActionTypeText {
  return value?.type === 'type';
}

/**
 * Whether `value` is a {@link ComputerActionWait} (its `type` is `'wait'`).
 */
export function isComputerActionWait(
  value: { readonly type?: unknown } | null | undefined,
): value is ComputerActionWait {
  return value?.type === 'wait';
}

/**
 * Whether `value` is a {@link WebSearchActionSearch} (its `type` is `'search'`).
 */
export function isWebSearchActionSearch(
  value: { readonly type?: unknown } | null | undefined,
): value is WebSearchActionSearch {
  return value?.type === 'search';
}

/**
 * Whether `value` is a {@link WebSearchActionOpenPage} (its `type` is `'open_page'`).
 */
export function isWebSearchActionOpenPage(
  value: { readonly type?: unknown } | null | undefined,
): value is WebSearchActionOpenPage {
  return value?.type === 'open_page';
}

/**
 * Whether `value` is a {@link WebSearchActionFind} (its `type` is `'find_in_page'`).
 */
export function isWebSearchActionFind(
  value: { readonly type?: unknown } | null | undefined,
): value is WebSearchActionFind {
  return value?.type === 'find_in_page';
}

/**
 * Whether `value` is a {@link FunctionTool} (its `type` is `'function'`).
 */
export function isFunctionTool(value: { readonly type?: unknown } | null | undefined): value is FunctionTool {
  return value?.type === 'function';
}

/**
 * Whether `value` is a {@link FileSearchTool} (its `type` is `'file_search'`).
 */
export function isFileSearchTool(
  value: { readonly type?: unknown } | null | undefined,
): value is FileSearchTool {
  return value?.type === 'file_search';
}

/**
 * Whether `value` is a {@link WebSearchTool} (its `type` is `'web_search'`).
 */
export function isWebSearchTool(
  value: { readonly type?: unknown } | null | undefined,
): value is WebSearchTool {
  return value?.type === 'web_search';
}

/**
 * Whether `value` is a {@link WebSearch20250826Tool} (its `type` is `'web_search_2025_08_26'`).
 */
export function isWebSearch20250826Tool(
  value: { readonly type?: unknown } | null | undefined,
): value is WebSearch20250826Tool {
  return value?.type === 'web_search_2025_08_26';
}

/**
 * Whether `value` is a {@link WebSearchPreviewTool} (its `type` is `'web_search_preview'`).
 */
export function isWebSearchPreviewTool(
  value: { readonly type?: unknown } | null | undefined,
): value is WebSearchPreviewTool {
  return value?.type === 'web_search_preview';
}

/**
 * Whether `value` is a {@link WebSearchPreview20250311Tool} (its `type` is `'web_search_preview_2025_03_11'`).
 */
export function isWebSearchPreview20250311Tool(
  value: { readonly type?: unknown } | null | undefined,
): value is WebSearchPreview20250311Tool {
  return value?.type === 'web_search_preview_2025_03_11';
}

/**
 * Whether `value` is a {@link CodeInterpreterTool} (its `type` is `'code_interpreter'`).
 */
export function isCodeInterpreterTool(
  value: { readonly type?: unknown } | null | undefined,
): value is CodeInterpreterTool {
  return value?.type === 'code_interpreter';
}

/**
 * Whether `value` is a {@link ComputerUsePreviewTool} (its `type` is `'computer_use_preview'`).
 */
export function isComputerUsePreviewTool(
  value: { readonly type?: unknown } | null | undefined,
): value is ComputerUsePreviewTool {
  return value?.type === 'computer_use_preview';
}

/**
 * Whether `value` is a {@link ComputerTool} (its `type` is `'computer'`).
 */
export function isComputerTool(value: { readonly type?: unknown } | null | undefined): value is ComputerTool {
  return value?.type === 'computer';
}

/**
 * Whether `value` is a {@link ImageGenerationTool} (its `type` is `'image_generation'`).
 */
export function isImageGenerationTool(
  value: { readonly type?: unknown } | null | undefined,
): value is ImageGenerationTool {
  return value?.type === 'image_generation';
}

/**
 * Whether `value` is a {@link McpTool} (its `type` is `'mcp'`).
 */
export function isMcpTool(value: { readonly type?: unknown } | null | undefined): value is McpTool {
  return value?.type === 'mcp';
}

/**
 * Whether `value` is a {@link LocalShellTool} (its `type` is `'local_shell'`).
 */
export function isLocalShellTool(
  value: { readonly type?: unknown } | null | undefined,
): value is LocalShellTool {
  return value?.type === 'local_shell';
}

/**
 * Whether `value` is a {@link ShellTool} (its `type` is `'shell'`).
 */
export function isShellTool(value: { readonly type?: unknown } | null | undefined): value is ShellTool {
  return value?.type === 'shell';
}

/**
 * Whether `value` is a {@link FunctionShellTool} (its `type` is `'function_shell'`).
 */
export function isFunctionShellTool(
  value: { readonly type?: unknown } | null | undefined,
): value is FunctionShellTool {
  return value?.type === 'function_shell';
}

/**
 * Whether `value` is a {@link CustomTool} (its `type` is `'custom'`).
 */
export function isCustomTool(value: { readonly type?: unknown } | null | undefined): value is CustomTool {
  return value?.type === 'custom';
}

/**
 * Whether `value` is a {@link ApplyPatchTool} (its `type` is `'apply_patch'`).
 */
export function isApplyPatchTool(
  value: { readonly type?: unknown } | null | undefined,
): value is ApplyPatchTool {
  return value?.type === 'apply_patch';
}

/**
 * Whether `value` is a {@link ToolSearchTool} (its `type` is `'tool_search'`).
 */
export function isToolSearchTool(
  value: { readonly type?: unknown } | null | undefined,
): value is ToolSearchTool {
  return value?.type === 'tool_search';
}

/**
 * Whether `value` is a {@link ProgrammaticToolCallingTool} (its `type` is `'programmatic_tool_calling'`).
 */
export function isProgrammaticToolCallingTool(
  value: { readonly type?: unknown } | null | undefined,
): value is ProgrammaticToolCallingTool {
  return value?.type === 'programmatic_tool_calling';
}

/**
 * Whether `value` is a {@link NamespaceTool} (its `type` is `'namespace'`).
 */
export function isNamespaceTool(
  value: { readonly type?: unknown } | null | undefined,
): value is NamespaceTool {
  return value?.type === 'namespace';
}

/**
 * Whether `value` is a {@link ResponseFormatText} (its `type` is `'text'`).
 */
export function isResponseFormatText(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseFormatText {
  return value?.type === 'text';
}

/**
 * Whether `value` is a {@link ResponseFormatJsonObject} (its `type` is `'json_object'`).
 */
export function isResponseFormatJsonObject(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseFormatJsonObject {
  return value?.type === 'json_object';
}

/**
 * Whether `value` is a {@link ResponseFormatTextJsonSchemaConfig} (its `type` is `'json_schema'`).
 */
export function isResponseFormatTextJsonSchemaConfig(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseFormatTextJsonSchemaConfig {
  return value?.type === 'json_schema';
}

/**
 * Whether `value` is a {@link ResponseOutputMessage} (its `type` is `'message'`).
 */
export function isResponseOutputMessage(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseOutputMessage {
  return value?.type === 'message';
}

/**
 * Whether `value` is a {@link ResponseFunctionToolCall} (its `type` is `'function_call'`).
 */
export function isResponseFunctionToolCall(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseFunctionToolCall {
  return value?.type === 'function_call';
}

/**
 * Whether `value` is a {@link ResponseFunctionCallOutputItem} (its `type` is `'function_call_output'`).
 */
export function isResponseFunctionCallOutputItem(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseFunctionCallOutputItem {
  return value?.type === 'function_call_output';
}

/**
 * Whether `value` is a {@link ResponseReasoningItem} (its `type` is `'reasoning'`).
 */
export function isResponseReasoningItem(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseReasoningItem {
  return value?.type === 'reasoning';
}

/**
 * Whether `value` is a {@link ResponseFileSearchToolCall} (its `type` is `'file_search_call'`).
 */
export function isResponseFileSearchToolCall(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseFileSearchToolCall {
  return value?.type === 'file_search_call';
}

/**
 * Whether `value` is a {@link ResponseFunctionWebSearch} (its `type` is `'web_search_call'`).
 */
export function isResponseFunctionWebSearch(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseFunctionWebSearch {
  return value?.type === 'web_search_call';
}

/**
 * Whether `value` is a {@link ResponseCodeInterpreterToolCall} (its `type` is `'code_interpreter_call'`).
 */
export function isResponseCodeInterpreterToolCall(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseCodeInterpreterToolCall {
  return value?.type === 'code_interpreter_call';
}

/**
 * Whether `value` is a {@link ResponseComputerToolCall} (its `type` is `'computer_call'`).
 */
export function isResponseComputerToolCall(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseComputerToolCall {
  return value?.type === 'computer_call';
}

/**
 * Whether `value` is a {@link ResponseComputerCallOutputItem} (its `type` is `'computer_call_output'`).
 */
export function isResponseComputerCallOutputItem(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseComputerCallOutputItem {
  return value?.type === 'computer_call_output';
}

/**
 * Whether `value` is a {@link ResponseImageGenerationCall} (its `type` is `'image_generation_call'`).
 */
export function isResponseImageGenerationCall(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseImageGenerationCall {
  return value?.type === 'image_generation_call';
}

/**
 * Whether `value` is a {@link ResponseLocalShellCall} (its `type` is `'local_shell_call'`).
 */
export function isResponseLocalShellCall(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseLocalShellCall {
  return value?.type === 'local_shell_call';
}

/**
 * Whether `value` is a {@link ResponseLocalShellCallOutput} (its `type` is `'local_shell_call_output'`).
 */
export function isResponseLocalShellCallOutput(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseLocalShellCallOutput {
  return value?.type === 'local_shell_call_output';
}

/**
 * Whether `value` is a {@link ResponseShellCall} (its `type` is `'shell_call'`).
 */
export function isResponseShellCall(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseShellCall {
  return value?.type === 'shell_call';
}

/**
 * Whether `value` is a {@link ResponseShellCallOutput} (its `type` is `'shell_call_output'`).
 */
export function isResponseShellCallOutput(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseShellCallOutput {
  return value?.type === 'shell_call_output';
}

/**
 * Whether `value` is a {@link ResponseApplyPatchCall} (its `type` is `'apply_patch_call'`).
 */
export function isResponseApplyPatchCall(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseApplyPatchCall {
  return value?.type === 'apply_patch_call';
}

/**
 * Whether `value` is a {@link ResponseApplyPatchCallOutput} (its `type` is `'apply_patch_call_output'`).
 */
export function isResponseApplyPatchCallOutput(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseApplyPatchCallOutput {
  return value?.type === 'apply_patch_call_output';
}

/**
 * Whether `value` is a {@link ResponseMcpCall} (its `type` is `'mcp_call'`).
 */
export function isResponseMcpCall(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseMcpCall {
  return value?.type === 'mcp_call';
}

/**
 * Whether `value` is a {@link ResponseMcpListTools} (its `type` is `'mcp_list_tools'`).
 */
export function isResponseMcpListTools(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseMcpListTools {
  return value?.type === 'mcp_list_tools';
}

/**
 * Whether `value` is a {@link ResponseMcpApprovalRequest} (its `type` is `'mcp_approval_request'`).
 */
export function isResponseMcpApprovalRequest(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseMcpApprovalRequest {
  return value?.type === 'mcp_approval_request';
}

/**
 * Whether `value` is a {@link ResponseMcpApprovalResponse} (its `type` is `'mcp_approval_response'`).
 */
export function isResponseMcpApprovalResponse(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseMcpApprovalResponse {
  return value?.type === 'mcp_approval_response';
}

/**
 * Whether `value` is a {@link ResponseCustomToolCall} (its `type` is `'custom_tool_call'`).
 */
export function isResponseCustomToolCall(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseCustomToolCall {
  return value?.type === 'custom_tool_call';
}

/**
 * Whether `value` is a {@link ResponseCustomToolCallOutput} (its `type` is `'custom_tool_call_output'`).
 */
export function isResponseCustomToolCallOutput(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseCustomToolCallOutput {
  return value?.type === 'custom_tool_call_output';
}

/**
 * Whether `value` is a {@link ResponseToolSearchCall} (its `type` is `'tool_search_call'`).
 */
export function isResponseToolSearchCall(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseToolSearchCall {
  return value?.type === 'tool_search_call';
}

/**
 * Whether `value` is a {@link ResponseToolSearchOutput} (its `type` is `'tool_search_output'`).
 */
export function isResponseToolSearchOutput(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseToolSearchOutput {
  return value?.type === 'tool_search_output';
}

/**
 * Whether `value` is a {@link ResponseAdditionalTools} (its `type` is `'additional_tools'`).
 */
export function isResponseAdditionalTools(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseAdditionalTools {
  return value?.type === 'additional_tools';
}

/**
 * Whether `value` is a {@link ResponseProgram} (its `type` is `'program'`).
 */
export function isResponseProgram(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseProgram {
  return value?.type === 'program';
}

/**
 * Whether `value` is a {@link ResponseProgramOutput} (its `type` is `'program_output'`).
 */
export function isResponseProgramOutput(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseProgramOutput {
  return value?.type === 'program_output';
}

/**
 * Whether `value` is a {@link ResponseCompaction} (its `type` is `'compaction'`).
 */
export function isResponseCompaction(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseCompaction {
  return value?.type === 'compaction';
}

/**
 * Whether `value` is a {@link ModerationResult} (its `type` is `'moderation_result'`).
 */
export function isModerationResult(
  value: { readonly type?: unknown } | null | undefined,
): value is ModerationResult {
  return value?.type === 'moderation_result';
}

/**
 * Whether `value` is a {@link ModerationError} (its `type` is `'error'`).
 */
export function isModerationError(
  value: { readonly type?: unknown } | null | undefined,
): value is ModerationError {
  return value?.type === 'error';
}

/**
 * Whether `value` is a {@link ResponseReasoningText} (its `type` is `'reasoning_text'`).
 */
export function isResponseReasoningText(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseReasoningText {
  return value?.type === 'reasoning_text';
}

/**
 * Whether `value` is a {@link ResponseCreatedEvent} (its `type` is `'response.created'`).
 */
export function isResponseCreatedEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseCreatedEvent {
  return value?.type === 'response.created';
}

/**
 * Whether `value` is a {@link ResponseQueuedEvent} (its `type` is `'response.queued'`).
 */
export function isResponseQueuedEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseQueuedEvent {
  return value?.type === 'response.queued';
}

/**
 * Whether `value` is a {@link ResponseInProgressEvent} (its `type` is `'response.in_progress'`).
 */
export function isResponseInProgressEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseInProgressEvent {
  return value?.type === 'response.in_progress';
}

/**
 * Whether `value` is a {@link ResponseCompletedEvent} (its `type` is `'response.completed'`).
 */
export function isResponseCompletedEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseCompletedEvent {
  return value?.type === 'response.completed';
}

/**
 * Whether `value` is a {@link ResponseFailedEvent} (its `type` is `'response.failed'`).
 */
export function isResponseFailedEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseFailedEvent {
  return value?.type === 'response.failed';
}

/**
 * Whether `value` is a {@link ResponseIncompleteEvent} (its `type` is `'response.incomplete'`).
 */
export function isResponseIncompleteEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseIncompleteEvent {
  return value?.type === 'response.incomplete';
}

/**
 * Whether `value` is a {@link ResponseOutputItemAddedEvent} (its `type` is `'response.output_item.added'`).
 */
export function isResponseOutputItemAddedEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseOutputItemAddedEvent {
  return value?.type === 'response.output_item.added';
}

/**
 * Whether `value` is a {@link ResponseOutputItemDoneEvent} (its `type` is `'response.output_item.done'`).
 */
export function isResponseOutputItemDoneEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseOutputItemDoneEvent {
  return value?.type === 'response.output_item.done';
}

/**
 * Whether `value` is a {@link ResponseContentPartAddedEvent} (its `type` is `'response.content_part.added'`).
 */
export function isResponseContentPartAddedEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseContentPartAddedEvent {
  return value?.type === 'response.content_part.added';
}

/**
 * Whether `value` is a {@link ResponseContentPartDoneEvent} (its `type` is `'response.content_part.done'`).
 */
export function isResponseContentPartDoneEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseContentPartDoneEvent {
  return value?.type === 'response.content_part.done';
}

/**
 * Whether `value` is a {@link ResponseOutputTextDeltaEvent} (its `type` is `'response.output_text.delta'`).
 */
export function isResponseOutputTextDeltaEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseOutputTextDeltaEvent {
  return value?.type === 'response.output_text.delta';
}

/**
 * Whether `value` is a {@link ResponseOutputTextDoneEvent} (its `type` is `'response.output_text.done'`).
 */
export function isResponseOutputTextDoneEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseOutputTextDoneEvent {
  return value?.type === 'response.output_text.done';
}

/**
 * Whether `value` is a {@link ResponseOutputTextAnnotationAddedEvent} (its `type` is `'response.output_text.annotation.added'`).
 */
export function isResponseOutputTextAnnotationAddedEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseOutputTextAnnotationAddedEvent {
  return value?.type === 'response.output_text.annotation.added';
}

/**
 * Whether `value` is a {@link ResponseRefusalDeltaEvent} (its `type` is `'response.refusal.delta'`).
 */
export function isResponseRefusalDeltaEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseRefusalDeltaEvent {
  return value?.type === 'response.refusal.delta';
}

/**
 * Whether `value` is a {@link ResponseRefusalDoneEvent} (its `type` is `'response.refusal.done'`).
 */
export function isResponseRefusalDoneEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseRefusalDoneEvent {
  return value?.type === 'response.refusal.done';
}

/**
 * Whether `value` is a {@link ResponseFunctionCallArgumentsDeltaEvent} (its `type` is `'response.function_call_arguments.delta'`).
 */
export function isResponseFunctionCallArgumentsDeltaEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseFunctionCallArgumentsDeltaEvent {
  return value?.type === 'response.function_call_arguments.delta';
}

/**
 * Whether `value` is a {@link ResponseFunctionCallArgumentsDoneEvent} (its `type` is `'response.function_call_arguments.done'`).
 */
export function isResponseFunctionCallArgumentsDoneEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseFunctionCallArgumentsDoneEvent {
  return value?.type === 'response.function_call_arguments.done';
}

/**
 * Whether `value` is a {@link ResponseCustomToolCallInputDeltaEvent} (its `type` is `'response.custom_tool_call_input.delta'`).
 */
export function isResponseCustomToolCallInputDeltaEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseCustomToolCallInputDeltaEvent {
  return value?.type === 'response.custom_tool_call_input.delta';
}

/**
 * Whether `value` is a {@link ResponseCustomToolCallInputDoneEvent} (its `type` is `'response.custom_tool_call_input.done'`).
 */
export function isResponseCustomToolCallInputDoneEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseCustomToolCallInputDoneEvent {
  return value?.type === 'response.custom_tool_call_input.done';
}

/**
 * Whether `value` is a {@link ResponseMcpCallArgumentsDeltaEvent} (its `type` is `'response.mcp_call_arguments.delta'`).
 */
export function isResponseMcpCallArgumentsDeltaEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseMcpCallArgumentsDeltaEvent {
  return value?.type === 'response.mcp_call_arguments.delta';
}

/**
 * Whether `value` is a {@link ResponseMcpCallArgumentsDoneEvent} (its `type` is `'response.mcp_call_arguments.done'`).
 */
export function isResponseMcpCallArgumentsDoneEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseMcpCallArgumentsDoneEvent {
  return value?.type === 'response.mcp_call_arguments.done';
}

/**
 * Whether `value` is a {@link ResponseReasoningSummaryPartAddedEvent} (its `type` is `'response.reasoning_summary_part.added'`).
 */
export function isResponseReasoningSummaryPartAddedEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseReasoningSummaryPartAddedEvent {
  return value?.type === 'response.reasoning_summary_part.added';
}

/**
 * Whether `value` is a {@link ResponseReasoningSummaryPartDoneEvent} (its `type` is `'response.reasoning_summary_part.done'`).
 */
export function isResponseReasoningSummaryPartDoneEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseReasoningSummaryPartDoneEvent {
  return value?.type === 'response.reasoning_summary_part.done';
}

/**
 * Whether `value` is a {@link ResponseReasoningSummaryTextDeltaEvent} (its `type` is `'response.reasoning_summary_text.delta'`).
 */
export function isResponseReasoningSummaryTextDeltaEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseReasoningSummaryTextDeltaEvent {
  return value?.type === 'response.reasoning_summary_text.delta';
}

/**
 * Whether `value` is a {@link ResponseReasoningSummaryTextDoneEvent} (its `type` is `'response.reasoning_summary_text.done'`).
 */
export function isResponseReasoningSummaryTextDoneEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseReasoningSummaryTextDoneEvent {
  return value?.type === 'response.reasoning_summary_text.done';
}

/**
 * Whether `value` is a {@link ResponseReasoningTextDeltaEvent} (its `type` is `'response.reasoning_text.delta'`).
 */
export function isResponseReasoningTextDeltaEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseReasoningTextDeltaEvent {
  return value?.type === 'response.reasoning_text.delta';
}

/**
 * Whether `value` is a {@link ResponseReasoningTextDoneEvent} (its `type` is `'response.reasoning_text.done'`).
 */
export function isResponseReasoningTextDoneEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseReasoningTextDoneEvent {
  return value?.type === 'response.reasoning_text.done';
}

/**
 * Whether `value` is a {@link ResponseFileSearchCallInProgressEvent} (its `type` is `'response.file_search_call.in_progress'`).
 */
export function isResponseFileSearchCallInProgressEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseFileSearchCallInProgressEvent {
  return value?.type === 'response.file_search_call.in_progress';
}

/**
 * Whether `value` is a {@link ResponseFileSearchCallSearchingEvent} (its `type` is `'response.file_search_call.searching'`).
 */
export function isResponseFileSearchCallSearchingEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseFileSearchCallSearchingEvent {
  return value?.type === 'response.file_search_call.searching';
}

/**
 * Whether `value` is a {@link ResponseFileSearchCallCompletedEvent} (its `type` is `'response.file_search_call.completed'`).
 */
export function isResponseFileSearchCallCompletedEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseFileSearchCallCompletedEvent {
  return value?.type === 'response.file_search_call.completed';
}

/**
 * Whether `value` is a {@link ResponseWebSearchCallInProgressEvent} (its `type` is `'response.web_search_call.in_progress'`).
 */
export function isResponseWebSearchCallInProgressEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseWebSearchCallInProgressEvent {
  return value?.type === 'response.web_search_call.in_progress';
}

/**
 * Whether `value` is a {@link ResponseWebSearchCallSearchingEvent} (its `type` is `'response.web_search_call.searching'`).
 */
export function isResponseWebSearchCallSearchingEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseWebSearchCallSearchingEvent {
  return value?.type === 'response.web_search_call.searching';
}

/**
 * Whether `value` is a {@link ResponseWebSearchCallCompletedEvent} (its `type` is `'response.web_search_call.completed'`).
 */
export function isResponseWebSearchCallCompletedEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseWebSearchCallCompletedEvent {
  return value?.type === 'response.web_search_call.completed';
}

/**
 * Whether `value` is a {@link ResponseCodeInterpreterCallInProgressEvent} (its `type` is `'response.code_interpreter_call.in_progress'`).
 */
export function isResponseCodeInterpreterCallInProgressEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseCodeInterpreterCallInProgressEvent {
  return value?.type === 'response.code_interpreter_call.in_progress';
}

/**
 * Whether `value` is a {@link ResponseCodeInterpreterCallInterpretingEvent} (its `type` is `'response.code_interpreter_call.interpreting'`).
 */
export function isResponseCodeInterpreterCallInterpretingEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseCodeInterpreterCallInterpretingEvent {
  return value?.type === 'response.code_interpreter_call.interpreting';
}

/**
 * Whether `value` is a {@link ResponseCodeInterpreterCallCompletedEvent} (its `type` is `'response.code_interpreter_call.completed'`).
 */
export function isResponseCodeInterpreterCallCompletedEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseCodeInterpreterCallCompletedEvent {
  return value?.type === 'response.code_interpreter_call.completed';
}

/**
 * Whether `value` is a {@link ResponseCodeInterpreterCallCodeDeltaEvent} (its `type` is `'response.code_interpreter_call_code.delta'`).
 */
export function isResponseCodeInterpreterCallCodeDeltaEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseCodeInterpreterCallCodeDeltaEvent {
  return value?.type === 'response.code_interpreter_call_code.delta';
}

/**
 * Whether `value` is a {@link ResponseCodeInterpreterCallCodeDoneEvent} (its `type` is `'response.code_interpreter_call_code.done'`).
 */
export function isResponseCodeInterpreterCallCodeDoneEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseCodeInterpreterCallCodeDoneEvent {
  return value?.type === 'response.code_interpreter_call_code.done';
}

/**
 * Whether `value` is a {@link ResponseImageGenerationCallInProgressEvent} (its `type` is `'response.image_generation_call.in_progress'`).
 */
export function isResponseImageGenerationCallInProgressEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseImageGenerationCallInProgressEvent {
  return value?.type === 'response.image_generation_call.in_progress';
}

/**
 * Whether `value` is a {@link ResponseImageGenerationCallGeneratingEvent} (its `type` is `'response.image_generation_call.generating'`).
 */
export function isResponseImageGenerationCallGeneratingEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseImageGenerationCallGeneratingEvent {
  return value?.type === 'response.image_generation_call.generating';
}

/**
 * Whether `value` is a {@link ResponseImageGenerationCallPartialImageEvent} (its `type` is `'response.image_generation_call.partial_image'`).
 */
export function isResponseImageGenerationCallPartialImageEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseImageGenerationCallPartialImageEvent {
  return value?.type === 'response.image_generation_call.partial_image';
}

/**
 * Whether `value` is a {@link ResponseImageGenerationCallCompletedEvent} (its `type` is `'response.image_generation_call.completed'`).
 */
export function isResponseImageGenerationCallCompletedEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseImageGenerationCallCompletedEvent {
  return value?.type === 'response.image_generation_call.completed';
}

/**
 * Whether `value` is a {@link ResponseMcpCallInProgressEvent} (its `type` is `'response.mcp_call.in_progress'`).
 */
export function isResponseMcpCallInProgressEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseMcpCallInProgressEvent {
  return value?.type === 'response.mcp_call.in_progress';
}

/**
 * Whether `value` is a {@link ResponseMcpCallCompletedEvent} (its `type` is `'response.mcp_call.completed'`).
 */
export function isResponseMcpCallCompletedEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseMcpCallCompletedEvent {
  return value?.type === 'response.mcp_call.completed';
}

/**
 * Whether `value` is a {@link ResponseMcpCallFailedEvent} (its `type` is `'response.mcp_call.failed'`).
 */
export function isResponseMcpCallFailedEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseMcpCallFailedEvent {
  return value?.type === 'response.mcp_call.failed';
}

/**
 * Whether `value` is a {@link ResponseMcpListToolsInProgressEvent} (its `type` is `'response.mcp_list_tools.in_progress'`).
 */
export function isResponseMcpListToolsInProgressEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseMcpListToolsInProgressEvent {
  return value?.type === 'response.mcp_list_tools.in_progress';
}

/**
 * Whether `value` is a {@link ResponseMcpListToolsCompletedEvent} (its `type` is `'response.mcp_list_tools.completed'`).
 */
export function isResponseMcpListToolsCompletedEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseMcpListToolsCompletedEvent {
  return value?.type === 'response.mcp_list_tools.completed';
}

/**
 * Whether `value` is a {@link ResponseMcpListToolsFailedEvent} (its `type` is `'response.mcp_list_tools.failed'`).
 */
export function isResponseMcpListToolsFailedEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseMcpListToolsFailedEvent {
  return value?.type === 'response.mcp_list_tools.failed';
}

/**
 * Whether `value` is a {@link ResponseAudioDeltaEvent} (its `type` is `'response.audio.delta'`).
 */
export function isResponseAudioDeltaEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseAudioDeltaEvent {
  return value?.type === 'response.audio.delta';
}

/**
 * Whether `value` is a {@link ResponseAudioDoneEvent} (its `type` is `'response.audio.done'`).
 */
export function isResponseAudioDoneEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseAudioDoneEvent {
  return value?.type === 'response.audio.done';
}

/**
 * Whether `value` is a {@link ResponseAudioTranscriptDeltaEvent} (its `type` is `'response.audio.transcript.delta'`).
 */
export function isResponseAudioTranscriptDeltaEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseAudioTranscriptDeltaEvent {
  return value?.type === 'response.audio.transcript.delta';
}

/**
 * Whether `value` is a {@link ResponseAudioTranscriptDoneEvent} (its `type` is `'response.audio.transcript.done'`).
 */
export function isResponseAudioTranscriptDoneEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseAudioTranscriptDoneEvent {
  return value?.type === 'response.audio.transcript.done';
}

/**
 * Whether `value` is a {@link ResponseShellCallCommandAddedEvent} (its `type` is `'response.shell_call_command.added'`).
 */
export function isResponseShellCallCommandAddedEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseShellCallCommandAddedEvent {
  return value?.type === 'response.shell_call_command.added';
}

/**
 * Whether `value` is a {@link ResponseShellCallCommandDeltaEvent} (its `type` is `'response.shell_call_command.delta'`).
 */
export function isResponseShellCallCommandDeltaEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseShellCallCommandDeltaEvent {
  return value?.type === 'response.shell_call_command.delta';
}

/**
 * Whether `value` is a {@link ResponseShellCallCommandDoneEvent} (its `type` is `'response.shell_call_command.done'`).
 */
export function isResponseShellCallCommandDoneEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseShellCallCommandDoneEvent {
  return value?.type === 'response.shell_call_command.done';
}

/**
 * Whether `value` is a {@link ResponseShellCallOutputContentDeltaEvent} (its `type` is `'response.shell_call_output_content.delta'`).
 */
export function isResponseShellCallOutputContentDeltaEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseShellCallOutputContentDeltaEvent {
  return value?.type === 'response.shell_call_output_content.delta';
}

/**
 * Whether `value` is a {@link ResponseShellCallOutputContentDoneEvent} (its `type` is `'response.shell_call_output_content.done'`).
 */
export function isResponseShellCallOutputContentDoneEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseShellCallOutputContentDoneEvent {
  return value?.type === 'response.shell_call_output_content.done';
}

/**
 * Whether `value` is a {@link ResponseApplyPatchCallOperationDiffDeltaEvent} (its `type` is `'response.apply_patch_call_operation_diff.delta'`).
 */
export function isResponseApplyPatchCallOperationDiffDeltaEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseApplyPatchCallOperationDiffDeltaEvent {
  return value?.type === 'response.apply_patch_call_operation_diff.delta';
}

/**
 * Whether `value` is a {@link ResponseApplyPatchCallOperationDiffDoneEvent} (its `type` is `'response.apply_patch_call_operation_diff.done'`).
 */
export function isResponseApplyPatchCallOperationDiffDoneEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseApplyPatchCallOperationDiffDoneEvent {
  return value?.type === 'response.apply_patch_call_operation_diff.done';
}

/**
 * Whether `value` is a {@link ResponseCompactionCompactingEvent} (its `type` is `'response.compaction.compacting'`).
 */
export function isResponseCompactionCompactingEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseCompactionCompactingEvent {
  return value?.type === 'response.compaction.compacting';
}

/**
 * Whether `value` is a {@link ResponseKeepaliveEvent} (its `type` is `'keepalive'`).
 */
export function isResponseKeepaliveEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseKeepaliveEvent {
  return value?.type === 'keepalive';
}

/**
 * Whether `value` is a {@link ResponseErrorEvent} (its `type` is `'error'`).
 */
export function isResponseErrorEvent(
  value: { readonly type?: unknown } | null | undefined,
): value is ResponseErrorEvent {
  return value?.type === 'error';
}
