/**
 * Splitting one event source into two that see the same events, each at its own pace.
 *
 * @module
 */
import type { StreamEvent } from './stream-event.js';
import { DONE, type StreamSource } from './stream-source.js';

/** The source's SSE metadata as of one event. */
interface Metadata {
  lastEventId: string | undefined;
  retryMs: number | undefined;
}

type Pending = Promise<
  IteratorResult<StreamEvent & { readonly metadata?: never }, undefined> & Partial<Metadata>
>;

/**
 * Two event sources over `source`. Each pull of a branch that has nothing queued pulls once from `source` and queues
 * the result for the other branch too, unless that one stopped: a stopped branch holds nothing. `source` is
 * returned (its body cancelled) once both branches stopped. Each branch reports the metadata of the last event it
 * handed out.
 *
 * @param source - The source to split; nothing else may read it.
 * @param metadata - The source's SSE metadata now, read right after each event it yields.
 */
export function teeStreamSource(
  source: AsyncIterator<StreamEvent>,
  metadata: () => Metadata,
): [StreamSource, StreamSource] {
  /** What each branch was handed but has not taken yet; `undefined` once that branch stopped. */
  const queues: ((Pending | undefined)[] | undefined)[] = [[], []];
  const branch = (index: number): StreamSource & Metadata => {
    // The queue is read from `head` on (no `shift()`, which is linear per call) and compacted once the taken part
    // outweighs the rest.
    let head = 0;
    const self: StreamSource & Metadata = {
      lastEventId: undefined,
      retryMs: undefined,
      async next() {
        let queue = queues[index];
        if (!queue) return DONE;
        if (head === queue.length) {
          const next: Pending = source
            .next()
            .then((result) => (result.done ? result : { ...result, ...metadata() }));
          next.catch(() => {}); // a branch that stopped never awaits it
          for (const each of queues) each?.push(next);
        }
        const pending = queue[head] as Pending;
        queue[head++] = undefined; // let the result be collected
        if (head * 2 >= queue.length && (head === queue.length || head >= 1024)) {
          queues[index] = queue = queue.slice(head);
          head = 0;
        }
        const result = await pending;
        if (result.done) return DONE;
        ({ lastEventId: self.lastEventId, retryMs: self.retryMs } = result);
        return { value: result.value, done: false };
      },
      async return() {
        if (queues[index]) {
          queues[index] = undefined;
          if (!queues.some(Boolean)) await source.return?.();
        }
        return DONE;
      },
    };
    return self;
  };
  return [branch(0), branch(1)];
}
