/**
 * What each item-scoped stream event does to the rebuilt response's `output`: which item and part type it targets,
 * and which field it appends to, overwrites or places. `ResponseAccumulator` applies lifecycle events itself and the
 * rest through {@link applyItemEvent}.
 *
 * Every index read from an event is checked against the list it addresses before use: an event is applied only to
 * an existing entry of the type it targets, or, where it creates one, at the next free slot (`index === length`).
 * So no event allocates, scans or copies in proportion to an index the server names, and no list ever gets a hole.
 *
 * @module
 */
import { StreamError } from '../errors/index.js';
import { isObject } from '../internal/validate.js';
import type {
  ResponseContentPartType,
  ResponseOutputItemType,
  ResponseReasoningSummaryText,
  ResponseStreamEventType,
} from '../types.js';
import { append, cloneJson, forEachElement, type Mutable } from './json-values.js';
import type { LifecycleEventType } from './stream-event.js';

/**
 * The list at `target[key]`: the array there, a new empty one (not attached yet: see {@link attach}) when the field
 * is missing, or `undefined` when it holds something else, which an event does not overwrite.
 */
function listIn(target: Mutable, key: string): unknown[] | undefined {
  const current = target[key];
  if (current === undefined) return [];
  return Array.isArray(current) ? current : undefined;
}

/** Stores `list` (from {@link listIn}) at `target[key]` once something is written to it: no event leaves an empty list. */
function attach<T>(target: Mutable, key: string, value: T): T {
  if (target[key] !== value) target[key] = value;
  return value;
}

/** Whether `index` is an integer slot of `list` that exists or is the next free one (`0 ≤ index ≤ length`). */
const isSlot = (list: readonly unknown[], index: unknown): index is number =>
  typeof index === 'number' && Number.isInteger(index) && index >= 0 && index <= list.length;

/** The object at `list[index]` when there is one and its `type` is `type` (any type when `type` is undefined). */
function entryAt(list: readonly unknown[], index: unknown, type?: string): Mutable | undefined {
  if (!isSlot(list, index) || index === list.length) return undefined;
  const entry = list[index];
  return isObject(entry) && (type === undefined || entry['type'] === type) ? entry : undefined;
}

/** Puts a copy of `value` (an `.added` / `.done` event's whole object) at `list[index]`; `false` when it cannot. */
function place(list: unknown[] | undefined, index: unknown, value: unknown): list is unknown[] {
  if (!list || !isSlot(list, index) || !isObject(value)) return false;
  list[index] = cloneJson(value);
  return true;
}

/** {@link place} into the list at `target[key]`, created when missing. */
function placeIn(target: Mutable, key: string, index: unknown, value: unknown): void {
  const list = listIn(target, key);
  if (place(list, index, value)) attach(target, key, list);
}

/** The response's `output` as the accumulator tracks it: the items, and where each item id is. */
export interface Output {
  readonly items: unknown[];
  /** Item id → index in `items`; an entry is only trusted when the item there still has that id. */
  readonly ids: Map<string, number>;
}

/** Records where each item of `items` with an id is: for a newly received `output`. */
export function indexIds(items: readonly unknown[]): Map<string, number> {
  const ids = new Map<string, number>();
  forEachElement(items, (item, index) => {
    const id = isObject(item) ? item['id'] : undefined;
    if (typeof id === 'string' && !ids.has(id)) ids.set(id, index);
  });
  return ids;
}

/**
 * The item an event points at: the one at `output_index` when that exists and its id agrees (ids may change between
 * `added` and `done`, so an item without an id also matches), else the one with `item_id`, else the one at
 * `output_index` after all. One map lookup, never a scan.
 */
function findItem(output: Output, event: Mutable): Mutable | undefined {
  const itemId = event['item_id'];
  const byIndex = entryAt(output.items, event['output_index']);
  if (byIndex && (itemId === undefined || byIndex['id'] === undefined || byIndex['id'] === itemId))
    return byIndex;
  if (typeof itemId === 'string') {
    const byId = entryAt(output.items, output.ids.get(itemId));
    if (byId?.['id'] === itemId) return byId;
  }
  return byIndex;
}

