/**
 * Splitting one event source into two that see the same events, each at its own pace.
 *
 * @module
 */
import type { StreamSource } from './body-reader.js';
import type { StreamEvent } from './stream-event.js';

/** An event with the source's SSE metadata as of that event. */
interface TaggedEvent {
  event: StreamEvent;
  lastEventId: string | undefined;
  retryMs: number | undefined;
}

type Pending = Promise<IteratorResult<TaggedEvent>>;

/**
 * What has been pulled from the source but not yet taken by one branch: an array with a head index (no `shift()`,
 * which is linear per call), compacted once the taken part outweighs the rest.
 */
class BranchQueue {
  #items: (Pending | undefined)[] = [];
  #head = 0;
  closed = false;

  get empty(): boolean {
    return this.#head === this.#items.length;
  }

  push(item: Pending): void {
    this.#items.push(item);
  }

  /** The oldest item; only call when not {@link BranchQueue.empty}. */
  take(): Pending {
    const item = this.#items[this.#head] as Pending;
    this.#items[this.#head++] = undefined; // let the result be collected
    if (this.#head === this.#items.length) this.#reset([]);
    else if (this.#head >= 1024 && this.#head * 2 >= this.#items.length) {
      this.#reset(this.#items.slice(this.#head));
    }
    return item;
  }

  close(): void {
    this.closed = true;
    this.#reset([]);
  }

  #reset(items: (Pending | undefined)[]): void {
    this.#items = items;
    this.#head = 0;
  }
}

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
  metadata: () => { lastEventId: string | undefined; retryMs: number | undefined },
): [StreamSource, StreamSource] {
  const queues = [new BranchQueue(), new BranchQueue()] as const;
  const pull = (): Pending => {
    const next = source.next().then((result): IteratorResult<TaggedEvent> => {
      if (result.done) return result;
      return { value: { event: result.value, ...metadata() }, done: false };
    });
    next.catch(() => {}); // a branch that stopped never awaits it
    return next;
  };
  const branch = (queue: BranchQueue): StreamSource => {
    let lastEventId: string | undefined;
    let retryMs: number | undefined;
    return {
      get lastEventId() {
        return lastEventId;
      },
      get retryMs() {
        return retryMs;
      },
      async next(): Promise<IteratorResult<StreamEvent>> {
        if (queue.closed) return { value: undefined, done: true };
        if (queue.empty) {
          const next = pull();
          for (const each of queues) if (!each.closed) each.push(next);
        }
        const result = await queue.take();
        if (result.done) return result;
        ({ lastEventId, retryMs } = result.value);
        return { value: result.value.event, done: false };
      },
      async return(): Promise<IteratorResult<StreamEvent>> {
        if (!queue.closed) {
          queue.close();
          if (queues.every((each) => each.closed)) await source.return?.();
        }
        return { value: undefined, done: true };
      },
    };
  };
  return [branch(queues[0]), branch(queues[1])];
}
