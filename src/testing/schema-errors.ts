// Turns Ajv's errors into FastAPI-style `detail` entries that name the one field at fault.
//
// Ajv reports every branch of a failed union (`anyOf`/`oneOf`): an input item with a bad `call_id` yields errors from
// all 28 input item schemas. Like pydantic's tagged unions, the emulator instead picks the branch the value meant (the
// one whose `type` tag matches, then the one with the fewest errors) and reports that branch's errors only.
import type { ValidationErrorDetail } from '../types.js';
import { toDetail, typeDetail } from './error-details.js';

/** A FastAPI `loc`: where the bad value is (`["body", "input", 2, "call_id"]`, `["header", "X-Features", "agent_arch"]`). */
export type Loc = (string | number)[];

/** One Ajv error, reduced to what is needed here. */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string | undefined;
}

/** Validates a value against the schema at a JSON pointer of the spec; `undefined` when there is no such schema. */
export type ValidateAt = (pointer: string, value: unknown) => SchemaError[] | undefined;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const MAX_DETAILS = 50;

const escapeSegment = (segment: string): string =>
  encodeURIComponent(segment.replaceAll('~', '~0').replaceAll('/', '~1'));

function nodeAt(doc: Json, pointer: string): Json | undefined {
  let node: unknown = doc;
  for (const raw of pointer.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    const segment = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    node = isObject(node) ? node[segment] : Array.isArray(node) ? node[Number(segment)] : undefined;
  }
  return isObject(node) ? node : undefined;
}

