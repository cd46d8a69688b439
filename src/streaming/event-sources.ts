import { redactSecrets, StreamError } from '../errors.js';
import { DONE_SENTINEL, errorFromEvent, parseEventData, type StreamEvent } from './event-decoding.js';
import { createSseDecoder, DEFAULT_MAX_EVENT_BYTES, type SseDecoder } from './sse-decoder.js';

/** Options shared by every body reader. */
export interface BodyReaderOptions {
  /** Aborts reading; the iterator then fails with a `StreamError` of type `'aborted'`. */
  signal?: AbortSignal | undefined;
  /** Fail with `'idle-timeout'` when no bytes arrive for this long. Off when undefined. */
  idleTimeoutMs?: number | undefined;
  /** Largest accepted event; see `SseDecoderOptions.maxEventBytes`. */
  maxEventBytes?: number | undefined;
  /** The `x-request-id` of the response, put on `error`-event errors. */
  requestId?: string | undefined;
}

/**
 * Pulls byte chunks from a body, turns them into events and hands them out one by one.
 *
 * Events decoded from one chunk are queued; a failure while decoding that chunk (malformed JSON, an `error` event,
 * an oversized event) is held back until the events before it were handed out, so nothing is lost.
 */
abstract class BodyEventReader implements AsyncIterator<StreamEvent> {
  protected readonly queue: StreamEvent[] = [];
  protected position = 0;
  #head = 0;
  #failure: unknown;
  #finished = false;
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  readonly #options: BodyReaderOptions;
  readonly #onAbort = (): void => {
    // An abort means "stop now": events decoded but not yet handed out are dropped, unlike other failures.
    this.queue.length = 0;
    this.#head = 0;
    this.#fail(abortError(this.#options.signal?.reason));
  };

  constructor(body: ReadableStream<Uint8Array>, options: BodyReaderOptions) {
    this.#reader = body.getReader();
    this.#options = options;
    if (options.signal?.aborted) this.#onAbort();
    else options.signal?.addEventListener('abort', this.#onAbort, { once: true });
  }

  /** Turns one chunk into queued events. */
  protected abstract decode(chunk: Uint8Array): void;
  /** Flushes what is left at the end of the body. */
  protected abstract flush(): void;

  /** Queues an event, or throws the stream error an `error` event stands for. */
  protected accept(event: StreamEvent | undefined): void {
    if (!event) return;
    if (event.type === 'error') throw errorFromEvent(event, this.#options.requestId);
    this.queue.push(event);
  }

  /** Throws the stream error that an `event: error` frame stands for, whatever its data looks like. */
  protected acceptNamedError(data: string): never {
    let payload: unknown;
    try {
      payload = JSON.parse(data);
    } catch {
      payload = { message: data };
    }
    const fields = typeof payload === 'object' && payload !== null ? payload : { message: String(payload) };
    throw errorFromEvent({ ...fields, type: 'error' } as StreamEvent, this.#options.requestId);
  }

  /** Stops reading after the events already queued (`[DONE]`). */
  protected stop(): void {
    this.#finish();
  }

  /**
   * The next event already decoded, without waiting; `undefined` when the queue is empty. Lets the stream hand out
   * events without an extra async hop per event.
   */
  takeQueued(): StreamEvent | undefined {
    return this.#head < this.queue.length ? this.queue[this.#head++] : undefined;
  }

  next(): Promise<IteratorResult<StreamEvent>> {
    const value = this.takeQueued();
    return value === undefined ? this.#nextAfterPump() : Promise.resolve({ value, done: false });
  }

  async #nextAfterPump(): Promise<IteratorResult<StreamEvent>> {
    for (;;) {
      if (this.#head < this.queue.length) {
        const value = this.queue[this.#head++] as StreamEvent;
        return { value, done: false };
      }
      this.queue.length = 0;
      this.#head = 0;
      if (this.#failure !== undefined) {
        const failure = this.#failure;
        this.#failure = undefined;
        this.#finished = true;
        throw failure;
      }
      if (this.#finished) return { value: undefined, done: true };
      await this.#pump();
    }
  }

  async return(): Promise<IteratorResult<StreamEvent>> {
    this.queue.length = 0;
    this.#failure = undefined;
    this.#finish();
    return { value: undefined, done: true };
  }

  /** Cancels the body and fails the iterator with `error` (after queued events). */
  #fail(error: unknown): void {
    if (this.#finished) return;
    this.#failure ??= error;
    this.#finish();
  }

  #finish(): void {
    if (this.#finished) return;
    this.#finished = true;
    this.#options.signal?.removeEventListener('abort', this.#onAbort);
    this.#reader.cancel().catch(() => {});
  }

  /** Reads one chunk and decodes it; failures are stored for `next()` to throw after the queued events. */
  #pump(): Promise<void> {
    // A `then` chain rather than an async function: one hop less per chunk on the hot path.
    return this.#read().then(this.#onRead, this.#onReadError);
  }

  readonly #onRead = (result: ReadableStreamReadResult<Uint8Array>): void => {
    if (this.#finished) return;
    try {
      if (result.done) {
        this.flush();
        this.#finish();
      } else {
        this.decode(result.value);
      }
    } catch (error) {
      this.#fail(error);
    }
  };

  readonly #onReadError = (cause: unknown): void => {
    if (cause instanceof StreamError) this.#fail(cause);
    else
      this.#fail(new StreamError('read-failed', `Reading the stream failed: ${describe(cause)}`, { cause }));
  };

  #read(): Promise<ReadableStreamReadResult<Uint8Array>> {
    const timeout = this.#options.idleTimeoutMs;
    if (timeout === undefined) return this.#reader.read();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new StreamError(
              'idle-timeout',
              `No data arrived for ${timeout} ms, so the stream was closed. Raise idleTimeoutMs for slow models.`,
            ),
          ),
        timeout,
      );
    });
    return Promise.race([this.#reader.read(), expired]).finally(() => clearTimeout(timer));
  }
}