/** The item an event points at, when it is of the `type` the event targets. */
function itemOf(output: Output, event: Mutable, type: ResponseOutputItemType): Mutable | undefined {
  const item = findItem(output, event);
  return item?.['type'] === type ? item : undefined;
}

/** A part's `type`: content parts, and the reasoning summary's `summary_text`. */
type PartType = ResponseContentPartType | ResponseReasoningSummaryText['type'];

/** Where a text field lives: in the event's item, or in a part of one of its lists. */
interface TextTarget {
  readonly item: ResponseOutputItemType;
  /** The list of the item the part is in, and the event field holding its index. */
  readonly list?: { readonly key: 'content' | 'summary'; readonly index: string; readonly part: PartType };
  /** The object of the item that holds the text (`operation` of an apply_patch call). */
  readonly within?: string;
  /** The text field, which is also the `.done` event's field. */
  readonly field: string;
}

/**
 * The object holding an event's text: the item, its `within` object, or the part at the event's index, a new
 * `{type, [field]: ''}` appended when that index is the next free slot (its `.added` event was skipped).
 */
export function textHolder(output: Output, event: Mutable, target: TextTarget): Mutable | undefined {
  const item = itemOf(output, event, target.item);
  if (!item) return undefined;
  const { list, within } = target;
  if (within !== undefined) {
    const inner = item[within];
    return isObject(inner) ? inner : undefined;
  }
  if (list === undefined) return item;
  const parts = listIn(item, list.key);
  const index = event[list.index];
  if (!parts) return undefined;
  if (index !== parts.length) return entryAt(parts, index, list.part);
  const part: Mutable = { type: list.part, [target.field]: '' };
  attach(item, list.key, parts).push(part);
  return part;
}

/** Where `output_text.*` events write: the `output_text` part of a message. */
export const OUTPUT_TEXT: TextTarget = {
  item: 'message',
  list: { key: 'content', index: 'content_index', part: 'output_text' },
  field: 'text',
};

/** Updates `output` for one item-scoped event. */
type Apply = (output: Output, event: Mutable) => void;

/** Appends a `.delta` event's `delta` to the text at `target`. */
const appendDelta =
  (target: TextTarget): Apply =>
  (output, event) => {
    const delta = event['delta'];
    if (typeof delta !== 'string') return;
    const holder = textHolder(output, event, target);
    if (holder) append(holder, target.field, delta);
  };

/** Sets the text at `target` to a `.done` event's full value. */
const setDone =
  (target: TextTarget): Apply =>
  (output, event) => {
    const text = event[target.field];
    if (typeof text !== 'string') return;
    const holder = textHolder(output, event, target);
    if (holder) holder[target.field] = text;
  };

/** The `<kind>` of every `response.<kind>.delta` event the spec lists. */
type DeltaKind = ItemEventType extends infer Type
  ? Type extends `response.${infer Kind}.delta`
    ? Kind
    : never
  : never;

/** Both events of a `.delta` / `.done` pair. */
const textEvents = <Kind extends DeltaKind>(kind: Kind, target: TextTarget) =>
  ({
    [`response.${kind}.delta`]: appendDelta(target),
    [`response.${kind}.done`]: setDone(target),
  }) as Record<`response.${Kind}.${'delta' | 'done'}`, Apply>;

/** Sets the item's `status` to `status` when it is of type `item`. */
const setStatus =
  (item: ResponseOutputItemType, status: string): Apply =>
  (output, event) => {
    const target = itemOf(output, event, item);
    if (target) target['status'] = status;
  };

/** `output_item.added` / `.done`: the item at `output_index` is replaced, or appended at the next free slot. */
const placeItem: Apply = (output, event) => {
  const { items, ids } = output;
  const index = event['output_index'];
  const previous = entryAt(items, index)?.['id'];
  if (!place(items, index, event['item'])) return;
  if (typeof previous === 'string' && ids.get(previous) === index) ids.delete(previous);
  const id = (items[index as number] as Mutable)['id'];
  if (typeof id === 'string') ids.set(id, index as number);
};

/**
 * `content_part.added` / `.done`: a message takes any part but `reasoning_text`, a reasoning item only
 * `reasoning_text` (into its `content`); any other pairing changes nothing.
 */
