/**
 * Pulls byte chunks from a body through a decoder and hands out the events it decoded, one by one: the one body
 * reader, whatever the format (the format is the decoder's business; see `event-decoders.ts`).
 *
 * @module
 */
import { StreamError } from '../errors/index.js';
import { startDeadline, type Deadline } from '../internal/timer.js';
import type { StreamEvent } from './stream-event.js';

/** Where a decoder puts what it decoded. */
export interface EventSink {
  /** Queues an event; `lastEventId` is the stream's last event ID as of this event (SSE `id:`). */
  push(event: StreamEvent, lastEventId?: string): void;
  /** The body said it is done (`[DONE]`): stop reading after the events queued so far. */
  stop(): void;
  /** The server asked for this reconnection delay (SSE `retry:`), in milliseconds. */
  retry(milliseconds: number): void;
}

/**
 * Turns byte chunks into events pushed to a sink. `feed()` and `end()` throw a `StreamError` for what cannot be
 * decoded (malformed JSON, an `error` event, an oversized event).
 */
export interface ChunkDecoder {
  feed(chunk: Uint8Array): void;
  end(): void;
}

/** Options of {@link BodyReader}, already validated. */
export interface BodyReaderOptions {
  /** Aborts reading; the reader then fails with a `StreamError` of type `'aborted'`. */
  readonly signal: AbortSignal | undefined;
  /** Fail with `'idle-timeout'` when no bytes arrive for this long; `undefined` for never. */
  readonly idleTimeoutMs: number | undefined;
  /** Fail with `'response-too-large'` once the body handed out more bytes than this in all. */
  readonly maxResponseBytes: number;
  /** Values to mask in the errors the reader creates. */
  readonly secrets: readonly string[] | undefined;
}

/**
 * A stream's event source, as `ResponseStream` reads it: an async iterator that may also hand out already-decoded
 * events synchronously, and that knows the SSE metadata as of the last event it handed out.
 */
export interface StreamSource extends AsyncIterator<StreamEvent> {
  /** The next event if one is ready now, without awaiting; `undefined` when none is. */
  takeQueued?(): StreamEvent | undefined;
  /** The last event ID as of the last event handed out (absent: none). */
  readonly lastEventId?: string | undefined;
  /** The reconnection delay the server asked for (absent: none). */
  readonly retryMs?: number | undefined;
  /**
   * Stops handing out events after the terminal one, but lets the body end by itself (briefly, in the background)
   * instead of cancelling it: a cancelled fetch body closes its connection, one that ended returns it to the pool.
   * Sources without it are returned.
   */
  release?(): void;
}

/** How long, and how many bytes, a released body may take to end before it is cancelled. */
const RELEASE_GRACE_MS = 1_000;
const RELEASE_MAX_BYTES = 64 * 1024;

/** The result of an iterator that is done; shared, and frozen so that no consumer can change it. */
export const DONE: IteratorReturnResult<undefined> = /* @__PURE__ */ Object.freeze({
  value: undefined,
  done: true,
});

/**
 * Reads a body through a decoder, which pushes to the reader itself (its {@link EventSink}). Events decoded from one
 * chunk are queued; a failure while decoding that chunk is held back until the events before it were handed out, so
 * nothing is lost. An abort, by contrast, means "stop now": undelivered events are dropped.
 */
export class BodyReader implements StreamSource, EventSink {
  /**
   * Decoded events not handed out yet, from `#head` on. IDs are sticky and change rarely (the Responses API sends
   * none), so a change is queued as the new ID (a string) before the first event it applies to: one comparison per
   * event. (An SSE ID, once set, is never unset.)
   */
  readonly #queue: (StreamEvent | string)[] = [];
  #head = 0;
  /** The last event ID as of the last queued event. */
  #queuedId: string | undefined;
  declare lastEventId: string | undefined;
  declare retryMs: number | undefined;
  #failure: unknown;
  /** No more reading: the body ended, failed or was cancelled. Queued events may still be handed out. */
  #finished = false;
  /** The iterator ended (said done, threw, or was returned): nothing more happens. */
  #closed = false;
  /**
   * The read in progress, shared by `next()` calls made before it ended (the async iterator protocol allows them),
   * so that there is one read, and one idle deadline, at a time.
   */
  #reading: Promise<void> | undefined;
  /** The idle timeout of the read in progress. */
  #idle: Deadline | undefined;
  /** How many more bytes the body may hand out (`maxResponseBytes` less what it did). */
  #bytesLeft: number;
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  readonly #decoder: ChunkDecoder;
  readonly #options: BodyReaderOptions;
  readonly #onAbort = (): void => {
    if (this.#closed) return;
    // "Stop now", even after the body ended: undelivered events are dropped and the abort wins over a held-back
    // failure.
    this.#queue.length = this.#head = 0;
    this.#failure = abortError(this.#options);
    this.stop();
  };