/** Reads a `text/event-stream` body. */
export class SseEventReader extends BodyEventReader {
  readonly #decoder: SseDecoder;
  #done = false;

  constructor(body: ReadableStream<Uint8Array>, options: BodyReaderOptions = {}) {
    super(body, options);
    this.#decoder = createSseDecoder({
      maxEventBytes: options.maxEventBytes ?? DEFAULT_MAX_EVENT_BYTES,
      onRetry: (milliseconds) => {
        this.retryMs = milliseconds;
      },
      onMessage: ({ event, data, id }) => {
        this.position++;
        this.lastEventId = id;
        // Frames with empty data (a blank line between `event:` and `data:`) carry nothing; skip them.
        if (this.#done || data === '') return;
        if (data === DONE_SENTINEL) {
          this.#done = true;
          return;
        }
        if (event === 'error') this.acceptNamedError(data);
        this.accept(this.#atEnd ? this.#parseLast(data) : parseEventData(data, this.position));
      },
    });
  }

  /** The last event ID the server sent (`id:` field; sticky across events), for resuming elsewhere. */
  lastEventId: string | undefined;
  /** The reconnection time the server asked for (`retry:` field), in milliseconds. */
  retryMs: number | undefined;
  #atEnd = false;

  /** The frame dispatched at EOF lacked its blank line; if its JSON is cut off too, the body was truncated. */
  #parseLast(data: string): StreamEvent | undefined {
    try {
      return parseEventData(data, this.position);
    } catch (cause) {
      throw new StreamError(
        'incomplete-stream',
        `The stream was cut off in the middle of event #${this.position}; the events before it were delivered.`,
        { cause },
      );
    }
  }

  protected decode(chunk: Uint8Array): void {
    this.#decoder.feed(chunk);
    if (this.#done) this.stop();
  }

  protected flush(): void {
    this.#atEnd = true;
    this.#decoder.end();
  }
}

