/**
 * JSON values as the accumulator reads and builds them: each element of an array at a cost in proportion to its
 * elements (not its length), a depth-bounded deep copy, and text joined without a `RangeError`.
 *
 * @module
 */
import { StreamError } from '../errors/index.js';

/** A JSON object of the snapshot, mutated in place as deltas arrive. */
export type Mutable = Record<string, unknown>;

/**
 * `text + more`, or a `StreamError` of type `response-too-large` when that is longer than the longest string the
 * runtime can hold (V8 throws a `RangeError` past 2^29 − 24 characters; other engines have their own limits).
 *
 * @param what - The text, for the message: `A text of the response`.
 * @param advice - What to do instead, for the message: `; <advice>`.
 */
export function concat(text: string, more: string, what: string, advice = ''): string {
  try {
    return text + more;
  } catch (cause) {
    throw new StreamError(
      'response-too-large',
      `${what} grew beyond the longest string this runtime can hold (${text.length} + ${more.length} ` +
        `characters)${advice}.`,
      { cause },
    );
  }
}

/**
 * Appends `delta` to the string at `target[key]` (a missing value counts as empty).
 *
 * @throws {@link StreamError} `response-too-large` when the text would outgrow the engine's longest string.
 */
export function append(target: Mutable | unknown[], key: string | number, delta: string): void {
  const current: unknown = (target as Mutable)[key];
  (target as Mutable)[key] = concat(
    typeof current === 'string' ? current : '',
    delta,
    'A text of the response',
  );
}

/** Up to this length an array is walked slot by slot; beyond it by its own keys, so a sparse one costs its elements. */
const WALK_SLOTS = 1 << 16;

/**
 * Calls `visit` with each element of `list` and its index, in order, skipping holes, at a cost in proportion to the
 * elements there are rather than to `length` (JSON never has holes, but a caller's array may).
 */
export function forEachElement(
  list: readonly unknown[],
  visit: (element: unknown, index: number) => void,
): void {
  const { length } = list;
  if (length <= WALK_SLOTS) {
    for (let index = 0; index < length; index++) if (index in list) visit(list[index], index);
    return;
  }
  // Integer keys come first and in ascending order.
  for (const key of Object.keys(list)) {
    const index = Number(key);
    if (!(index < length) || String(index) !== key) break;
    visit(list[index], index);
  }
}

/** Objects nested deeper than this are not copied: an event that carries one ends the stream. */
const MAX_NESTING = 256;

/**
 * A deep copy of parsed JSON, so deltas never write into the event objects the caller was handed. Events come from
 * `JSON.parse`, so plain objects and arrays are all there is; this is several times faster than `structuredClone`.
 *
 * @throws {@link StreamError} `invalid-event` for a value nested deeper than {@link MAX_NESTING} levels (JSON.parse
 *   accepts any depth; recursing into it would overflow the stack).
 */
export function cloneJson<T>(value: T, depth = 0): T {
  if (typeof value !== 'object' || value === null) return value;
  if (depth > MAX_NESTING)
    throw new StreamError(
      'invalid-event',
      `An event holds a value nested deeper than ${MAX_NESTING} levels.`,
    );
  if (Array.isArray(value)) {
    if (value.length <= WALK_SLOTS) return value.map((item) => cloneJson(item, depth + 1)) as T;
    const copy: unknown[] = [];
    forEachElement(value, (item, index) => (copy[index] = cloneJson(item, depth + 1)));
    copy.length = value.length;
    return copy as T;
  }
  const copy: Mutable = {};
  for (const key of Object.keys(value)) {
    const field = cloneJson((value as Mutable)[key], depth + 1);
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
