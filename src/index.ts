/**
 * `sequrity-responses`: a typed client for Sequrity Control's Responses API.
 *
 * @module
 */

// Errors.
export { SequrityError, StreamError, StreamEventError } from './errors.js';
export type { StreamErrorType } from './errors.js';

// Streaming.
export { ResponseStream } from './streaming/response-stream.js';
export type { FinalResponse } from './streaming/response-stream.js';
export type { ReadStreamOptions } from './streaming/stream-options.js';
export type { FetchResult, StreamReply } from './streaming/stream-reply.js';
export { ResponseAccumulator, outputText } from './streaming/accumulator.js';
export type { StreamEvent, UnknownStreamEvent } from './streaming/stream-event.js';
export { isResponseStreamEvent } from './streaming/stream-event.js';
export { createSseDecoder, DEFAULT_MAX_EVENT_BYTES } from './streaming/sse-decoder.js';
export type { SseDecoder, SseDecoderOptions, SseMessage } from './streaming/sse-decoder.js';
export { createSseEncoder } from './streaming/sse-encoder.js';
export type { SseEncoder, SseEncoderOptions, SseFrame, SseLineEnding } from './streaming/sse-encoder.js';

// The generated low-level client, the known union tags and a type guard per union member. The guards and tag lists
// follow the spec, so they are re-exported whole rather than listed by hand.
export * from './spec.js';

// Wire types: every component schema of the spec, by its component name. They are listed by the generator
// (generated/schemas.gen.ts) rather than by hand here, so the barrel can never drift from the spec.
export type * from './types.js';
