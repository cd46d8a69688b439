import type { Response, ResponseStreamEvent } from '../types.js';
import { isLifecycleEventType, isTerminalEventType, type StreamEvent } from './stream-event.js';

/** A JSON object of the snapshot, mutated in place as deltas arrive. */
type Mutable = Record<string, unknown>;

const isObject = (value: unknown): value is Mutable => typeof value === 'object' && value !== null;

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

/**
 * Status-only events (`response.<item kind>.<status>`) set the item's `status` to their last segment. MCP
 * list-tools items have no status, so their events change nothing.
 */
const STATUS_EVENT_KINDS: ReadonlySet<string> = new Set([
  'file_search_call',
  'web_search_call',
  'code_interpreter_call',
  'image_generation_call',
  'mcp_call',
]);

/** Appends `delta` to the string at `target[key]` (a missing value counts as empty). */
function append(target: Mutable | undefined, key: string, delta: unknown): void {
  if (!target || typeof delta !== 'string') return;
  const current = target[key];
  target[key] = (typeof current === 'string' ? current : '') + delta;
}

/** Sets `target[key]` when `value` is present. */
function overwrite(target: Mutable | undefined, key: string, value: unknown): void {
  if (target && value !== undefined) target[key] = value;
}

/** The array at `target[key]`, created when missing. */
function arrayAt(target: Mutable, key: string): unknown[] {
  const current = target[key];
  if (Array.isArray(current)) return current;
  const created: unknown[] = [];
  target[key] = created;
  return created;
}

/** The object at `list[index]`; `fallback` is stored there first when the slot is empty. */
function slot(list: unknown[] | undefined, index: unknown, fallback?: () => Mutable): Mutable | undefined {
  if (!list || typeof index !== 'number' || !Number.isInteger(index) || index < 0) return undefined;
  const current = list[index];
  if (isObject(current)) return current;
  if (!fallback) return undefined;
  const created = fallback();
  list[index] = created;
  return created;
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
    if (event.type === 'response.output_text.delta') {
      this.#textDelta(event as ResponseStreamEvent & Mutable);
      return;
    }
    // Any other event may replace the item or part the cache points at.
    this.#lastText = undefined;
    if (isLifecycleEventType(event.type)) {
      this.#replace(event as ResponseStreamEvent & { response?: unknown });
      return;
    }
    const output = this.#snapshot?.output as unknown[] | undefined;
    if (output) applyItemEvent(output, event as ResponseStreamEvent);
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
      part = output && contentPart(output, event, 'output_text', 'text');
      this.#lastText = part && { outputIndex, contentIndex, itemId, part };
    }
    append(part, 'text', event['delta']);
    const logprobs = event['logprobs'];
    if (part && Array.isArray(logprobs) && logprobs.length > 0)
      arrayAt(part, 'logprobs').push(...(logprobs as unknown[]));
  }

  #replace(event: { type: string; response?: unknown }): void {
    if (!isObject(event.response)) return;
    const next = cloneJson(event.response) as Response;
    const previous = this.#snapshot?.output;
    // Early lifecycle events can carry an empty output while items are already streaming; keep ours then.
    if (!isTerminalEventType(event.type) && previous?.length && !next.output?.length) next.output = previous;
    this.#snapshot = next;
  }
}

