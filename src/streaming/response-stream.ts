import { StreamError } from '../errors.js';
import type { Response, UnknownStreamEvent } from '../types.js';
import { outputText, ResponseAccumulator, TERMINAL_EVENTS } from './accumulator.js';
import type { StreamEvent } from './event-decoding.js';
import {
  abortError,
  NdjsonEventReader,
  NotAStreamSource,
  SseEventReader,
  type BodyReaderOptions,
} from './event-sources.js';

/** Options of {@link ResponseStream.fromResponse} and {@link ResponseStream.fromReadableStream}. */
export interface ResponseStreamOptions {
  /** Aborts the stream: iteration then fails with a `StreamError` of type `'aborted'`. */
  signal?: AbortSignal | undefined;
  /**
   * Fail with a `StreamError` of type `'idle-timeout'` when no bytes arrive for this many milliseconds. Reasoning
   * models can pause for minutes, so choose generously.
   *
   * @defaultValue undefined (no idle timeout)
   */
  idleTimeoutMs?: number | undefined;
  /**
   * Largest accepted event, counted in UTF-16 code units of its data (equal to bytes for ASCII JSON; CJK text counts
   * one unit per character). Image-generation events can exceed 8 MiB, so keep it generous.
   *
   * @defaultValue 64 Mi units
   */
  maxEventBytes?: number | undefined;
  /** The `x-request-id` to report, for streams not built from a `Response` (e.g. proxied NDJSON). */
  requestId?: string | undefined;
  /** The `X-Session-ID` to report, for streams not built from a `Response`. */
  sessionId?: string | undefined;
}

/** Where a stream's events come from; body readers can also hand out already-decoded events synchronously. */
type EventSource = AsyncIterator<StreamEvent> & {
  takeQueued?(): StreamEvent | undefined;
  readonly lastEventId?: string | undefined;
  readonly retryMs?: number | undefined;
};

/** A final response: the server's `Response` plus `output_text`, computed as for non-streaming responses. */
export type FinalResponse = Response & { output_text: string };

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

function defer<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  // finalResponse() may never be called; its rejection must not surface as an unhandled rejection.
  promise.catch(() => {});
  return { promise, resolve, reject };
}

/** Attaches the partial response to a stream error that has none, so callers keep what arrived. */
function withResponse(error: unknown, response: Response | undefined): unknown {
  if (error instanceof StreamError && error.response === undefined && response !== undefined) {
    (error as { response: Response | undefined }).response = response;
  }
  return error;
}

