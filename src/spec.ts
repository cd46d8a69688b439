// The one module of src/ that imports run-time code from generated/: the low-level client, the lists of known
// union tags and the type guards. Everything else in src/ imports them from here.
import { createGeneratedClient, type LowLevelClient } from '../generated/client.gen.js';
import { safeClientOptions, type LowLevelClientOptions } from './low-level-client.js';

export { OPERATIONS, PARAMETER_ENUMS, SERVERS } from '../generated/client.gen.js';
export type { JsonHeaderDocuments } from '../generated/client.gen.js';
export type { LowLevelClient };
export type { LowLevelClientOptions } from './low-level-client.js';

/**
 * The generated client without the safe defaults, for `SequrityClient`, whose transport refuses redirects, bounds
 * bodies and reads them itself.
 *
 * @internal
 */
export { createGeneratedClient };

/**
 * Creates the typed low-level client: one method per operation, each returning openapi-fetch's
 * `{ data, error, response }`. A call whose body says `stream: true` reads the reply as `text/event-stream` unless it
 * passes `parseAs`: `data` is then the unread body stream. Other calls get the parsed JSON document.
 *
 * Safe by default: a redirect is refused with an `APIError` naming its `Location` (it would re-send the
 * credentials, the security headers and the prompt) unless these options pass your own `fetch` or a `redirect`
 * (a call's own `redirect: 'follow'` is also followed); an error reply's body is read up to 64 KiB, the rest
 * cancelled; a successful body up to `maxResponseBytes`.
 *
 * @param options - openapi-fetch client options (`baseUrl`, `fetch`, `headers`, `redirect`, …) and
 *   `maxResponseBytes`.
 * @defaultValue options.baseUrl `https://api.sequrity.ai`
 * @throws `TypeError` / `RangeError` for an invalid `maxResponseBytes`.
 * @example
 * ```ts
 * const client = createLowLevelClient({ headers: { Authorization: `Bearer ${key}` } });
 * const { data, error } = await client.createResponse({ params, body });
 * ```
 */
export function createLowLevelClient(options: LowLevelClientOptions = {}): LowLevelClient {
  return createGeneratedClient(safeClientOptions(options));
}

