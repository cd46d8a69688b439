/**
 * `sequrity-responses`: a typed client for Sequrity Control's Responses API.
 *
 * @module
 */

// The client.
export { SequrityClient } from './client/sequrity-client.js';
export { Responses } from './client/responses.js';
export type { NonStreamingBody, SequrityResponse, StreamingBody } from './client/create-types.js';
export type { RequestOptions, SequrityClientOptions } from './client/options.js';
export { Conversation } from './client/conversation.js';
export type { Logger, LogLevel } from './client/logger.js';
export { DEFAULT_RETRY_STATUSES } from './client/retry.js';
export type { AttemptOutcome, RetryInfo, RetryOptions } from './client/retry.js';
export { ToolLoopLimitError, ToolLoopStream } from './client/tool-loop.js';
export type { ToolLoopBody, ToolLoopOptions } from './client/tool-loop.js';
export { functionTool } from './client/function-tools.js';
export type {
  FunctionToolDefinition,
  RunnableFunctionTool,
  SchemaToolDefinition,
  ToolRunContext,
} from './client/function-tools.js';
export { APIPromise } from './client/api-promise.js';
export type { WithResponse } from './client/api-promise.js';

// Structured outputs: schemas through the Standard Schema interfaces (types only; no schema library is imported).
export { textFormat } from './client/structured-output.js';
export type {
  JsonSchemaObject,
  ParseBody,
  ParsedOutputMessage,
  ParsedOutputText,
  ParsedResponse,
  ParsedResponseStream,
  SchemaInput,
  TextFormat,
  TextFormatOptions,
} from './client/structured-output.js';
export type {
  StandardJSONSchemaOptions,
  StandardJSONSchemaV1,
  StandardOutput,
  StandardSchemaIssue,
  StandardSchemaResult,
  StandardSchemaV1,
  StandardTypedProps,
} from './client/standard-schema.js';
export type { EndpointType, Provider } from './types.js';

// Security headers: presets mirroring the Python SDK's, overrides and serialisation.
export {
  config,
  features,
  mergeHeaderOverrides,
  policy,
  serializeJsonHeader,
} from './client/security-headers/index.js';
export type {
  DualLlmConfigOptions,
  DualLlmPolicyOptions,
  FeaturesPresetOptions,
  HeaderDocument,
  HeaderOverrides,
  SingleLlmConfigOptions,
  SingleLlmPolicyOptions,
} from './client/security-headers/index.js';

// Sessions and results.
export { sessionIdFromCallId } from './client/sessions.js';
export { parseDualLlmResult } from './client/dual-llm-result.js';
export type {
  DualLlmResultSource,
  ParsedDualLlmResult,
  TypedDualLlmResult,
} from './client/dual-llm-result.js';

// Errors.
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  readErrorBody,
  SequrityError,
  StreamError,
  StreamEventError,
  StructuredOutputError,
  UnprocessableEntityError,
} from './errors/index.js';
export type {
  APIErrorContext,
  APIErrorDetails,
  APIErrorName,
  SequrityErrorOptions,
  StreamErrorType,
  StructuredOutputErrorType,
} from './errors/index.js';
export { redactSecrets } from './internal/redact.js';

// Streaming.
export { ResponseStream } from './streaming/response-stream.js';
// The stream's own options are `ReadStreamOptions`: the name `ResponseStreamOptions` belongs to the spec's
// `stream_options` type (from the generated barrel, below).
export type { ReadStreamOptions } from './streaming/stream-options.js';
export { DEFAULT_MAX_EVENT_BYTES, DEFAULT_MAX_RESPONSE_BYTES } from './streaming/stream-options.js';
export type { FetchResult, StreamReply } from './streaming/stream-reply.js';
export { ResponseAccumulator } from './streaming/accumulator.js';
export { outputText } from './streaming/final-response.js';
export type { StreamEvent, UnknownStreamEvent } from './streaming/stream-event.js';
export { isResponseStreamEvent } from './streaming/stream-event.js';
export { createSseDecoder } from './streaming/sse-decoder.js';
export type { SseDecoder, SseDecoderOptions, SseMessage } from './streaming/sse-decoder.js';
export { createSseEncoder } from './streaming/sse-encoder.js';
export type { SseEncoder, SseEncoderOptions, SseFrame, SseLineEnding } from './streaming/sse-encoder.js';

// The low-level client generated from the spec, and the encoder for its JSON header documents.
export { createLowLevelClient, OPERATIONS, PARAMETER_ENUMS, SERVERS } from './spec.js';
export type { JsonHeaderDocuments, LowLevelClient, LowLevelClientOptions } from './spec.js';
export { encodeJsonHeaders } from './json-headers.js';

// The spec's names: every component schema (the wire types), the tag type, tag map, tag list and tag guard of every
// union, and a guard per union member. The generator lists them by name in its own barrel, so they never drift from
// the spec and are never written here; test/generator.test.ts checks that each one reaches the package.
export * from '../generated/index.gen.js';
