import { redactValue } from '../internal/redact.js';
import { SequrityError, StreamError } from '../errors/index.js';
import type { Response } from '../types.js';
import { ResponseAccumulator } from './accumulator.js';
import { BodyReader } from './body-reader.js';
import { createNdjsonEventDecoder } from './event-decoders.js';
import {
  outputText,
  pendingFinalResponse,
  toFinalResponse,
  type SequrityResponse,
} from './final-response.js';
import { encodeNdjson } from './ndjson-encoder.js';
import { isTerminalEventType, type StreamEvent } from './stream-event.js';
import { abortError, streamContext, type ReadStreamOptions, type StreamContext } from './stream-options.js';
import { openReply, responseOf, type StreamReply } from './stream-reply.js';
import { DONE, type StreamSource } from './stream-source.js';
import { teeStreamSource } from './tee.js';

export type { SequrityResponse } from './final-response.js';

/**
 * A stream of Responses API events: `AsyncIterable` of the events (typed by the spec; unlisted types pass through
 * as {@link UnknownStreamEvent}), with the response rebuilt as they arrive.
 *
 * It can be consumed once: iterate it, or call {@link ResponseStream.finalResponse} alone, or both. To read it twice,
 * call {@link ResponseStream.tee} first. Leaving a `for await` early (`break`, `return`, a throw) cancels the body.
 * A body that ends without a terminal event (`response.completed`, `.incomplete`, `.failed`) or an `error` event was
 * cut short: iteration then fails with a `StreamError` of type `'incomplete-stream'` after the last event.
 *
 * @example
 * ```ts
 * const stream = ResponseStream.fromResponse(await fetch(url, init));
 * for await (const event of stream) {
 *   if (isResponseOutputTextDeltaEvent(event)) process.stdout.write(event.delta);
 * }
 * const response = await stream.finalResponse();
 * console.log(response.status, response.output_text);
 * ```
 */
export class ResponseStream implements AsyncIterable<StreamEvent> {
  // Set by the constructor (`declare`: no empty field definition in the bundle).
  /** The `x-request-id` header of the HTTP response, if any. */
  declare readonly requestId: string | undefined;
  /** The `X-Session-ID` header of the HTTP response: send it back to continue the Sequrity session. */
  declare readonly sessionId: string | undefined;

  readonly #source: StreamSource;
  readonly #context: StreamContext;
  readonly #accumulator = new ResponseAccumulator();
  readonly #final = pendingFinalResponse();
  #consumed = false;
  #terminal = false;
  /** Iteration ended (done, failed or returned): `next()` only says done from now on. */
  #ended = false;
  #received = 0;
  /** What ended the stream, once something did: iteration and `finalResponse()` report this same error. */
  #failure: unknown;
  /** `finalResponse()` was settled. */
  #settled = false;