const placeContentPart: Apply = (output, event) => {
  const item = findItem(output, event);
  const part = event['part'];
  if (!item || !isObject(part)) return;
  const reasoningText = part['type'] === 'reasoning_text';
  if (item['type'] === (reasoningText ? 'reasoning' : 'message'))
    placeIn(item, 'content', event['content_index'], part);
};

const placeSummaryPart: Apply = (output, event) => {
  const item = itemOf(output, event, 'reasoning');
  if (item) placeIn(item, 'summary', event['summary_index'], event['part']);
};

const addAnnotation: Apply = (output, event) => {
  const part = textHolder(output, event, OUTPUT_TEXT);
  if (part) placeIn(part, 'annotations', event['annotation_index'], event['annotation']);
};

/**
 * Appends an `output_text.delta` event's `delta` (a string) and `logprobs` to its `output_text` part. The
 * accumulator calls it directly for the part it has cached (the hot path); the table through {@link textHolder}.
 */
export function appendTextDelta(part: Mutable, event: Mutable, delta: string): void {
  append(part, 'text', delta);
  const logprobs = event['logprobs'];
  if (Array.isArray(logprobs) && logprobs.length > 0) {
    const list = Array.isArray(part['logprobs']) ? (part['logprobs'] as unknown[]) : (part['logprobs'] = []);
    // One by one: a spread of a server-sized array overflows the stack.
    for (const logprob of logprobs) list.push(logprob);
  }
}

const outputTextDelta: Apply = (output, event) => {
  const delta = event['delta'];
  if (typeof delta !== 'string') return;
  const part = textHolder(output, event, OUTPUT_TEXT);
  if (part) appendTextDelta(part, event, delta);
};

const outputTextDone: Apply = (output, event) => {
  const text = event['text'];
  if (typeof text !== 'string') return;
  const part = textHolder(output, event, OUTPUT_TEXT);
  if (!part) return;
  part['text'] = text;
  const logprobs = event['logprobs'];
  if (Array.isArray(logprobs) && logprobs.length > 0) part['logprobs'] = cloneJson(logprobs);
};

/** `shell_call_command.*`: `action.commands[command_index]` of a `shell_call`, a list of strings. */
const shellCommand: Apply = (output, event) => {
  const item = itemOf(output, event, 'shell_call');
  const action = item && (item['action'] === undefined ? {} : item['action']);
  const commands = isObject(action) ? listIn(action, 'commands') : undefined;
  const index = event['command_index'];
  if (!commands || !isSlot(commands, index)) return;
  const isDelta = event['type'] === 'response.shell_call_command.delta';
  const text = event[isDelta ? 'delta' : 'command'];
  if (typeof text !== 'string' || (isDelta && index < commands.length && typeof commands[index] !== 'string'))
    return;
  attach(item as Mutable, 'action', action as Mutable);
  attach(action as Mutable, 'commands', commands);
  if (isDelta) append(commands, index, text);
  else commands[index] = text;
};

/** `shell_call_output_content.delta`: appends to `output[command_index]` of a `shell_call_output`. */
const shellOutputDelta: Apply = (output, event) => {
  const delta = event['delta'];
  const item = itemOf(output, event, 'shell_call_output');
  if (
    !item ||
    !isObject(delta) ||
    (typeof delta['stdout'] !== 'string' && typeof delta['stderr'] !== 'string')
  )
    return;
  const entries = listIn(item, 'output');
  const index = event['command_index'];
  if (!entries) return;
  let entry = entryAt(entries, index);
  if (index === entries.length) attach(item, 'output', entries).push((entry = { stdout: '', stderr: '' }));
  if (!entry) return;
  for (const stream of ['stdout', 'stderr']) {
    const text = delta[stream];
    if (typeof text === 'string') append(entry, stream, text);
  }
};

/** `shell_call_output_content.done`: its `output[0]` (the command's output) becomes `output[command_index]`. */
const shellOutputDone: Apply = (output, event) => {
  const item = itemOf(output, event, 'shell_call_output');
  const done: unknown = event['output'];
  if (item && Array.isArray(done)) placeIn(item, 'output', event['command_index'], done[0]);
};

