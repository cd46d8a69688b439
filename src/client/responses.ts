/**
 * The calls of `client.responses` and of a conversation: `create`, `parse`, `runTools` and `runToolsStream`. Both
 * are a {@link Responses}; they differ only in how a call is sent (on the client's session, or threaded through the
 * conversation) and where the tool loop runs.
 *
 * @module
 */
import type { ResponseStream } from '../streaming/response-stream.js';
import type { ResponseCreateParams } from '../types.js';
import { APIPromise, type WithResponse } from './api-promise.js';
import type { NonStreamingBody, SequrityResponse, StreamingBody } from './create-types.js';
import type { RequestOptions } from './options.js';
import {
  parseRequest,
  type ParseBody,
  type ParsedResponse,
  type ParsedResponseStream,
} from './structured-output.js';
import {
  runToolLoop,
  ToolLoopStream,
  type ToolLoopBody,
  type ToolLoopHost,
  type ToolLoopOptions,
} from './tool-loop.js';

/** Sends one call; `raw` (asResponse) leaves the reply's body unread. */
export type Send = (
  body: ResponseCreateParams,
  options: RequestOptions | undefined,
  raw: boolean,
) => Promise<WithResponse<SequrityResponse | ResponseStream>>;

/**
 * `client.responses`: creating responses, streamed or not, and the tool loop. A conversation
 * (`client.conversation()`) offers the same calls, each threaded through its session and previous response.
 */
export class Responses {
  readonly #send: Send;
  readonly #host: ToolLoopHost;

  /** @internal */
  constructor(send: Send, host: ToolLoopHost) {
    this.#send = send;
    this.#host = host;
  }

  /**
   * Creates a response (in a conversation: the next turn, with its session and `previous_response_id`; a
   * `previous_response_id` in `body`, or `sessionId` in `options`, wins for this turn).
   *
   * @param body - The request body; `stream: true` returns a {@link ResponseStream}. In a conversation, only the
   *   new input items.
   * @param options - Per-call options over the client's (headers, session, timeouts, retries, signal).
   * @returns The response with `output_text`, `session_id` and `request_id`; or, for `stream: true`, the stream as
   *   soon as the reply's headers arrived. A policy denial is a reply with `status: "failed"`, not an error.
   *   `.withResponse()` adds the fetch `Response` (for a stream, whose `requestId` and `sessionId` already carry
   *   the reply's ids, the one whose body it reads); `.asResponse()` gives it alone, its body unread.
   * @throws {@link APIError} subclasses for error statuses, {@link APIConnectionError},
   *   {@link APIConnectionTimeoutError}, {@link APIUserAbortError}; invalid options throw `TypeError`/`RangeError`.
   */
  create(body: StreamingBody, options?: RequestOptions): APIPromise<ResponseStream>;
  create(body: NonStreamingBody, options?: RequestOptions): APIPromise<SequrityResponse>;
  create(body: ResponseCreateParams, options?: RequestOptions): APIPromise<SequrityResponse | ResponseStream>;
  create(
    body: ResponseCreateParams,
    options?: RequestOptions,
  ): APIPromise<SequrityResponse | ResponseStream> {
    return new APIPromise((raw) => this.#send(body, options, raw));
  }

  /**
   * Creates a response with a structured output and parses it: `create` with a `text.format` made by
   * {@link textFormat}, whose schema types and validates `output_parsed`.
   *
   * @param body - The request; `text.format` must come from `textFormat(schema, { name })`. With `stream: true`
   *   it resolves to the stream, whose `finalResponse()` is parsed.
   * @param options - As for {@link Responses.create}.
   * @returns The response with `output_parsed` (`null` after a refusal, which stays in `output`, or when `status`
   *   is not `completed`) and `parsed` on each `output_text` part; `.withResponse()` and `.asResponse()` as for
   *   `create`.
   * @throws {@link StructuredOutputError} (`'invalid-json'` or `'invalid-output'`, with the text and the issues)
   *   when the output is not JSON or fails the schema's `~standard.validate`; otherwise as {@link Responses.create}.
   * @example
   * ```ts
   * const Answer = z.object({ city: z.string(), celsius: z.number() });
   * const response = await client.responses.parse({
   *   model: 'gpt-5-mini',
   *   input: 'Weather in Paris?',
   *   text: { format: textFormat(Answer, { name: 'weather' }) },
   * });
   * console.log(response.output_parsed?.city);
   * ```
   */
  parse<T>(
    body: ParseBody<T> & { stream: true },
    options?: RequestOptions,
  ): APIPromise<ParsedResponseStream<T>>;
  parse<T>(
    body: ParseBody<T> & { stream?: false | null | undefined },
    options?: RequestOptions,
  ): APIPromise<ParsedResponse<T>>;
  parse(body: ParseBody<unknown>, options?: RequestOptions): APIPromise<never> {
    return parseRequest(body, (raw) => this.#send(body, options, raw));
  }

  /**
   * Runs the tool loop: creates the response, runs the model's function calls with the tools' `run` functions
   * (in parallel unless `parallel_tool_calls: false`), sends one `function_call_output` per call with
   * `previous_response_id` and the session, and repeats until a response has no function calls. In a conversation,
   * every round is a turn of it.
   *
   * @param body - The request; `tools` may mix {@link functionTool}s with plain tools.
   * @param options - Request options plus `maxRounds` (default 10) and `maxToolCallsPerRound` (default 128).
   * @returns The final response; `.withResponse()` adds the final round's fetch `Response`, and `.asResponse()`
   *   gives a `Response` with that one's status and headers and the final response as its unread JSON body (the loop
   *   had to read the original to know it was the last).
   * @throws {@link ToolLoopLimitError} after `maxRounds` responses that still call functions, or for a response
   *   asking for more than `maxToolCallsPerRound` calls (before any runs); any error reply ends the loop with that
   *   error. Tool failures, unknown tools and bad arguments are reported to the model instead.
   * @example
   * ```ts
   * const response = await client.responses.runTools({ model: 'gpt-5-mini', input: 'Weather in Paris?', tools: [weather] });
   * ```
   */
  runTools(body: ToolLoopBody, options?: ToolLoopOptions): APIPromise<SequrityResponse> {
    return new APIPromise((raw) => runToolLoop(this.#host, body, options, raw));
  }

  /**
   * The streaming tool loop: like {@link Responses.runTools}, but every event of every round is yielded as it
   * arrives; `finalResponse()` then gives the last round's response.
   */
  runToolsStream(body: ToolLoopBody, options: ToolLoopOptions = {}): ToolLoopStream {
    return new ToolLoopStream(this.#host, body, options);
  }
}
