/**
 * What a `create` call takes and gives: the two request bodies and the non-streamed reply. A module of types only,
 * so that the client, its conversations, the tool loop and structured outputs can all name them without importing
 * each other.
 *
 * @module
 */
import type { ResponseCreateParams } from '../types.js';

export type { SequrityResponse } from '../streaming/final-response.js';

/** A request body that asks for a stream. */
export type StreamingBody = ResponseCreateParams & { stream: true };
/** A request body that asks for one JSON reply. */
export type NonStreamingBody = ResponseCreateParams & { stream?: false | null | undefined };