/**
 * A stream of Responses API events: `AsyncIterable` of the events (typed by the spec; unlisted types pass through
 * as {@link UnknownStreamEvent}), with the response rebuilt as they arrive.
 *
 * It can be consumed once: iterate it, or call {@link ResponseStream.finalResponse} alone, or both. To read it twice,
 * call {@link ResponseStream.tee} first. Leaving a `for await` early (`break`, `return`, a throw) cancels the body.
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
  /** The `x-request-id` header of the HTTP response, if any. */
  readonly requestId: string | undefined;
  /** The `X-Session-ID` header of the HTTP response: send it back to continue the Sequrity session. */
  readonly sessionId: string | undefined;

  readonly #source: EventSource;
  readonly #abortController: AbortController;
  readonly #accumulator = new ResponseAccumulator();
  readonly #final = defer<FinalResponse>();
  #consumed = false;
  #terminal = false;
  #received = 0;

  private constructor(
    source: EventSource,
    abortController: AbortController,
    ids: { requestId?: string | undefined; sessionId?: string | undefined },
  ) {
    this.#source = source;
    this.#abortController = abortController;
    this.requestId = ids.requestId;
    this.sessionId = ids.sessionId;
  }

  /**
   * Reads a `text/event-stream` HTTP response.
   *
   * @param response - A fetch `Response` whose body is the event stream (check `response.ok` first: an error body
   *   is not a stream).
   * @param options - Abort signal, idle timeout and event size limit.
   */
  static fromResponse(response: globalThis.Response, options: ResponseStreamOptions = {}): ResponseStream {
    const requestId = options.requestId ?? response.headers.get('x-request-id') ?? undefined;
    const sessionId = options.sessionId ?? response.headers.get('x-session-id') ?? undefined;
    const type = response.headers.get('content-type');
    if (!response.ok || (type !== null && !type.includes('text/event-stream'))) {
      // Iterating (or finalResponse()) then fails with `http-error` or `not-event-stream`, naming the status.
      return new ResponseStream(new NotAStreamSource(response), new AbortController(), {
        requestId,
        sessionId,
      });
    }
    return ResponseStream.#fromBody(response.body, options, { requestId, sessionId }, SseEventReader);
  }

  /**
   * Reads the newline-delimited JSON that {@link ResponseStream.toReadableStream} writes, e.g. in a browser reading a
   * stream that a server proxied to it.
   */
  static fromReadableStream(
    stream: ReadableStream<Uint8Array>,
    options: ResponseStreamOptions = {},
  ): ResponseStream {
    return ResponseStream.#fromBody(stream, options, options, NdjsonEventReader);
  }

  static #fromBody(
    body: ReadableStream<Uint8Array> | null,
    options: ResponseStreamOptions,
    ids: { requestId?: string | undefined; sessionId?: string | undefined },
    Reader: new (body: ReadableStream<Uint8Array>, options: BodyReaderOptions) => EventSource,
  ): ResponseStream {
    const controller = new AbortController();
    const signal = options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal;
    const source = new Reader(body ?? new ReadableStream({ start: (c) => c.close() }), {
      signal,
      idleTimeoutMs: options.idleTimeoutMs,
      maxEventBytes: options.maxEventBytes,
      requestId: ids.requestId,
    });
    return new ResponseStream(source, controller, ids);
  }

  /** The response rebuilt from the events so far; `undefined` before the first lifecycle event. */
  get currentResponse(): Response | undefined {
    return this.#accumulator.snapshot;
  }

  /** The last event ID the server sent (`id:` field), if any: what a resumed request would send as `Last-Event-ID`. */
  get lastEventId(): string | undefined {
    return this.#source.lastEventId;
  }

  /** The reconnection delay the server asked for with a `retry:` field, in milliseconds, if any. */
  get retryMs(): number | undefined {
    return this.#source.retryMs;
  }

  /** Whether {@link ResponseStream.abort} was called (or a tee branch of this stream was aborted). */
  get aborted(): boolean {
    return this.#abortController.signal.aborted;
  }

  /** Stops the stream and cancels the body; iteration and `finalResponse()` fail with type `'aborted'`. */
  abort(reason?: unknown): void {
    this.#abortController.abort(reason);
  }

  [Symbol.asyncIterator](): AsyncIterator<StreamEvent> {
    if (this.#consumed) {
      throw new StreamError(
        'stream-consumed',
        'This stream was already consumed; call tee() before iterating to read it more than once.',
      );
    }
    this.#consumed = true;
    return { next: () => this.#next(), return: () => this.#return() };
  }

  #next(): Promise<IteratorResult<StreamEvent>> {
    // Fast path: an event decoded from the current chunk is handed out without awaiting the source.
    const queued = this.#source.takeQueued?.();
    if (queued !== undefined && !TERMINAL_EVENTS.has(queued.type)) {
      this.#received++;
      this.#accumulator.add(queued);
      return Promise.resolve({ value: queued, done: false });
    }
    return this.#pull(queued);
  }

  async #pull(queued: StreamEvent | undefined): Promise<IteratorResult<StreamEvent>> {
    let result: IteratorResult<StreamEvent>;
    try {
      result = queued === undefined ? await this.#source.next() : { value: queued, done: false };
    } catch (error) {
      this.#final.reject(withResponse(error, this.#accumulator.snapshot));
      throw error;
    }
    if (result.done) {
      this.#settle();
      return result;
    }
    const event = result.value;
    this.#received++;
    this.#accumulator.add(event);
    if (TERMINAL_EVENTS.has(event.type)) {
      // The server sends nothing after a terminal event; stop reading so a proxy holding the socket open cannot
      // hang the consumer.
      this.#terminal = true;
      await this.#source.return?.();
    }
    return result;
  }

  async #return(): Promise<IteratorResult<StreamEvent>> {
    await this.#source.return?.();
    if (!this.#terminal) {
      this.#final.reject(
        new StreamError(
          'aborted',
          'Iteration stopped before the stream ended (break or return); the body was cancelled.',
          {
            response: this.#accumulator.snapshot,
          },
        ),
      );
    } else {
      this.#settle();
    }
    return { value: undefined, done: true };
  }

  #settle(): void {
    const snapshot = this.#accumulator.snapshot;
    if (this.#terminal && snapshot) {
      // The session travels in a header; put it on the response as well, unless the body already has one.
      const session = snapshot.session_id ?? this.sessionId;
      this.#final.resolve({
        ...snapshot,
        ...(session === undefined ? {} : { session_id: session }),
        output_text: outputText(snapshot),
      });
    } else if (this.aborted) {
      this.#final.reject(withResponse(abortError(this.#abortController.signal.reason), snapshot));
    } else {
      this.#final.reject(
        new StreamError(
          'incomplete-stream',
          `The stream ended after ${this.#received} events without response.completed, response.incomplete or ` +
            'response.failed; the partial response is on error.response.',
          { response: snapshot },
        ),
      );
    }
  }

  /**
   * The final response, with `output_text`. Resolves for `completed`, `incomplete` and `failed` responses: check
   * `status`. Can be called instead of iterating (it then reads the stream itself) or alongside it.
   *
   * @throws {@link StreamError} when the stream fails or ends without a terminal event; `error.response` holds the
   *   partial response.
   */
  finalResponse(): Promise<FinalResponse> {
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

  /** The text deltas of `output_text` parts, in order; consumes the stream. */
  async *textDeltas(): AsyncGenerator<string, void, undefined> {
    for await (const event of this) {
      if (event.type === 'response.output_text.delta' && typeof event['delta'] === 'string')
        yield event['delta'];
    }
  }

  /**
   * Splits the stream into two independent streams that see the same events; each rebuilds its own response.
   * Aborting either aborts the request; the body is cancelled once both stopped early.
   */
  tee(): [ResponseStream, ResponseStream] {
    const source = this[Symbol.asyncIterator]();
    const queues: Promise<IteratorResult<StreamEvent>>[][] = [[], []];
    const closed = [false, false];
    const branch = (index: 0 | 1): AsyncIterator<StreamEvent> => ({
      next() {
        if (closed[index]) return Promise.resolve({ value: undefined, done: true });
        const queue = queues[index] as Promise<IteratorResult<StreamEvent>>[];
        if (queue.length === 0) {
          const next = source.next();
          next.catch(() => {});
          // A branch that stopped gets nothing more, so it cannot hold events forever.
          queues.forEach((q, i) => closed[i] || q.push(next));
        }
        return queue.shift() as Promise<IteratorResult<StreamEvent>>;
      },
      async return() {
        if (!closed[index]) {
          closed[index] = true;
          queues[index] = [];
          if (closed.every(Boolean)) await source.return?.();
        }
        return { value: undefined, done: true };
      },
    });
    const ids = { requestId: this.requestId, sessionId: this.sessionId };
    return [
      new ResponseStream(branch(0), this.#abortController, ids),
      new ResponseStream(branch(1), this.#abortController, ids),
    ];
  }

  /**
   * The events as newline-delimited JSON bytes, for sending to a browser that reads them with
   * {@link ResponseStream.fromReadableStream}. An `error` event is written as a line too, so the reader fails the
   * same way; cancelling the readable stream cancels this one.
   */
  toReadableStream(): ReadableStream<Uint8Array> {
    const iterator = this[Symbol.asyncIterator]();
    const encoder = new TextEncoder();
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const result = await iterator.next();
          if (result.done) controller.close();
          else controller.enqueue(encoder.encode(`${JSON.stringify(result.value)}\n`));
        } catch (error) {
          const event = error instanceof StreamError ? (error as { event?: unknown }).event : undefined;
          if (event === undefined) return controller.error(error);
          controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
          controller.close();
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    });
  }
}