// The tag lists and tag guards of every union and a guard per union member, by name.
// <generated-exports>
// Generated from openapi/openapi.yaml by scripts/generate.ts (export lists).
// Do not edit: change the spec and run `npm run generate`.
export {
  COMPUTER_ACTION_TYPES,
  MODERATION_OUTCOME_TYPES,
  RESPONSE_CONTENT_PART_TYPES,
  RESPONSE_FORMAT_TEXT_CONFIG_TYPES,
  RESPONSE_INPUT_CONTENT_TYPES,
  RESPONSE_OUTPUT_ITEM_TYPES,
  RESPONSE_OUTPUT_MESSAGE_CONTENT_TYPES,
  RESPONSE_OUTPUT_TEXT_ANNOTATION_TYPES,
  RESPONSE_STREAM_EVENT_TYPES,
  TOOL_TYPES,
  WEB_SEARCH_ACTION_TYPES,
  isComputerActionType,
  isModerationOutcomeType,
  isResponseContentPartType,
  isResponseFormatTextConfigType,
  isResponseInputContentType,
  isResponseOutputItemType,
  isResponseOutputMessageContentType,
  isResponseOutputTextAnnotationType,
  isResponseStreamEventType,
  isToolType,
  isWebSearchActionType,
} from '../generated/unions.gen.js';
export {
  isApplyPatchTool,
  isCodeInterpreterTool,
  isComputerActionClick,
  isComputerActionDoubleClick,
  isComputerActionDrag,
  isComputerActionKeypress,
  isComputerActionMove,
  isComputerActionScreenshot,
  isComputerActionScroll,
  isComputerActionTypeText,
  isComputerActionWait,
  isComputerTool,
  isComputerUsePreviewTool,
  isContainerFileCitationAnnotation,
  isCustomTool,
  isFileCitationAnnotation,
  isFilePathAnnotation,
  isFileSearchTool,
  isFunctionShellTool,
  isFunctionTool,
  isImageGenerationTool,
  isLocalShellTool,
  isMcpTool,
  isModerationError,
  isModerationResult,
  isNamespaceTool,
  isProgrammaticToolCallingTool,
  isResponseAdditionalTools,
  isResponseApplyPatchCall,
  isResponseApplyPatchCallOperationDiffDeltaEvent,
  isResponseApplyPatchCallOperationDiffDoneEvent,
  isResponseApplyPatchCallOutput,
  isResponseAudioDeltaEvent,
  isResponseAudioDoneEvent,
  isResponseAudioTranscriptDeltaEvent,
  isResponseAudioTranscriptDoneEvent,
  isResponseCodeInterpreterCallCodeDeltaEvent,
  isResponseCodeInterpreterCallCodeDoneEvent,
  isResponseCodeInterpreterCallCompletedEvent,
  isResponseCodeInterpreterCallInProgressEvent,
  isResponseCodeInterpreterCallInterpretingEvent,
  isResponseCodeInterpreterToolCall,
  isResponseCompaction,
  isResponseCompactionCompactingEvent,
  isResponseCompletedEvent,
  isResponseComputerCallOutputItem,
  isResponseComputerToolCall,
  isResponseContentPartAddedEvent,
  isResponseContentPartDoneEvent,
  isResponseCreatedEvent,
  isResponseCustomToolCall,
  isResponseCustomToolCallInputDeltaEvent,
  isResponseCustomToolCallInputDoneEvent,
  isResponseCustomToolCallOutput,
  isResponseErrorEvent,
  isResponseFailedEvent,
  isResponseFileSearchCallCompletedEvent,
  isResponseFileSearchCallInProgressEvent,
  isResponseFileSearchCallSearchingEvent,
  isResponseFileSearchToolCall,
  isResponseFormatJsonObject,
  isResponseFormatText,
  isResponseFormatTextJsonSchemaConfig,
  isResponseFunctionCallArgumentsDeltaEvent,
  isResponseFunctionCallArgumentsDoneEvent,
  isResponseFunctionCallOutputItem,
  isResponseFunctionToolCall,
  isResponseFunctionWebSearch,
  isResponseImageGenerationCall,
  isResponseImageGenerationCallCompletedEvent,
  isResponseImageGenerationCallGeneratingEvent,
  isResponseImageGenerationCallInProgressEvent,
  isResponseImageGenerationCallPartialImageEvent,
  isResponseInProgressEvent,
  isResponseIncompleteEvent,
  isResponseInputAudio,
  isResponseInputFile,
  isResponseInputImage,
  isResponseInputText,
  isResponseKeepaliveEvent,
  isResponseLocalShellCall,
  isResponseLocalShellCallOutput,
  isResponseMcpApprovalRequest,
  isResponseMcpApprovalResponse,
  isResponseMcpCall,
  isResponseMcpCallArgumentsDeltaEvent,
  isResponseMcpCallArgumentsDoneEvent,
  isResponseMcpCallCompletedEvent,
  isResponseMcpCallFailedEvent,
  isResponseMcpCallInProgressEvent,
  isResponseMcpListTools,
  isResponseMcpListToolsCompletedEvent,
  isResponseMcpListToolsFailedEvent,
  isResponseMcpListToolsInProgressEvent,
  isResponseOutputItemAddedEvent,
  isResponseOutputItemDoneEvent,
  isResponseOutputMessage,
  isResponseOutputRefusal,
  isResponseOutputText,
  isResponseOutputTextAnnotationAddedEvent,
  isResponseOutputTextDeltaEvent,
  isResponseOutputTextDoneEvent,
  isResponseProgram,
  isResponseProgramOutput,
  isResponseQueuedEvent,
  isResponseReasoningItem,
  isResponseReasoningSummaryPartAddedEvent,
  isResponseReasoningSummaryPartDoneEvent,
  isResponseReasoningSummaryTextDeltaEvent,
  isResponseReasoningSummaryTextDoneEvent,
  isResponseReasoningText,
  isResponseReasoningTextDeltaEvent,
  isResponseReasoningTextDoneEvent,
  isResponseRefusalDeltaEvent,
  isResponseRefusalDoneEvent,
  isResponseShellCall,
  isResponseShellCallCommandAddedEvent,
  isResponseShellCallCommandDeltaEvent,
  isResponseShellCallCommandDoneEvent,
  isResponseShellCallOutput,
  isResponseShellCallOutputContentDeltaEvent,
  isResponseShellCallOutputContentDoneEvent,
  isResponseToolSearchCall,
  isResponseToolSearchOutput,
  isResponseWebSearchCallCompletedEvent,
  isResponseWebSearchCallInProgressEvent,
  isResponseWebSearchCallSearchingEvent,
  isShellTool,
  isToolSearchTool,
  isUrlCitationAnnotation,
  isWebSearch20250826Tool,
  isWebSearchActionFind,
  isWebSearchActionOpenPage,
  isWebSearchActionSearch,
  isWebSearchPreview20250311Tool,
  isWebSearchPreviewTool,
  isWebSearchTool,
} from '../generated/guards.gen.js';
// </generated-exports>