  private constructor(source: StreamSource, context: StreamContext, sessionId: string | undefined) {
    this.#source = source;
    this.#context = context;
    this.requestId = context.requestId;
    this.sessionId = sessionId;
    if (context.signal.aborted) this.#onAbort();
    else context.signal.addEventListener('abort', this.#onAbort, { once: true });
  }

  /**
   * Settles `finalResponse()` at the abort itself: nothing may be reading when it comes (a consumer that paused
   * between events), and nothing else would. A stream that already saw its terminal event resolves.
   */
  readonly #onAbort = (): void => {
    if (this.#terminal) this.#settle();
    else this.#reject(abortError(this.#context));
  };

  /**
   * Reads a `text/event-stream` reply. An error status fails iteration with an `APIError` (status, headers, parsed
   * body, code, param, request id, the server's message); a successful reply that is not an event stream with a
   * `StreamError` of type `'not-event-stream'`.
   *
   * @param reply - A fetch `Response`, or openapi-fetch's result `{ response, data, error }` as the low-level client
   *   returns it (call it with `parseAs: 'stream'`).
   * @param options - Abort signal, idle timeout, event size limit and the secrets to mask in errors.
   * @throws `TypeError` / `RangeError` at once for an invalid `idleTimeoutMs` or `maxEventBytes`.
   */
  static fromResponse(reply: StreamReply, options: ReadStreamOptions = {}): ResponseStream {
    const { headers } = responseOf(reply);
    const header = (name: string) => headers.get(name) ?? undefined;
    const context = streamContext(options, options.requestId ?? header('x-request-id'));
    return new ResponseStream(
      openReply(reply, context),
      context,
      options.sessionId ?? header('x-session-id'),
    );
  }

  /**
   * Reads the newline-delimited JSON that {@link ResponseStream.toReadableStream} writes, e.g. in a browser reading a
   * stream that a server proxied to it.
   *
   * @throws `TypeError` / `RangeError` at once for an invalid `idleTimeoutMs` or `maxEventBytes`.
   */
  static fromReadableStream(
    stream: ReadableStream<Uint8Array>,
    options: ReadStreamOptions = {},
  ): ResponseStream {
    const context = streamContext(options, options.requestId);
    const source = new BodyReader(stream, (sink) => createNdjsonEventDecoder(sink, context), context);
    return new ResponseStream(source, context, options.sessionId);
  }

  /** The response rebuilt from the events so far; `undefined` before the first lifecycle event. */
  get currentResponse(): Response | undefined {
    return this.#accumulator.snapshot;
  }

  /** The server's last event ID (`id:` field) as of the last event handed out: what a resumed request would send. */
  get lastEventId(): string | undefined {
    return this.#source.lastEventId;
  }

  /** The reconnection delay the server asked for with a `retry:` field, in milliseconds, if any. */
  get retryMs(): number | undefined {
    return this.#source.retryMs;
  }

  /** Whether the stream was aborted: by {@link ResponseStream.abort}, the `signal` option, or a tee branch. */
  get aborted(): boolean {
    return this.#context.signal.aborted;
  }

  /** Stops the stream and cancels the body; iteration and `finalResponse()` fail with type `'aborted'`. */
  abort(reason?: unknown): void {
    this.#context.controller.abort(reason);
  }

  [Symbol.asyncIterator](): AsyncIterator<StreamEvent> {
    if (this.#consumed)
      throw this.#error(
        'stream-consumed',
        'The stream was already consumed; call tee() first to read it twice.',
      );
    this.#consumed = true;
    return { next: () => this.#next(), return: () => this.#return() };
  }

  #next(): Promise<IteratorResult<StreamEvent>> {
    // Fast path: an event decoded from the current chunk is handed out without awaiting the source. (Once iteration
    // ended, the source has nothing queued, so #pull sees the end.)
    const queued = this.#source.takeQueued?.();
    if (queued !== undefined && !isTerminalEventType(queued.type)) {
      this.#received++;
      try {
        this.#accumulator.add(queued);
      } catch (error) {
        return Promise.reject(this.#stop(error));
      }
      return Promise.resolve({ value: queued, done: false });
    }
    return this.#pull(queued);
  }

  async #pull(queued: StreamEvent | undefined): Promise<IteratorResult<StreamEvent>> {
    if (this.#ended) return DONE;
    let result: IteratorResult<StreamEvent>;
    try {
      // A source that has results in hand (a tee branch) must not hand them out after an abort.
      if (this.#context.signal.aborted) throw abortError(this.#context);
      result = queued === undefined ? await this.#source.next() : { value: queued, done: false };
    } catch (error) {
      throw this.#fail(error);
    }
    if (result.done) {
      if (!this.#terminal) throw this.#fail(this.#truncation());
      this.#ended = true;
      this.#settle();
      return result;
    }
    const event = result.value;
    this.#received++;
    try {
      this.#accumulator.add(event);
    } catch (error) {
      throw this.#stop(error);
    }
    if (isTerminalEventType(event.type)) {
      // The server sends nothing after a terminal event; stop reading so a proxy holding the socket open cannot
      // hang the consumer. Releasing (rather than cancelling) lets a body that ends at once keep its connection.
      this.#terminal = true;
      if (this.#source.release) this.#source.release();
      else await this.#source.return?.();
    }
    return result;
  }

  async #return(): Promise<IteratorResult<StreamEvent>> {
    if (this.#ended) return DONE;
    this.#ended = true;
    await this.#source.return?.();
    if (this.#terminal) this.#settle();
    else {
      this.#fail(
        this.#error('aborted', 'Iteration stopped early (break or return); the body was cancelled.'),
      );
    }
    return DONE;
  }

  /** Ends iteration with `error` while the body is still being read: cancels the body, then fails. */
  #stop(error: unknown): unknown {
    this.#source.return?.().catch(() => {});
    return this.#fail(error);
  }

  /** Ends iteration with `error` and rejects `finalResponse()` with it; returns the error to throw (see #reject). */
  #fail(error: unknown): unknown {
    this.#ended = true;
    return this.#reject(error);
  }

  /**
   * Rejects `finalResponse()` with `error`. What is not a {@link SequrityError} becomes a `StreamError` of type
   * `'read-failed'` with it as `cause`; a `StreamError` is given the partial response when it has none. Once the
   * stream failed, later failures report that first error, so iteration throws what `finalResponse()` rejected with.
   */
  #reject(error: unknown): unknown {
    if (this.#failure !== undefined) return this.#failure;
    const { secrets } = this.#context;
    const failure =
      error instanceof SequrityError
        ? error
        : new StreamError('read-failed', `Reading the stream failed: ${String(error)}`, {
            cause: error,
            secrets,
          });
    const snapshot = this.#accumulator.snapshot;
    if (failure instanceof StreamError && failure.response === undefined && snapshot !== undefined) {
      let partial = snapshot;
      try {
        partial = { ...snapshot, output_text: outputText(snapshot) };
      } catch {
        // Too long to join: the parts stay in output.
      }
      (failure as { response: Response | undefined }).response = redactValue(partial, secrets);
    }
    this.#failure = failure;
    this.#final.reject(failure);
    this.#release();
    return failure;
  }

  /** `finalResponse()` is settled: stop listening for an abort. */
  #release(): void {
    this.#settled = true;
    this.#context.signal.removeEventListener('abort', this.#onAbort);
  }

  #truncation(): StreamError {
    if (this.aborted) return abortError(this.#context);
    return this.#error(
      'incomplete-stream',
      `The stream ended after ${this.#received} events, before response.completed/incomplete/failed; the partial ` +
        'response is on error.response.',
    );
  }

  /** A new error of this stream; {@link ResponseStream.#fail} adds the partial response. */
  #error(type: 'aborted' | 'incomplete-stream' | 'stream-consumed', message: string): StreamError {
    return new StreamError(type, message, { secrets: this.#context.secrets });
  }

  #settle(): void {
    if (this.#settled) return;
    const snapshot = this.#accumulator.snapshot;
    if (snapshot === undefined)
      return void this.#fail(this.#error('incomplete-stream', 'The terminal event carried no response.'));
    try {
      this.#final.resolve(toFinalResponse(snapshot, this.sessionId, this.requestId));
    } catch (error) {
      // output_text could not be built (longer than the longest string).
      return void this.#fail(error);
    }
    this.#release();
  }

  /**
   * The final response, with `output_text`. Resolves for `completed`, `incomplete` and `failed` responses: check
   * `status`. Can be called instead of iterating (it then reads the stream itself) or alongside it.
   *
   * @throws {@link StreamError} when the stream fails or ends without a terminal event; `error.response` holds the
   *   partial response.
   */
  finalResponse(): Promise<SequrityResponse> {
    if (!this.#consumed) void this.#drain();
    return this.#final.promise;
  }

  async #drain(): Promise<void> {
    try {
      for await (const _ of this);
    } catch {
      // The failure already rejected finalResponse().
    }
  }

  /** The text deltas of `output_text` parts, in order; consumes the stream and fails as iterating it does. */
  async *textDeltas(): AsyncGenerator<string, void, undefined> {
    for await (const event of this) {
      if (event.type === 'response.output_text.delta' && typeof event['delta'] === 'string')
        yield event['delta'];
    }
  }

  /**
   * Splits the stream into two independent streams that see the same events; each rebuilds its own response and
   * reports the ids and metadata. Aborting either aborts the request; the body is cancelled once both stopped early.
   */
  tee(): [ResponseStream, ResponseStream] {
    const metadata = () => ({ lastEventId: this.lastEventId, retryMs: this.retryMs });
    const [left, right] = teeStreamSource(this[Symbol.asyncIterator](), metadata);
    const branch = (source: StreamSource) => new ResponseStream(source, this.#context, this.sessionId);
    return [branch(left), branch(right)];
  }

  /**
   * The events as newline-delimited JSON bytes, for sending to a browser that reads them with
   * {@link ResponseStream.fromReadableStream}. An `error` event is written as a line too, so the reader fails the
   * same way; other failures (a truncated stream included) error the byte stream. Cancelling it cancels this one.
   */
  toReadableStream(): ReadableStream<Uint8Array> {
    return encodeNdjson(this[Symbol.asyncIterator]());
  }
}
