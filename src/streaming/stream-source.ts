/**
 * Where a `ResponseStream` takes its events from: the body reader, a tee branch, or a reply that failed before it
 * streamed. One interface, and the one result every finished source hands out.
 *
 * @module
 */
import type { StreamEvent } from './stream-event.js';

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

/** The result of an iterator that is done; shared, and frozen so that no consumer can change it. */
export const DONE: IteratorReturnResult<undefined> = /* @__PURE__ */ Object.freeze({
  value: undefined,
  done: true,
});
