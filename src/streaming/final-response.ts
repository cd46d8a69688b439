/**
 * The final response of a stream: the terminal snapshot with `output_text` (and the session id), the text itself
 * (shared with non-streamed replies), and the promise of it that a stream settles once.
 *
 * @module
 */
import { isObject } from '../internal/validate.js';
import type { Response } from '../types.js';
import { concat, forEachElement } from './json-values.js';

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

/**
 * All `output_text` parts of all `message` items joined in order: the `output_text` convenience property, with the
 * same meaning in streaming and non-streaming responses.
 *
 * @throws {@link StreamError} `response-too-large` when the joined text is longer than the longest string the runtime
 *   can hold.
 */
export function outputText(response: Pick<Response, 'output'>): string {
  let text = '';
  const output: unknown = response.output;
  if (!Array.isArray(output)) return text;
  // A response built elsewhere may have holes: they cost nothing.
  forEachElement(output as unknown[], (item) => {
    if (!isObject(item) || item['type'] !== 'message' || !Array.isArray(item['content'])) return;
    forEachElement(item['content'] as unknown[], (part) => {
      if (isObject(part) && part['type'] === 'output_text' && typeof part['text'] === 'string')
        text = concat(
          text,
          part['text'],
          "The response's output_text",
          '; read its parts from output instead',
        );
    });
  });
  return text;
}

/**
 * `snapshot` as a final response: `output_text` added, `session_id` set from the header unless the body has one,
 * and `request_id` from the header.
 *
 * @throws {@link StreamError} `response-too-large` as {@link outputText} does.
 */
export function toFinalResponse(
  snapshot: Response,
  sessionId: string | undefined,
  requestId?: string | undefined,
): SequrityResponse {
  const session = snapshot.session_id ?? sessionId;
  return {
    ...snapshot,
    ...(session !== undefined && { session_id: session }),
    output_text: outputText(snapshot),
    ...(requestId !== undefined && { request_id: requestId }),
  };
}

/**
 * A promise of the final response and what settles it: what `finalResponse()` returns, for `ResponseStream` and the
 * tool loop's stream alike. It settles once (later calls do nothing), and a rejection nobody awaits is not reported
 * as unhandled, since `finalResponse()` may never be called.
 */
export interface PendingFinalResponse {
  readonly promise: Promise<SequrityResponse>;
  resolve(response: SequrityResponse): void;
  reject(error: unknown): void;
}

/** A new {@link PendingFinalResponse}. */
export function pendingFinalResponse(): PendingFinalResponse {
  let resolve!: (value: SequrityResponse) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<SequrityResponse>((res, rej) => ((resolve = res), (reject = rej)));
  promise.catch(() => {});
  return { promise, resolve, reject };
}
