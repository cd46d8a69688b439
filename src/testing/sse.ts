// Writes a reply body as the network would see it: SSE frames (numbered events, keepalives during long pauses) or
// JSON text, paced by the emulator's options, cut short or dripped by faults, and stopped (timers cleared) as soon as
// the client goes away or the server closes.
import { createSseEncoder } from '../streaming/sse-encoder.js';
import { follow } from './abort.js';
import { terminatedError } from './http-replies.js';

/** One piece of a reply body. */
export type BodyPart =
  /** An event: it gets the next `sequence_number` when written, then goes out as one SSE frame. */
  | { event: { type: string; sequence_number?: number; [key: string]: unknown }; delayMs?: number }
  /** Text written as it is: a replayed SSE frame, a deliberately malformed frame, or (part of) a JSON body. */
  | { text: string; delayMs?: number }
  /** The connection is reset here (`drop-mid-stream`). */
  | { drop: true; delayMs?: number };

/** How {@link writeBody} paces and numbers the parts. */
export interface WriteOptions {
  /** Aborted when the request goes away or the server closes: writing stops and the body errors with its reason. */
  signal: AbortSignal;
  /** Keepalives for every this many ms of a pause; `undefined` sends none. */
  keepaliveIntervalMs?: number | undefined;
  /** The keepalive text; by default a `keepalive` event. JSON bodies use a space (JSON allows leading whitespace). */
  keepaliveText?: string | undefined;
  /** After the parts, keep sending keepalives until the client goes away (`keepalive-only`). */
  endless?: boolean;
  /** Write the bytes in pieces of `bytes`, one every `intervalMs` (`slow-drip`). */
  drip?: { bytes: number; intervalMs: number } | undefined;
}

const sse = createSseEncoder();

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts; the timer never outlives it. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

const DROP = Symbol('drop');
const encoder = new TextEncoder();

async function* produce(
  parts: Iterable<BodyPart>,
  options: WriteOptions,
  signal: AbortSignal,
): AsyncGenerator<Uint8Array | typeof DROP> {
  let sequence = 0;
  const keepalive = (): string =>
    options.keepaliveText ?? sse.event({ type: 'keepalive', sequence_number: sequence++ });
  async function* pause(ms: number): AsyncGenerator<Uint8Array> {
    let remaining = ms;
    const interval = options.keepaliveIntervalMs;
    while (interval !== undefined && remaining >= interval) {
      await sleep(interval, signal);
      remaining -= interval;
      yield encoder.encode(keepalive());
    }
    await sleep(remaining, signal);
  }
  async function* write(text: string): AsyncGenerator<Uint8Array> {
    const bytes = encoder.encode(text);
    if (!options.drip) return yield bytes;
    for (let start = 0; start < bytes.length; start += options.drip.bytes) {
      if (start > 0) await sleep(options.drip.intervalMs, signal);
      yield bytes.subarray(start, start + options.drip.bytes);
    }
  }
  for (const part of parts) {
    if (part.delayMs) yield* pause(part.delayMs);
    if ('drop' in part) return yield DROP;
    if ('text' in part) {
      // A raw frame takes a place in the numbering too, so that injected events keep their position.
      sequence++;
      yield* write(part.text);
    } else {
      part.event.sequence_number = sequence++;
      yield* write(sse.event(part.event));
    }
  }
  const interval = options.keepaliveIntervalMs;
  if (options.endless && interval !== undefined) {
    for (;;) {
      await sleep(interval, signal);
      yield encoder.encode(keepalive());
    }
  }
}

/**
 * The body stream of a reply. Pull-based, so a slow reader slows the writer down; cancelling it (the client went
 * away) or aborting `options.signal` stops the writer and clears its timers.
 */
export function writeBody(parts: Iterable<BodyPart>, options: WriteOptions): ReadableStream<Uint8Array> {
  const stop = new AbortController();
  const unfollow = follow(options.signal, stop);
  const signal = stop.signal;
  const chunks = produce(parts, options, signal);
  const finish = (reason?: unknown): void => {
    unfollow();
    stop.abort(reason);
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) {
          finish();
          controller.close();
        } else if (value === DROP) {
          finish();
          controller.error(terminatedError());
        } else controller.enqueue(value);
      } catch (error) {
        const reason: unknown = signal.aborted ? signal.reason : error;
        finish();
        controller.error(reason);
      }
    },
    async cancel(reason) {
      finish(reason);
      await chunks.return(undefined).catch(() => undefined);
    },
  });
}
