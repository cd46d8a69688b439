/**
 * What `ResponseStream.finalResponse()` promises: the terminal snapshot with `output_text` (and the session and request
 * ids), or the failure that ended the stream. {@link SequrityResponse} is also what a non-streamed `create` returns.
 *
 * @module
 */
import type { Response } from '../types.js';
import { outputText } from './accumulator.js';

/**
 * A response as the client hands it over, streamed (`finalResponse()`) or not (`create`): the server's `Response`
 * plus `output_text`, and the session and request ids it came with.
 */
export type SequrityResponse = Response & {
  /** The text of every `output_text` part of the output, joined. */
  output_text: string;
  /** The `x-request-id` of the reply, if the server sent one. */
  request_id?: string;
};

/** A promise of the final response that the stream settles once (later calls do nothing). */
export interface PendingFinalResponse {
  readonly promise: Promise<SequrityResponse>;
  /**
   * Resolves with `snapshot`, `output_text` added, `session_id` set from the header unless the body has one, and
   * `request_id` from the header.
   */
  resolve(snapshot: Response, sessionId: string | undefined, requestId: string | undefined): void;
  reject(error: unknown): void;
}

export function pendingFinalResponse(): PendingFinalResponse {
  let resolve!: (value: SequrityResponse) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<SequrityResponse>((res, rej) => ((resolve = res), (reject = rej)));
  // finalResponse() may never be called; its rejection must not surface as an unhandled rejection.
  promise.catch(() => {});
  return {
    promise,
    resolve(snapshot, sessionId, requestId) {
      const session = snapshot.session_id ?? sessionId;
      resolve({
        ...snapshot,
        ...(session === undefined ? {} : { session_id: session }),
        output_text: outputText(snapshot),
        ...(requestId === undefined ? {} : { request_id: requestId }),
      });
    },
    reject,
  };
}
