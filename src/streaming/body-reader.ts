/**
 * Pulls byte chunks from a body through a decoder and hands out the events it decoded, one by one: the one body
 * reader, whatever the format (the format is the decoder's business; see `event-decoders.ts`).
 *
 * @module
 */
import { StreamError } from '../errors/index.js';
import { startDeadline, type Deadline } from '../internal/timer.js';
import type { StreamEvent } from './stream-event.js';
import { abortError, type StreamContext } from './stream-options.js';
import { DONE, type StreamSource } from './stream-source.js';

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

/** What the reader needs of the stream's context: the abort, the idle timeout, the byte limit, what to mask. */
type ReaderContext = Pick<StreamContext, 'signal' | 'idleTimeoutMs' | 'maxResponseBytes' | 'secrets'>;

/** How long, and how many bytes, a released body may take to end before it is cancelled. */
const RELEASE_GRACE_MS = 1_000;
const RELEASE_MAX_BYTES = 64 * 1024;

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
  readonly #context: ReaderContext;
  readonly #onAbort = (): void => {
    if (this.#closed) return;
    // "Stop now", even after the body ended: undelivered events are dropped and the abort wins over a held-back
    // failure.
    this.#queue.length = this.#head = 0;
    this.#failure = abortError(this.#context);
    this.stop();
  };

  /**
   * @param body - The body to read; it is locked at once and cancelled when reading stops.
   * @param createDecoder - Makes the decoder that feeds this reader, given where to put events.
   * @param context - The stream's abort signal, idle timeout, byte limit and secrets.
   */
  constructor(
    body: ReadableStream<Uint8Array>,
    createDecoder: (sink: EventSink) => ChunkDecoder,
    context: ReaderContext,
  ) {
    this.#reader = body.getReader();
    this.#context = context;
    this.#bytesLeft = context.maxResponseBytes;
    this.#decoder = createDecoder(this);
    if (context.signal.aborted) this.#onAbort();
    else context.signal.addEventListener('abort', this.#onAbort, { once: true });
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
    this.#context.signal.removeEventListener('abort', this.#onAbort);
  }

  /**
   * Reads one chunk and decodes it; failures are stored for `next()` to throw after the queued events. With an idle
   * timeout, a read that takes longer fails the reader (which cancels the body, so the read ends).
   */
  #pump(): Promise<void> {
    const timeout = this.#context.idleTimeoutMs;
    if (timeout !== undefined) this.#idle = startDeadline(timeout, this.#onIdle);
    // A `then` chain rather than an async function: one hop less per chunk on the hot path.
    return this.#reader.read().then(this.#onRead, this.#onReadError);
  }

  readonly #onIdle = (): void => {
    const message = `No data arrived for ${this.#context.idleTimeoutMs} ms; raise idleTimeoutMs for slow models.`;
    this.#fail(new StreamError('idle-timeout', message, { secrets: this.#context.secrets }));
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
    const { maxResponseBytes, secrets } = this.#context;
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
    const { secrets } = this.#context;
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
