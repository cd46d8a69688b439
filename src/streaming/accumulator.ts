import { StreamError } from '../errors/index.js';
import type { Response } from '../types.js';
import { isObject } from '../internal/validate.js';
import {
  appendTextDelta,
  applyItemEvent,
  indexIds,
  OUTPUT_TEXT,
  textHolder,
  type Output,
} from './accumulator-rules.js';
import { cloneJson, type Mutable } from './json-values.js';
import { isLifecycleEventType, isTerminalEventType, type StreamEvent } from './stream-event.js';

/**
 * Rebuilds a {@link Response} from stream events, the way the server built it.
 *
 * Lifecycle events are authoritative snapshots; `.added` events place an item or part, `.delta` events append text,
 * and `.done` events overwrite. It tolerates what real servers do: no `sequence_number`, a replay that starts at
 * `response.queued`, item ids that change between `added` and `done`, and skipped `.added` events. An event it does
 * not know, one that points at an item or part it does not have or of another type than the event targets, and one
 * whose index is past the next free slot leave the snapshot as it was (see `test-vectors/README.md` for the rules).
 * No event costs time or memory in proportion to an index or size the server names.
 *
 * @example
 * ```ts
 * const accumulator = new ResponseAccumulator();
 * for await (const event of stream) accumulator.add(event);
 * console.log(accumulator.snapshot?.status);
 * ```
 */
export class ResponseAccumulator {
  #snapshot: Response | undefined;
  /** The snapshot's `output` and where each item id is in it; `undefined` while the snapshot has no `output` array. */
  #output: Output | undefined;
  /** The part the last text delta went to: runs of deltas for one part skip the lookup. */
  #lastText: { outputIndex: unknown; contentIndex: unknown; itemId: unknown; part: Mutable } | undefined;

  /** The response rebuilt so far; `undefined` until the first lifecycle event. */
  get snapshot(): Response | undefined {
    return this.#snapshot;
  }

  /**
   * Applies one event to the snapshot. When it throws, the snapshot is as it was before the event.
   *
   * @param event - Any stream event; events that carry no response state (keepalive, audio, unknown types) are
   *   ignored.
   * @throws {@link StreamError} `invalid-event` for a lifecycle event whose `response` is not an object or whose
   *   `response.output` is present but not an array, or an event holding a value nested deeper than 256 levels;
   *   `response-too-large` when a text outgrows the longest string the runtime can hold.
   */
  add(event: StreamEvent): void {
    const { type } = event;
    try {
      if (type === 'response.output_text.delta') return this.#textDelta(event as Mutable);
      // Any other event may replace the item or part the cache points at.
      this.#lastText = undefined;
      if (isLifecycleEventType(type)) return this.#replace(type, (event as Mutable)['response']);
      if (this.#output) applyItemEvent(this.#output, event as Mutable);
    } catch (error) {
      throw error instanceof StreamError
        ? error
        : new StreamError('invalid-event', `Applying a ${type} event to the response failed.`, {
            cause: error,
          });
    }
  }

  /** The hot path: most events of a stream are text deltas, usually many in a row for the same part. */
  #textDelta(event: Mutable): void {
    const { output_index: outputIndex, content_index: contentIndex, item_id: itemId, delta } = event;
    if (typeof delta !== 'string') return;
    const last = this.#lastText;
    let part: Mutable | undefined;
    if (
      last &&
      last.outputIndex === outputIndex &&
      last.contentIndex === contentIndex &&
      last.itemId === itemId
    ) {
      part = last.part;
    } else {
      part = this.#output && textHolder(this.#output, event, OUTPUT_TEXT);
      this.#lastText = part && { outputIndex, contentIndex, itemId, part };
    }
    if (part) appendTextDelta(part, event, delta);
  }

  #replace(type: string, response: unknown): void {
    if (!isObject(response))
      throw new StreamError('invalid-event', `A ${type} event carried a response that is not an object.`);
    if (response['output'] !== undefined && !Array.isArray(response['output']))
      throw new StreamError(
        'invalid-event',
        `A ${type} event carried a response whose output is not an array.`,
      );
    const next = cloneJson(response) as Response;
    const previous = this.#output;
    // Early lifecycle events can carry an empty output while items are already streaming; keep ours then.
    if (!isTerminalEventType(type) && previous?.items.length && !next.output?.length) {
      next.output = previous.items as Response['output'];
    } else {
      const items = next.output as unknown[] | undefined;
      this.#output = items && { items, ids: indexIds(items) };
    }
    this.#snapshot = next;
  }
}
