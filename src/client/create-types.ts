/**
 * What a `create` call takes and gives: the two request bodies and the non-streamed reply. A module of types only,
 * so that the client, its conversations, the tool loop and structured outputs can all name them without importing
 * each other.
 *
 * @module
 */
import type { FinalResponse } from '../streaming/response-stream.js';
import type { ResponseCreateParams } from '../types.js';

/** A non-streamed reply: the server's `Response` plus `output_text`, and the session and request ids it came with. */
export type SequrityResponse = FinalResponse & {
  /** The `x-request-id` of the reply, if the server sent one. */
  request_id?: string;
};

/** A request body that asks for a stream. */
export type StreamingBody = ResponseCreateParams & { stream: true };
/** A request body that asks for one JSON reply. */
export type NonStreamingBody = ResponseCreateParams & { stream?: false | null | undefined };
