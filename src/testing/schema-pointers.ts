// Reading the spec by JSON pointer, and the value by Ajv instance path: the small helpers the error detailing
// (schema-errors.ts) walks the spec and the request with.
import { isObject } from '../internal/validate.js';

/** A FastAPI `loc`: where the bad value is (`["body", "input", 2, "call_id"]`, `["header", "X-Features", "agent_arch"]`). */
export type Loc = (string | number)[];

/** A JSON object. */
export type Json = Record<string, unknown>;

/** One segment of a JSON pointer, escaped. */
export const escapeSegment = (segment: string): string =>
  encodeURIComponent(segment.replaceAll('~', '~0').replaceAll('/', '~1'));

function nodeAt(doc: Json, pointer: string): Json | undefined {
  let node: unknown = doc;
  for (const raw of pointer.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    const segment = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    node = isObject(node) ? node[segment] : Array.isArray(node) ? node[Number(segment)] : undefined;
  }
  return isObject(node) ? node : undefined;
}

/** A schema of the spec and the pointer it was found at (after following `$ref`s). */
export interface Resolved {
  pointer: string;
  node: Json;
}

/** Follows `$ref`s (local ones only) to the schema they name. */
export function resolve(doc: Json, pointer: string): Resolved | undefined {
  for (let hops = 0; hops < 32; hops++) {
    const node = nodeAt(doc, pointer);
    if (!node) return undefined;
    const ref = node['$ref'];
    if (typeof ref !== 'string' || !ref.startsWith('#')) return { pointer, node };
    pointer = ref;
  }
  return undefined;
}

/** The JSON Schema type of a value (`integer` for whole numbers). */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Whether a schema's `type` (if any) admits values of JSON type `type`. */
export function acceptsType(node: Json, type: string): boolean {
  const declared = node['type'];
  if (declared === undefined) return true;
  const types = Array.isArray(declared) ? declared : [declared];
  return types.includes(type) || (type === 'integer' && types.includes('number'));
}

/** The `type` tags a union member accepts, or `undefined` when it has no `type` property. */
export function tagsOf(node: Json): unknown[] | undefined {
  const tag = isObject(node['properties']) ? node['properties']['type'] : undefined;
  if (!isObject(tag)) return undefined;
  if ('const' in tag) return [tag['const']];
  return Array.isArray(tag['enum']) ? tag['enum'] : undefined;
}

/** Splits an Ajv instance path into `loc` segments (array indexes as numbers). */
export function segmentsOf(instancePath: string, value: unknown): Loc {
  const segments: Loc = [];
  let cursor = value;
  for (const raw of instancePath.split('/').slice(1)) {
    const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(cursor)) {
      segments.push(Number(segment));
      cursor = cursor[Number(segment)];
    } else {
      segments.push(segment);
      cursor = isObject(cursor) ? cursor[segment] : undefined;
    }
  }
  return segments;
}

/** The value at `path` inside `value`. */
export function valueAt(value: unknown, path: Loc): unknown {
  let cursor = value;
  for (const segment of path) {
    cursor =
      isObject(cursor) || Array.isArray(cursor)
        ? (cursor as Record<string | number, unknown>)[segment]
        : undefined;
  }
  return cursor;
}

/**
 * Whether `value` has more than `limit` JSON values in it (itself included), counted without recursion and stopping
 * as soon as the answer is known.
 */
export function hasMoreValuesThan(value: unknown, limit: number): boolean {
  const pending: unknown[] = [value];
  let count = 0;
  while (pending.length > 0) {
    const next = pending.pop();
    if (++count > limit) return true;
    if (Array.isArray(next)) {
      if (count + next.length > limit) return true;
      pending.push(...next);
    } else if (isObject(next)) {
      const children = Object.values(next);
      if (count + children.length > limit) return true;
      pending.push(...children);
    }
  }
  return false;
}
