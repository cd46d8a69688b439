import type { Response } from '../types.js';
import { isLifecycleEventType, isTerminalEventType, type StreamEvent } from './stream-event.js';

/** A JSON object of the snapshot, mutated in place as deltas arrive. */
type Mutable = Record<string, unknown>;

const isObject = (value: unknown): value is Mutable => typeof value === 'object' && value !== null;

/** Whether `index` can address an array slot: a non-negative integer. */
const isIndex = (index: unknown): index is number => Number.isInteger(index) && (index as number) >= 0;

/**
 * A deep copy of parsed JSON, so deltas never write into the event objects the caller was handed. Events come from
 * `JSON.parse`, so plain objects and arrays are all there is; this is several times faster than `structuredClone`.
 */
function cloneJson<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(cloneJson) as T;
  const copy: Mutable = {};
  for (const key of Object.keys(value)) {
    const field = cloneJson((value as Mutable)[key]);
    // A `"__proto__"` key from JSON is an own property; assigning it would set the copy's prototype instead.
    if (key === '__proto__')
      Object.defineProperty(copy, key, {
        value: field,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else copy[key] = field;
  }
  return copy as T;
}

/** Appends `delta` to the string at `target[key]` (a missing value counts as empty). */
function append(target: Mutable | unknown[] | undefined, key: string | number, delta: unknown): void {
  if (!target || typeof delta !== 'string') return;
  const current: unknown = (target as Mutable)[key];
  (target as Mutable)[key] = (typeof current === 'string' ? current : '') + delta;
}

/** Sets `target[key]` when `value` is present. */
function overwrite(target: Mutable | unknown[] | undefined, key: string | number, value: unknown): void {
  if (target && value !== undefined) (target as Mutable)[key] = value;
}

/** The array at `target[key]`, created when missing. */
function arrayAt(target: Mutable, key: string): unknown[] {
  const current = target[key];
  return Array.isArray(current) ? current : (target[key] = []);
}

/** The object at `list[index]`; `fallback` is stored there first when the slot is empty. */
function slot(list: unknown[] | undefined, index: unknown, fallback?: () => Mutable): Mutable | undefined {
  if (!list || !isIndex(index)) return undefined;
  const current = list[index];
  if (isObject(current)) return current;
  return fallback && (list[index] = fallback());
}

/** An `.added` / `.done` event's whole object replaces the one at its index (a copy, so deltas can extend it). */
function place(list: unknown[] | undefined, index: unknown, value: unknown): void {
  if (list && isIndex(index) && isObject(value)) list[index] = cloneJson(value);
}

/**
 * The item an event points at: the one at `output_index` when that exists and its id agrees (ids may change between
 * `added` and `done`, so an item without an id also matches), else the one with `item_id`.
 */
function findItem(output: unknown[], event: Mutable): Mutable | undefined {
  const itemId = event['item_id'];
  const byIndex = slot(output, event['output_index']);
  if (byIndex && (itemId === undefined || byIndex['id'] === undefined || byIndex['id'] === itemId))
    return byIndex;
  if (typeof itemId === 'string') {
    for (const candidate of output) if (isObject(candidate) && candidate['id'] === itemId) return candidate;
  }
  return byIndex;
}

/** Finds the object an event writes to, in the snapshot's `output`. */
type Locate = (output: unknown[], event: Mutable) => Mutable | undefined;

/**
 * The part at `<list>_index` in the item's `list` (`content` or `summary`), created as `{type, [field]: ''}` when its
 * `.added` event was skipped.
 */
const partOf = (list: string, type: string, field: string): Locate => {
  const index = `${list}_index`;
  return (output, event) => {
    const item = findItem(output, event);
    return item && slot(arrayAt(item, list), event[index], () => ({ type, [field]: '' }));
  };
};

const outputTextPart = partOf('content', 'output_text', 'text');

/** The `operation` of the apply_patch call an event points at; its `diff` is what the diff events build. */
const patchOperation: Locate = (output, event) => {
  const operation = findItem(output, event)?.['operation'];
  return isObject(operation) ? operation : undefined;
};

/** Updates the snapshot's `output` for one item-scoped event. */
type Apply = (output: unknown[], event: Mutable) => void;

/** What each item-scoped event does, by type; {@link applyStatusEvent} handles the rest. */
const APPLY = new Map<string, Apply>();
const on = (kind: string, statuses: string[], apply: Apply): void => {
  for (const status of statuses) APPLY.set(`response.${kind}.${status}`, apply);
};

// Text that `.delta` events append to and `.done` events set, by event kind: where it is, and its field (which is
// also the `.done` event's field). `output_text.delta` takes the accumulator's fast path instead.
for (const [kind, locate, field] of [
  ['refusal', partOf('content', 'refusal', 'refusal'), 'refusal'],
  ['reasoning_text', partOf('content', 'reasoning_text', 'text'), 'text'],
  ['reasoning_summary_text', partOf('summary', 'summary_text', 'text'), 'text'],
  ['function_call_arguments', findItem, 'arguments'],
  ['mcp_call_arguments', findItem, 'arguments'],
  ['custom_tool_call_input', findItem, 'input'],
  ['code_interpreter_call_code', findItem, 'code'],
  ['apply_patch_call_operation_diff', patchOperation, 'diff'],
] as const) {
  on(kind, ['delta'], (output, event) => append(locate(output, event), field, event['delta']));
  on(kind, ['done'], (output, event) => overwrite(locate(output, event), field, event[field]));
}

const ADDED_DONE = ['added', 'done'];
on('output_item', ADDED_DONE, (output, event) => place(output, event['output_index'], event['item']));
// Reasoning text parts belong to the reasoning item's `content`, like message parts to a message's.
on('content_part', ADDED_DONE, (output, event) => {
  const item = findItem(output, event);
  place(item && arrayAt(item, 'content'), event['content_index'], event['part']);
});
on('reasoning_summary_part', ADDED_DONE, (output, event) => {
  const item = findItem(output, event);
  place(item && arrayAt(item, 'summary'), event['summary_index'], event['part']);
});
on('output_text.annotation', ['added'], (output, event) => {
  const part = outputTextPart(output, event);
  place(part && arrayAt(part, 'annotations'), event['annotation_index'], event['annotation']);
});
on('output_text', ['done'], (output, event) => {
  const part = outputTextPart(output, event);
  overwrite(part, 'text', event['text']);
  const logprobs = event['logprobs'];
  if (Array.isArray(logprobs) && logprobs.length > 0) overwrite(part, 'logprobs', logprobs);
});
// `shell_call_command.*` events build `action.commands[command_index]`.
on('shell_call_command', ['added', 'delta', 'done'], (output, event) => {
  const item = findItem(output, event);
  if (!item) return;
  const action = isObject(item['action']) ? item['action'] : (item['action'] = {});
  const commands = arrayAt(action, 'commands');
  const index = event['command_index'];
  if (typeof index !== 'number' || index < 0) return;
  if (event['type'] === 'response.shell_call_command.delta') append(commands, index, event['delta']);
  else if (typeof event['command'] === 'string') commands[index] = event['command'];
});
on('shell_call_output_content', ['delta'], (output, event) => {
  const item = findItem(output, event);
  const entry =
    item && slot(arrayAt(item, 'output'), event['command_index'], () => ({ stdout: '', stderr: '' }));
  const delta = event['delta'];
  if (isObject(delta)) {
    append(entry, 'stdout', delta['stdout']);
    append(entry, 'stderr', delta['stderr']);
  }
});
on('shell_call_output_content', ['done'], (output, event) =>
  overwrite(findItem(output, event), 'output', cloneJson(event['output'])),
);

/**
 * Status-only events (`response.<item kind>.<status>`) set the item's `status` to their last segment; `partial_image`
 * is progress, not a status. MCP list-tools items have no status, so their events change nothing.
 */
const STATUS_EVENT =
  /^response\.(?:file_search|web_search|code_interpreter|image_generation|mcp)_call\.([^.]+)$/;

function applyStatusEvent(output: unknown[], event: Mutable): void {
  const status = STATUS_EVENT.exec(event['type'] as string)?.[1];
  if (status !== undefined && status !== 'partial_image')
    overwrite(findItem(output, event), 'status', status);
}

/**
 * Rebuilds a {@link Response} from stream events, the way the server built it.
 *
 * Lifecycle events are authoritative snapshots; `.added` events append, `.delta` events append text, and `.done`
 * events overwrite. It tolerates what real servers do: no `sequence_number`, a replay that starts at
 * `response.queued`, item ids that change between `added` and `done`, and gaps. It never throws: an event it does not
 * know, or one that points at an item it does not have, leaves the snapshot as it was.
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
  /** The part the last text delta went to: runs of deltas for one part skip the lookup. */
  #lastText: { outputIndex: unknown; contentIndex: unknown; itemId: unknown; part: Mutable } | undefined;

  /** The response rebuilt so far; `undefined` until the first lifecycle event. */
  get snapshot(): Response | undefined {
    return this.#snapshot;
  }

  /**
   * Applies one event to the snapshot.
   *
   * @param event - Any stream event; events that carry no response state (keepalive, audio, unknown types) are
   *   ignored.
   */
  add(event: StreamEvent): void {
    const { type } = event;
    if (type === 'response.output_text.delta') return this.#textDelta(event as Mutable);
    // Any other event may replace the item or part the cache points at.
    this.#lastText = undefined;
    if (isLifecycleEventType(type)) return this.#replace(type, (event as Mutable)['response']);
    const output = this.#snapshot?.output as unknown[] | undefined;
    if (output) (APPLY.get(type) ?? applyStatusEvent)(output, event as Mutable);
  }

  /** The hot path: most events of a stream are text deltas, usually many in a row for the same part. */
  #textDelta(event: Mutable): void {
    const { output_index: outputIndex, content_index: contentIndex, item_id: itemId } = event;
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
      const output = this.#snapshot?.output as unknown[] | undefined;
      part = output && outputTextPart(output, event);
      this.#lastText = part && { outputIndex, contentIndex, itemId, part };
    }
    append(part, 'text', event['delta']);
    const logprobs = event['logprobs'];
    if (part && Array.isArray(logprobs) && logprobs.length > 0)
      arrayAt(part, 'logprobs').push(...(logprobs as unknown[]));
  }

  #replace(type: string, response: unknown): void {
    if (!isObject(response)) return;
    const next = cloneJson(response) as Response;
    const previous = this.#snapshot?.output;
    // Early lifecycle events can carry an empty output while items are already streaming; keep ours then.
    if (!isTerminalEventType(type) && previous?.length && !next.output?.length) next.output = previous;
    this.#snapshot = next;
  }
}

/**
 * All `output_text` parts of all `message` items joined in order: the `output_text` convenience property, with the
 * same meaning in streaming and non-streaming responses.
 */
export function outputText(response: Pick<Response, 'output'>): string {
  let text = '';
  for (const item of (response.output ?? []) as unknown[]) {
    if (!isObject(item) || item['type'] !== 'message' || !Array.isArray(item['content'])) continue;
    for (const part of item['content'] as unknown[]) {
      if (isObject(part) && part['type'] === 'output_text' && typeof part['text'] === 'string')
        text += part['text'];
    }
  }
  return text;
}