/** Applies an item-scoped event to `output`. */
function applyItemEvent(output: unknown[], event: ResponseStreamEvent): void {
  const e = event as ResponseStreamEvent & Mutable;
  switch (event.type) {
    case 'response.output_item.added':
    case 'response.output_item.done':
      if (isObject(event.item) && typeof event.output_index === 'number' && event.output_index >= 0) {
        output[event.output_index] = cloneJson(event.item);
      }
      return;
    case 'response.content_part.added':
    case 'response.content_part.done': {
      const item = findItem(output, event.output_index, event.item_id);
      if (!item || !isObject(event.part)) return;
      // Reasoning text parts belong to the reasoning item's `content`, like message parts to a message's.
      const list = arrayAt(item, 'content');
      if (event.content_index >= 0) list[event.content_index] = cloneJson(event.part);
      return;
    }
    case 'response.output_text.done': {
      const part = contentPart(output, e, 'output_text', 'text');
      overwrite(part, 'text', event.text);
      if (Array.isArray(event.logprobs) && event.logprobs.length > 0)
        overwrite(part, 'logprobs', event.logprobs);
      return;
    }
    case 'response.output_text.annotation.added': {
      const part = contentPart(output, e, 'output_text', 'text');
      const list = part && arrayAt(part, 'annotations');
      if (list && event.annotation_index >= 0) list[event.annotation_index] = cloneJson(event.annotation);
      return;
    }
    case 'response.refusal.delta':
      return append(contentPart(output, e, 'refusal', 'refusal'), 'refusal', event.delta);
    case 'response.refusal.done':
      return overwrite(contentPart(output, e, 'refusal', 'refusal'), 'refusal', event.refusal);
    case 'response.reasoning_text.delta':
      return append(contentPart(output, e, 'reasoning_text', 'text'), 'text', event.delta);
    case 'response.reasoning_text.done':
      return overwrite(contentPart(output, e, 'reasoning_text', 'text'), 'text', event.text);
    case 'response.function_call_arguments.delta':
    case 'response.mcp_call_arguments.delta':
      return append(findItem(output, event.output_index, event.item_id), 'arguments', event.delta);
    case 'response.function_call_arguments.done':
    case 'response.mcp_call_arguments.done':
      return overwrite(findItem(output, event.output_index, event.item_id), 'arguments', event.arguments);
    case 'response.custom_tool_call_input.delta':
      return append(findItem(output, event.output_index, event.item_id), 'input', event.delta);
    case 'response.custom_tool_call_input.done':
      return overwrite(findItem(output, event.output_index, event.item_id), 'input', event.input);
    case 'response.code_interpreter_call_code.delta':
      return append(findItem(output, event.output_index, event.item_id), 'code', event.delta);
    case 'response.code_interpreter_call_code.done':
      return overwrite(findItem(output, event.output_index, event.item_id), 'code', event.code);
    case 'response.reasoning_summary_part.added':
    case 'response.reasoning_summary_part.done': {
      const item = findItem(output, event.output_index, event.item_id);
      const list = item && arrayAt(item, 'summary');
      if (list && event.summary_index >= 0) list[event.summary_index] = cloneJson(event.part);
      return;
    }
    case 'response.reasoning_summary_text.delta':
      return append(summaryPart(output, e), 'text', event.delta);
    case 'response.reasoning_summary_text.done':
      return overwrite(summaryPart(output, e), 'text', event.text);
    case 'response.shell_call_command.added':
    case 'response.shell_call_command.delta':
    case 'response.shell_call_command.done':
      return applyShellCommand(output, e);
    case 'response.shell_call_output_content.delta': {
      const item = findItem(output, event.output_index, event.item_id);
      const entry =
        item && slot(arrayAt(item, 'output'), event.command_index, () => ({ stdout: '', stderr: '' }));
      if (isObject(event.delta)) {
        append(entry, 'stdout', event.delta['stdout']);
        append(entry, 'stderr', event.delta['stderr']);
      }
      return;
    }
    case 'response.shell_call_output_content.done':
      return overwrite(
        findItem(output, event.output_index, event.item_id),
        'output',
        cloneJson(event.output),
      );
    case 'response.apply_patch_call_operation_diff.delta':
      return append(patchOperation(output, e), 'diff', event.delta);
    case 'response.apply_patch_call_operation_diff.done':
      return overwrite(patchOperation(output, e), 'diff', event.diff);
    default:
      applyStatusEvent(output, e);
  }
}

/** Status-only events (`response.<item kind>.<status>`), and nothing for any other event. */
function applyStatusEvent(output: unknown[], event: Mutable & { type: string }): void {
  const parts = event.type.split('.');
  if (parts.length === 3 && parts[0] === 'response' && STATUS_EVENT_KINDS.has(parts[1] ?? '')) {
    const status = parts[2];
    // `partial_image` is progress, not a status.
    if (status !== 'partial_image')
      overwrite(findItem(output, event['output_index'], event['item_id']), 'status', status);
  }
}

/** The `operation` of the apply_patch call an event points at; its `diff` is what the diff events build. */
function patchOperation(output: unknown[], event: Mutable): Mutable | undefined {
  const operation = findItem(output, event['output_index'], event['item_id'])?.['operation'];
  return isObject(operation) ? operation : undefined;
}

/**
 * The item an event points at: the one at `output_index` when that exists and its id agrees (ids may change between
 * `added` and `done`, so an item without an id also matches), else the one with `item_id`.
 */
function findItem(output: unknown[], outputIndex: unknown, itemId: unknown): Mutable | undefined {
  const byIndex = slot(output, outputIndex);
  if (byIndex && (itemId === undefined || byIndex['id'] === undefined || byIndex['id'] === itemId))
    return byIndex;
  if (typeof itemId === 'string') {
    for (const candidate of output) if (isObject(candidate) && candidate['id'] === itemId) return candidate;
  }
  return byIndex;
}

/** The content part an event points at, created (as `{type, [field]: ''}`) when its `.added` event was skipped. */
function contentPart(output: unknown[], event: Mutable, type: string, field: string): Mutable | undefined {
  const item = findItem(output, event['output_index'], event['item_id']);
  if (!item) return undefined;
  return slot(arrayAt(item, 'content'), event['content_index'], () => ({ type, [field]: '' }));
}

function summaryPart(output: unknown[], event: Mutable): Mutable | undefined {
  const item = findItem(output, event['output_index'], event['item_id']);
  if (!item) return undefined;
  return slot(arrayAt(item, 'summary'), event['summary_index'], () => ({ type: 'summary_text', text: '' }));
}

/** `shell_call_command.*` events build `action.commands[command_index]`. */
function applyShellCommand(output: unknown[], event: Mutable & { type: string }): void {
  const item = findItem(output, event['output_index'], event['item_id']);
  if (!item) return;
  const action = isObject(item['action']) ? item['action'] : (item['action'] = {});
  const commands = arrayAt(action as Mutable, 'commands');
  const index = event['command_index'];
  if (typeof index !== 'number' || index < 0) return;
  if (event.type.endsWith('.delta')) {
    const current = commands[index];
    if (typeof event['delta'] === 'string')
      commands[index] = (typeof current === 'string' ? current : '') + event['delta'];
  } else if (typeof event['command'] === 'string') {
    commands[index] = event['command'];
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