/** Reads newline-delimited JSON events, the format `ResponseStream.toReadableStream()` writes. */
export class NdjsonEventReader extends BodyEventReader {
  readonly #text = new TextDecoder();
  readonly #maxEventBytes: number;
  /** Pieces of a line whose `\n` has not arrived yet, joined once it does (linear for any chunking). */
  readonly #pending: string[] = [];
  #pendingLength = 0;

  constructor(body: ReadableStream<Uint8Array>, options: BodyReaderOptions = {}) {
    super(body, options);
    this.#maxEventBytes = options.maxEventBytes ?? DEFAULT_MAX_EVENT_BYTES;
  }

  protected decode(chunk: Uint8Array): void {
    this.#lines(this.#text.decode(chunk, { stream: true }));
  }

  protected flush(): void {
    this.#lines(`${this.#text.decode()}\n`);
  }

  #lines(text: string): void {
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      let line = text.slice(start, end);
      start = end + 1;
      if (this.#pending.length > 0) {
        this.#pending.push(line);
        line = this.#pending.join('');
        this.#pending.length = 0;
        this.#pendingLength = 0;
      }
      line = line.trim();
      if (line === '') continue;
      this.position++;
      this.accept(parseEventData(line, this.position, 'NDJSON line'));
    }
    if (start < text.length) {
      this.#pending.push(text.slice(start));
      this.#pendingLength += text.length - start;
      if (this.#pendingLength > this.#maxEventBytes) {
        throw new StreamError(
          'event-too-large',
          `NDJSON line #${this.position + 1} exceeds maxEventBytes (${this.#maxEventBytes}); raise the maxEventBytes option.`,
        );
      }
    }
  }
}

/**
 * The source of a response that is not an event stream: iterating it reads the body (up to 64 KiB) and fails with
 * an `http-error` naming the status and the server's message, or with `not-event-stream`.
 */
export class NotAStreamSource implements AsyncIterator<StreamEvent> {
  readonly #response: Response;

  constructor(response: Response) {
    this.#response = response;
  }

  async next(): Promise<IteratorResult<StreamEvent>> {
    const response = this.#response;
    const type = response.headers.get('content-type') ?? 'no content type';
    if (response.ok) {
      await response.body?.cancel().catch(() => {});
      throw new StreamError(
        'not-event-stream',
        `Expected a text/event-stream response but got ${type}; send \`stream: true\` to stream.`,
      );
    }
    const text = (await response.text().catch(() => '')).slice(0, 64 * 1024);
    const requestId = response.headers.get('x-request-id');
    throw new StreamError(
      'http-error',
      `${response.status} ${serverMessage(text) || response.statusText || 'error'}` +
        `${requestId ? ` (request ${requestId})` : ''}: the server answered with an error instead of a stream.`,
    );
  }

  async return(): Promise<IteratorResult<StreamEvent>> {
    await this.#response.body?.cancel().catch(() => {});
    return { value: undefined, done: true };
  }
}

/** The message of an error body: `error.message`, else `detail`, else `message`, else the text itself. */
function serverMessage(text: string): string {
  let message: unknown;
  try {
    const body = JSON.parse(text) as {
      error?: { message?: unknown } | string;
      detail?: unknown;
      message?: unknown;
    };
    const error = body.error;
    message = (typeof error === 'object' ? error?.message : error) ?? body.detail ?? body.message;
    if (message !== undefined && typeof message !== 'string') message = JSON.stringify(message);
  } catch {
    message = text;
  }
  return redactSecrets(
    String(message ?? '')
      .trim()
      .slice(0, 500),
  );
}

/** The error for an abort, keeping the abort reason as `cause`. */
export function abortError(reason: unknown): StreamError {
  return new StreamError('aborted', 'The stream was aborted before it ended.', { cause: reason });
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
