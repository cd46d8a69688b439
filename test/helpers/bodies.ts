// Byte bodies for tests: chunkers and `ReadableStream`s that deliver chunks one by one (optionally paced, stalled
// or failing), and fetch `Response`s over them.
import { setTimeout as sleep } from 'node:timers/promises';

/** Splits bytes into chunks of `size` bytes (the last may be shorter). */
export function chunk(bytes: Uint8Array, size: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let start = 0; start < bytes.length; start += size) chunks.push(bytes.subarray(start, start + size));
  return chunks;
}

/** Splits bytes at the given (unsorted, possibly repeated, out-of-range) positions, as a property test picks them. */
export function splitAt(bytes: Uint8Array, positions: readonly number[]): Uint8Array[] {
  const cuts = [...new Set(positions.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const cut of cuts) {
    chunks.push(bytes.subarray(start, cut));
    start = cut;
  }
  chunks.push(bytes.subarray(start));
  return chunks;
}

/** How a {@link pacedBody} ends after its last chunk. */
export type BodyEnd = 'close' | 'stall' | { error: unknown };

/** What a {@link pacedBody} observed. */
export interface BodyState {
  /** Chunks handed to the reader so far. */
  delivered: number;
  /** Whether the reader cancelled the body, and with what reason. */
  cancelled: boolean;
  reason: unknown;
}

/**
 * A body that delivers `chunks` one per read, as a network would: optionally `delayMs` before each chunk, then
 * `end`s by closing (the default), stalling forever, or failing with an error.
 */
export function pacedBody(
  chunks: readonly Uint8Array[],
  options: { delayMs?: number; end?: BodyEnd } = {},
): { body: ReadableStream<Uint8Array>; state: BodyState } {
  const state: BodyState = { delivered: 0, cancelled: false, reason: undefined };
  const end = options.end ?? 'close';
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (options.delayMs !== undefined) await sleep(options.delayMs);
      const next = chunks[state.delivered];
      if (next !== undefined) {
        state.delivered++;
        controller.enqueue(next);
      } else if (end === 'close') controller.close();
      else if (end === 'stall') return new Promise(() => {});
      else controller.error(end.error);
    },
    cancel(reason) {
      state.cancelled = true;
      state.reason = reason;
    },
  });
  return { body, state };
}

/** A fetch `Response` (by default `text/event-stream`, status 200) whose body delivers `chunks` one by one. */
export function streamResponse(
  chunks: readonly Uint8Array[],
  init: { headers?: Record<string, string>; status?: number } = {},
): Response {
  return new Response(pacedBody(chunks).body, {
    status: init.status ?? 200,
    headers: { 'content-type': 'text/event-stream', ...init.headers },
  });
}

/**
 * `source` passed through unchanged, with `settled` telling how the reader left it: `'ended'` once `source` was read
 * to its end, `'cancelled'` when the reader cancelled it (the cancel goes on to `source`).
 */
export function watched(source: ReadableStream<Uint8Array>): {
  body: ReadableStream<Uint8Array>;
  settled: Promise<'ended' | 'cancelled'>;
} {
  const reader = source.getReader();
  let settle!: (how: 'ended' | 'cancelled') => void;
  const settled = new Promise<'ended' | 'cancelled'>((resolve) => (settle = resolve));
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await reader.read();
      if (done) {
        controller.close();
        settle('ended');
      } else controller.enqueue(value);
    },
    async cancel(reason) {
      settle('cancelled');
      await reader.cancel(reason);
    },
  });
  return { body, settled };
}
