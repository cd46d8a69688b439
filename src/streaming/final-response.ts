/**
 * What `ResponseStream.finalResponse()` promises: the terminal snapshot with `output_text` (and the session id), or
 * the failure that ended the stream.
 *
 * @module
 */
import type { Response } from '../types.js';
import { outputText } from './accumulator.js';

/** A final response: the server's `Response` plus `output_text`, computed as for non-streaming responses. */
export type FinalResponse = Response & { output_text: string };

/** A promise of the final response that the stream settles once (later calls do nothing). */
export interface PendingFinalResponse {
  readonly promise: Promise<FinalResponse>;
  /** Resolves with `snapshot`, `output_text` added and `session_id` set from the header unless the body has one. */
  resolve(snapshot: Response, sessionId: string | undefined): void;
  reject(error: unknown): void;
}

export function pendingFinalResponse(): PendingFinalResponse {
  let resolve!: (value: FinalResponse) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<FinalResponse>((res, rej) => ((resolve = res), (reject = rej)));
  // finalResponse() may never be called; its rejection must not surface as an unhandled rejection.
  promise.catch(() => {});
  return {
    promise,
    resolve(snapshot, sessionId) {
      const session = snapshot.session_id ?? sessionId;
      resolve({
        ...snapshot,
        ...(session === undefined ? {} : { session_id: session }),
        output_text: outputText(snapshot),
      });
    },
    reject,
  };
}