/** The events that carry no state of the response: the accumulator ignores them. */
type IgnoredEventType =
  | 'error'
  | 'keepalive'
  | 'response.audio.delta'
  | 'response.audio.done'
  | 'response.audio.transcript.delta'
  | 'response.audio.transcript.done'
  // The compaction item itself arrives in `response.output_item.done`.
  | 'response.compaction.compacting'
  | 'response.image_generation_call.partial_image'
  | 'response.mcp_list_tools.in_progress'
  | 'response.mcp_list_tools.completed'
  | 'response.mcp_list_tools.failed';

/** The event types {@link APPLY} handles: every type of the spec but lifecycle and ignored ones. */
export type ItemEventType = Exclude<ResponseStreamEventType, LifecycleEventType | IgnoredEventType>;

// Keyed by the spec's event types: an event renamed or added in the spec fails to compile here until it is handled
// or listed as ignored.
const APPLY_BY_TYPE: Record<ItemEventType, Apply> = {
  'response.output_item.added': placeItem,
  'response.output_item.done': placeItem,
  'response.content_part.added': placeContentPart,
  'response.content_part.done': placeContentPart,
  'response.reasoning_summary_part.added': placeSummaryPart,
  'response.reasoning_summary_part.done': placeSummaryPart,
  'response.output_text.delta': outputTextDelta,
  'response.output_text.done': outputTextDone,
  'response.output_text.annotation.added': addAnnotation,
  ...textEvents('refusal', {
    item: 'message',
    list: { key: 'content', index: 'content_index', part: 'refusal' },
    field: 'refusal',
  }),
  ...textEvents('reasoning_text', {
    item: 'reasoning',
    list: { key: 'content', index: 'content_index', part: 'reasoning_text' },
    field: 'text',
  }),
  ...textEvents('reasoning_summary_text', {
    item: 'reasoning',
    list: { key: 'summary', index: 'summary_index', part: 'summary_text' },
    field: 'text',
  }),
  ...textEvents('function_call_arguments', { item: 'function_call', field: 'arguments' }),
  ...textEvents('mcp_call_arguments', { item: 'mcp_call', field: 'arguments' }),
  ...textEvents('custom_tool_call_input', { item: 'custom_tool_call', field: 'input' }),
  ...textEvents('code_interpreter_call_code', { item: 'code_interpreter_call', field: 'code' }),
  ...textEvents('apply_patch_call_operation_diff', {
    item: 'apply_patch_call',
    within: 'operation',
    field: 'diff',
  }),
  'response.shell_call_command.added': shellCommand,
  'response.shell_call_command.delta': shellCommand,
  'response.shell_call_command.done': shellCommand,
  'response.shell_call_output_content.delta': shellOutputDelta,
  'response.shell_call_output_content.done': shellOutputDone,
  // Status-only events set the status of their `*_call` item.
  'response.file_search_call.in_progress': setStatus('file_search_call', 'in_progress'),
  'response.file_search_call.searching': setStatus('file_search_call', 'searching'),
  'response.file_search_call.completed': setStatus('file_search_call', 'completed'),
  'response.web_search_call.in_progress': setStatus('web_search_call', 'in_progress'),
  'response.web_search_call.searching': setStatus('web_search_call', 'searching'),
  'response.web_search_call.completed': setStatus('web_search_call', 'completed'),
  'response.code_interpreter_call.in_progress': setStatus('code_interpreter_call', 'in_progress'),
  'response.code_interpreter_call.interpreting': setStatus('code_interpreter_call', 'interpreting'),
  'response.code_interpreter_call.completed': setStatus('code_interpreter_call', 'completed'),
  'response.image_generation_call.in_progress': setStatus('image_generation_call', 'in_progress'),
  'response.image_generation_call.generating': setStatus('image_generation_call', 'generating'),
  'response.image_generation_call.completed': setStatus('image_generation_call', 'completed'),
  'response.mcp_call.in_progress': setStatus('mcp_call', 'in_progress'),
  'response.mcp_call.completed': setStatus('mcp_call', 'completed'),
  'response.mcp_call.failed': setStatus('mcp_call', 'failed'),
};

// A Map: event types are server strings, and a plain object would answer `__proto__` or `constructor`.
const APPLY: ReadonlyMap<string, Apply> = new Map(Object.entries(APPLY_BY_TYPE));

/** Applies an item-scoped event to `output`; an event of any other type changes nothing. */
export function applyItemEvent(output: Output, event: Mutable): void {
  APPLY.get(event['type'] as string)?.(output, event);
}