  /**
   * @param body - The body to read; it is locked at once and cancelled when reading stops.
   * @param createDecoder - Makes the decoder that feeds this reader, given where to put events.
   * @param options - Abort signal and idle timeout.
   */
  constructor(
    body: ReadableStream<Uint8Array>,
    createDecoder: (sink: EventSink) => ChunkDecoder,
    options: BodyReaderOptions,
  ) {
    this.#reader = body.getReader();
    this.#options = options;
    this.#bytesLeft = options.maxResponseBytes;
    this.#decoder = createDecoder(this);
    if (options.signal?.aborted) this.#onAbort();
    else options.signal?.addEventListener('abort', this.#onAbort, { once: true });
  }

  push(event: StreamEvent, lastEventId?: string): void {
    if (lastEventId !== this.#queuedId && lastEventId !== undefined)
      this.#queue.push((this.#queuedId = lastEventId));
    this.#queue.push(event);
  }

  /** Stops reading: cancels the body (a no-op once it ended). Events queued so far are still handed out. */
  stop(): void {
    if (this.#finished) return;
    this.#finished = true;
    this.#idle?.cancel();
    this.#reader.cancel().catch(() => {});
  }

  retry(milliseconds: number): void {
    this.retryMs = milliseconds;
  }

  takeQueued(): StreamEvent | undefined {
    const queue = this.#queue;
    if (this.#head >= queue.length) return undefined;
    let item = queue[this.#head++] as StreamEvent | string;
    if (typeof item === 'string') {
      this.lastEventId = item;
      item = queue[this.#head++] as StreamEvent;
    }
    return item;
  }

  next(): Promise<IteratorResult<StreamEvent>> {
    const value = this.takeQueued();
    return value === undefined ? this.#nextAfterPump() : Promise.resolve({ value, done: false });
  }

  async #nextAfterPump(): Promise<IteratorResult<StreamEvent>> {
    for (;;) {
      const value = this.takeQueued();
      if (value !== undefined) return { value, done: false };
      this.#queue.length = this.#head = 0;
      const failure = this.#failure;
      if (failure !== undefined || this.#finished) {
        this.#close();
        if (failure !== undefined) throw failure;
        return DONE;
      }
      await (this.#reading ??= this.#pump());
    }
  }

  async return(): Promise<IteratorResult<StreamEvent>> {
    this.#close();
    this.stop();
    return DONE;
  }

  release(): void {
    this.#close();
    if (this.#finished) return;
    // Nothing is decoded any more; what is left (normally only the end of the body) is read and dropped.
    this.#finished = true;
    const reader = this.#reader;
    const cancel = (): void => void reader.cancel().catch(() => {});
    const timer = setTimeout(cancel, RELEASE_GRACE_MS);
    let bytes = 0;
    const drain = (): Promise<void> =>
      reader.read().then((result) => {
        if (!result.done) return (bytes += result.value.byteLength) > RELEASE_MAX_BYTES ? cancel() : drain();
      });
    drain()
      .catch(() => {})
      .finally(() => clearTimeout(timer));
  }

  /** Ends the iterator: drops what is queued or held back, and stops listening for an abort. */
  #close(): void {
    this.#queue.length = this.#head = 0;
    this.#failure = undefined;
    if (this.#closed) return;
    this.#closed = true;
    this.#options.signal?.removeEventListener('abort', this.#onAbort);
  }

  /**
   * Reads one chunk and decodes it; failures are stored for `next()` to throw after the queued events. With an idle
   * timeout, a read that takes longer fails the reader (which cancels the body, so the read ends).
   */
  #pump(): Promise<void> {
    const timeout = this.#options.idleTimeoutMs;
    if (timeout !== undefined) this.#idle = startDeadline(timeout, this.#onIdle);
    // A `then` chain rather than an async function: one hop less per chunk on the hot path.
    return this.#reader.read().then(this.#onRead, this.#onReadError);
  }

  readonly #onIdle = (): void => {
    const message = `No data arrived for ${this.#options.idleTimeoutMs} ms; raise idleTimeoutMs for slow models.`;
    this.#fail(new StreamError('idle-timeout', message, { secrets: this.#options.secrets }));
  };

  readonly #onRead = (result: ReadableStreamReadResult<Uint8Array>): void => {
    this.#reading = undefined;
    this.#idle?.cancel();
    if (this.#finished) return;
    try {
      if (result.done) {
        this.#decoder.end();
        this.stop();
      } else if ((this.#bytesLeft -= result.value.byteLength) < 0) {
        this.#fail(this.#tooLarge());
      } else {
        this.#decoder.feed(result.value);
      }
    } catch (error) {
      this.#fail(error);
    }
  };

  #tooLarge(): StreamError {
    const { maxResponseBytes, secrets } = this.#options;
    return new StreamError(
      'response-too-large',
      `The stream received more than ${maxResponseBytes} bytes (the maxResponseBytes option); the rest was ` +
        'cancelled. Raise maxResponseBytes if such a reply is expected.',
      { secrets },
    );
  }

  readonly #onReadError = (cause: unknown): void => {
    this.#reading = undefined;
    this.#idle?.cancel();
    const reason = cause instanceof Error ? cause.message : String(cause);
    const { secrets } = this.#options;
    // A stream error (from the stream that `toReadableStream()` made) passes through as it is.
    this.#fail(
      cause instanceof StreamError
        ? cause
        : new StreamError('read-failed', `Reading the stream failed: ${reason}`, { cause, secrets }),
    );
  };

  /** Cancels the body and fails the iterator with `error` (after the queued events). */
  #fail(error: unknown): void {
    if (this.#finished) return;
    this.#failure = error;
    this.stop();
  }
}

/** The error for an abort of `signal`, keeping its reason as `cause`. */
export function abortError({ signal, secrets }: Pick<BodyReaderOptions, 'signal' | 'secrets'>): StreamError {
  return new StreamError('aborted', 'The stream was aborted.', { cause: signal?.reason, secrets });
}