/** Follows `$ref`s (local ones only) to the schema they name. */
function resolve(doc: Json, pointer: string): { pointer: string; node: Json } | undefined {
  for (let hops = 0; hops < 32; hops++) {
    const node = nodeAt(doc, pointer);
    if (!node) return undefined;
    const ref = node['$ref'];
    if (typeof ref !== 'string' || !ref.startsWith('#')) return { pointer, node };
    pointer = ref;
  }
  return undefined;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function acceptsType(node: Json, type: string): boolean {
  const declared = node['type'];
  if (declared === undefined) return true;
  const types = Array.isArray(declared) ? declared : [declared];
  return types.includes(type) || (type === 'integer' && types.includes('number'));
}

/** The `type` tags a union member accepts, or `undefined` when it has no `type` property. */
function tagsOf(node: Json): unknown[] | undefined {
  const tag = isObject(node['properties']) ? node['properties']['type'] : undefined;
  if (!isObject(tag)) return undefined;
  if ('const' in tag) return [tag['const']];
  return Array.isArray(tag['enum']) ? tag['enum'] : undefined;
}

interface Context {
  doc: Json;
  validateAt: ValidateAt;
}

/** Picks the member of a union that `value` was meant to be, or explains why none fits. */
function chooseMember(
  context: Context,
  union: { pointer: string; node: Json },
  value: unknown,
  loc: Loc,
): { pointer: string } | { details: ValidationErrorDetail[] } {
  const keyword = Array.isArray(union.node['oneOf']) ? 'oneOf' : 'anyOf';
  const members = ((union.node[keyword] as unknown[]) ?? [])
    .map((_, index) => resolve(context.doc, `${union.pointer}/${keyword}/${index}`))
    .filter((member) => member !== undefined);
  let candidates = members.filter((member) => acceptsType(member.node, jsonType(value)));
  if (candidates.length === 0) {
    const expected = [...new Set(members.flatMap((m) => [m.node['type'] ?? []].flat()))].map(String);
    return { details: [typeDetail(loc, expected)] };
  }
  if (isObject(value)) {
    const tagged = candidates.filter((member) => {
      const tags = tagsOf(member.node);
      if (value['type'] === undefined) {
        const required = member.node['required'];
        return !(Array.isArray(required) && required.includes('type'));
      }
      return tags === undefined || tags.includes(value['type']);
    });
    if (tagged.length === 0) {
      const tags = [...new Set(candidates.flatMap((m) => tagsOf(m.node) ?? []))];
      return {
        details: [
          {
            loc: [...loc, 'type'],
            msg: `Input tag ${JSON.stringify(value['type'])} found using 'type' does not match any of the expected tags: ${tags.map((t) => JSON.stringify(t)).join(', ')}`,
            type: 'union_tag_invalid',
          },
        ],
      };
    }
    candidates = tagged;
  }
  // Among the members the value could mean, the one it comes closest to satisfying.
  const scored = candidates.map((member) => ({
    member,
    errors: context.validateAt(member.pointer, value)?.length ?? Infinity,
  }));
  scored.sort((a, b) => a.errors - b.errors);
  return { pointer: (scored[0] as (typeof scored)[number]).member.pointer };
}

/** Splits an Ajv instance path into `loc` segments (array indexes as numbers). */
function segmentsOf(instancePath: string, value: unknown): Loc {
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

/** Walks from the schema at `pointer` along `path` (inside `value`), choosing union members on the way. */
function walk(context: Context, pointer: string, value: unknown, path: Loc): string | undefined {
  let current = pointer;
  let cursor = value;
  for (let index = 0; index < path.length;) {
    const resolved = resolve(context.doc, current);
    if (!resolved) return undefined;
    const { node } = resolved;
    const segment = path[index] as string | number;
    if (Array.isArray(node['anyOf']) || Array.isArray(node['oneOf'])) {
      const choice = chooseMember(context, resolved, cursor, []);
      if (!('pointer' in choice)) return undefined;
      current = choice.pointer;
      continue;
    }
    const properties = node['properties'];
    if (typeof segment === 'string' && isObject(properties) && segment in properties) {
      current = `${resolved.pointer}/properties/${escapeSegment(segment)}`;
    } else if (typeof segment === 'number' && isObject(node['items'])) {
      current = `${resolved.pointer}/items`;
    } else if (typeof segment === 'string' && isObject(node['additionalProperties'])) {
      current = `${resolved.pointer}/additionalProperties`;
    } else {
      return undefined;
    }
    cursor =
      isObject(cursor) || Array.isArray(cursor)
        ? (cursor as Record<string | number, unknown>)[segment]
        : undefined;
    index++;
  }
  return current;
}

function valueAt(value: unknown, path: Loc): unknown {
  let cursor = value;
  for (const segment of path) {
    cursor =
      isObject(cursor) || Array.isArray(cursor)
        ? (cursor as Record<string | number, unknown>)[segment]
        : undefined;
  }
  return cursor;
}

const isPrefix = (prefix: Loc, path: Loc): boolean =>
  prefix.length <= path.length && prefix.every((segment, index) => path[index] === segment);

function explain(
  context: Context,
  pointer: string,
  value: unknown,
  loc: Loc,
  depth: number,
): ValidationErrorDetail[] {
  const errors = context.validateAt(pointer, value);
  if (!errors || errors.length === 0) return [];
  const located = errors.map((error) => ({ error, path: segmentsOf(error.instancePath, value) }));
  const unionPaths = located
    .filter(({ error }) => error.keyword === 'anyOf' || error.keyword === 'oneOf')
    .map(({ path }) => path)
    .sort((a, b) => a.length - b.length);
  const outermost: Loc[] = [];
  for (const path of unionPaths) if (!outermost.some((outer) => isPrefix(outer, path))) outermost.push(path);

  const details: ValidationErrorDetail[] = [];
  for (const { error, path } of located) {
    if (!outermost.some((outer) => isPrefix(outer, path))) details.push(toDetail(error, [...loc, ...path]));
  }
  for (const path of outermost) {
    const sub = valueAt(value, path);
    const unionPointer = depth < 16 ? walk(context, pointer, value, path) : undefined;
    const union = unionPointer === undefined ? undefined : resolve(context.doc, unionPointer);
    if (!union) {
      details.push({
        loc: [...loc, ...path],
        msg: 'Input does not match any allowed shape',
        type: 'union_error',
      });
      continue;
    }
    const choice = chooseMember(context, union, sub, [...loc, ...path]);
    if ('details' in choice) details.push(...choice.details);
    else {
      const inner = explain(context, choice.pointer, sub, [...loc, ...path], depth + 1);
      details.push(
        ...(inner.length > 0
          ? inner
          : [
              {
                loc: [...loc, ...path],
                msg: 'Input matches more than one allowed shape',
                type: 'union_error',
              },
            ]),
      );
    }
  }
  return details;
}

/**
 * The FastAPI-style errors of `value` against the schema at `pointer` of `doc`, each located under `loc`; empty when
 * the value is valid.
 *
 * @param doc - The OpenAPI document the pointer points into.
 * @param validateAt - Validates against a schema of `doc` by pointer (Ajv with `allErrors`).
 * @param pointer - A JSON pointer such as `#/components/schemas/FeaturesHeader`.
 * @param value - The parsed value to check.
 * @param loc - Where the value came from, e.g. `["header", "X-Features"]`.
 */
export function schemaErrors(
  doc: object,
  validateAt: ValidateAt,
  pointer: string,
  value: unknown,
  loc: Loc,
): ValidationErrorDetail[] {
  const details = explain({ doc: doc as Json, validateAt }, pointer, value, loc, 0);
  const seen = new Set<string>();
  return details
    .filter((detail) => {
      const key = `${JSON.stringify(detail.loc)} ${detail.type}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .slice(0, MAX_DETAILS);
}
