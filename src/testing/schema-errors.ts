// Turns Ajv's errors into FastAPI-style `detail` entries that name the one field at fault.
//
// Ajv reports every branch of a failed union (`anyOf`/`oneOf`): an input item with a bad `call_id` yields errors from
// all 28 input item schemas. Like pydantic's tagged unions, the emulator instead picks the branch the value meant (the
// one whose `type` tag matches, then the one with the fewest errors) and reports that branch's errors only.
//
// Cost stays linear in the size of the value. Ajv's `allErrors` mode is not: each `$ref` it follows concatenates the
// errors found so far, so a body of 16,000 bad items took minutes and a gigabyte. Small values (a few hundred JSON
// values) are explained from one `allErrors` pass; a larger one is first checked with a validator that stops at the
// first error, and only its failing parts are explained, part by part, each again small or split further. After
// `limit` details the rest are only counted, and one last entry says how many were left out.
import type { ValidationErrorDetail } from '../types.js';
import { isObject } from '../internal/validate.js';
import { toDetail, typeDetail, type SchemaError } from './error-details.js';
import {
  acceptsType,
  escapeSegment,
  hasMoreValuesThan,
  jsonType,
  resolve,
  segmentsOf,
  tagsOf,
  valueAt,
  type Json,
  type Loc,
  type Resolved,
} from './schema-pointers.js';

export type { Loc } from './schema-pointers.js';

/**
 * Validates a value against the schema at a JSON pointer of the spec: `undefined` when there is no such schema, `[]`
 * when the value is valid, else its errors.
 */
export type ValidateAt = (pointer: string, value: unknown) => SchemaError[] | undefined;

/** The two validators error detailing uses: Ajv with `allErrors`, and Ajv stopping at the first error. */
export interface Validators {
  /** Every error (Ajv `allErrors`); used on small values only. */
  all: ValidateAt;
  /** Whether the value is valid, stopping at the first error; its errors (usually one) when it is not. */
  first: ValidateAt;
}

/** How many detail entries a reply lists at most; {@link schemaErrors} counts the rest. */
export const MAX_DETAILS = 100;

/**
 * Values with at most this many JSON values in them are explained from one `allErrors` pass (each bad `{}` input
 * item yields about a hundred Ajv errors, and Ajv's cost grows with their square).
 */
const SMALL_VALUE = 256;

interface Context {
  doc: Json;
  validators: Validators;
  limit: number;
  /** Details produced so far. */
  listed: number;
  /** Invalid values (items, properties, union members) found once the limit was reached, and not explained. */
  unlisted: number;
}

const isValid = (context: Context, pointer: string, value: unknown): boolean =>
  context.validators.first(pointer, value)?.length === 0;

const full = (context: Context): boolean => context.listed >= context.limit;

/** Picks the member of a union that `value` was meant to be, or explains why none fits. */
function chooseMember(
  context: Context,
  union: Resolved,
  value: unknown,
  loc: Loc,
  small: boolean,
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
  if (candidates.length === 1) return { pointer: (candidates[0] as Resolved).pointer };
  // Among the members the value could mean, the one it comes closest to satisfying: the fewest errors for a small
  // value; for a large one (where counting every error costs too much), the member whose first error lies deepest.
  const scored = candidates.map((member) => {
    if (small) return { member, score: context.validators.all(member.pointer, value)?.length ?? Infinity };
    const errors = context.validators.first(member.pointer, value);
    if (errors === undefined) return { member, score: Infinity };
    const depth = Math.min(...errors.map((error) => error.instancePath.split('/').length), 1e6);
    return { member, score: errors.length === 0 ? -Infinity : -depth };
  });
  scored.sort((a, b) => a.score - b.score);
  return { pointer: (scored[0] as (typeof scored)[number]).member.pointer };
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
      const choice = chooseMember(context, resolved, cursor, [], true);
      if (!('pointer' in choice)) return undefined;
      current = choice.pointer;
      continue;
    }
    const child = childSchema(resolved, segment);
    if (child === undefined) return undefined;
    current = child;
    cursor =
      isObject(cursor) || Array.isArray(cursor)
        ? (cursor as Record<string | number, unknown>)[segment]
        : undefined;
    index++;
  }
  return current;
}

/** The pointer of the schema that a property or item of a value of schema `resolved` must satisfy, if one does. */
function childSchema(resolved: Resolved, segment: string | number): string | undefined {
  const { node, pointer } = resolved;
  const properties = node['properties'];
  if (typeof segment === 'string' && isObject(properties) && Object.hasOwn(properties, segment)) {
    return `${pointer}/properties/${escapeSegment(segment)}`;
  }
  if (typeof segment === 'number' && isObject(node['items'])) return `${pointer}/items`;
  if (typeof segment === 'string' && isObject(node['additionalProperties'])) {
    return `${pointer}/additionalProperties`;
  }
  return undefined;
}

const pathKey = (path: Loc): string => JSON.stringify(path);

/** The details of a small value, from one `allErrors` pass. */
function explainSmall(
  context: Context,
  pointer: string,
  value: unknown,
  loc: Loc,
  depth: number,
): ValidationErrorDetail[] {
  const errors = context.validators.all(pointer, value);
  if (!errors || errors.length === 0) return [];
  const located = errors.map((error) => ({ error, path: segmentsOf(error.instancePath, value) }));
  const unionPaths = located
    .filter(({ error }) => error.keyword === 'anyOf' || error.keyword === 'oneOf')
    .map(({ path }) => path)
    .sort((a, b) => a.length - b.length);
  // The outermost unions: those inside no other union. A path is inside one when one of its prefixes is one.
  const outermost: Loc[] = [];
  const outermostKeys = new Set<string>();
  const insideOutermost = (path: Loc): boolean => {
    for (let length = 0; length <= path.length; length++) {
      if (outermostKeys.has(pathKey(path.slice(0, length)))) return true;
    }
    return false;
  };
  for (const path of unionPaths) {
    if (insideOutermost(path)) continue;
    outermost.push(path);
    outermostKeys.add(pathKey(path));
  }

  const details: ValidationErrorDetail[] = [];
  for (const { error, path } of located) {
    if (!insideOutermost(path)) details.push(toDetail(error, [...loc, ...path]));
  }
  context.listed += details.length;
  for (const path of outermost) {
    if (full(context)) context.unlisted++;
    else explainUnion(context, pointer, value, loc, path, depth, details);
  }
  return details;
}

/** Adds the details of the union at `path` (inside `value`, of schema `pointer`): those of the member it chose. */
function explainUnion(
  context: Context,
  pointer: string,
  value: unknown,
  loc: Loc,
  path: Loc,
  depth: number,
  details: ValidationErrorDetail[],
): void {
  const sub = valueAt(value, path);
  const unionPointer = depth < 16 ? walk(context, pointer, value, path) : undefined;
  const union = unionPointer === undefined ? undefined : resolve(context.doc, unionPointer);
  if (!union) {
    details.push(unionError([...loc, ...path], 'Input does not match any allowed shape'));
    context.listed++;
    return;
  }
  const choice = chooseMember(context, union, sub, [...loc, ...path], true);
  if ('details' in choice) {
    details.push(...choice.details);
    context.listed += choice.details.length;
    return;
  }
  const inner = explainSmall(context, choice.pointer, sub, [...loc, ...path], depth + 1);
  if (inner.length > 0) details.push(...inner);
  else {
    details.push(unionError([...loc, ...path], 'Input matches more than one allowed shape'));
    context.listed++;
  }
}

const unionError = (loc: Loc, msg: string): ValidationErrorDetail => ({ loc, msg, type: 'union_error' });

/** The details of the first error(s) only: for shapes the descent does not split. */
function firstDetails(context: Context, pointer: string, value: unknown, loc: Loc): ValidationErrorDetail[] {
  const details = (context.validators.first(pointer, value) ?? []).map((error) =>
    toDetail(error, [...loc, ...segmentsOf(error.instancePath, value)]),
  );
  context.listed += details.length;
  return details;
}

/** `details`, or when the split found nothing (a keyword over the whole value failed), the first error. */
function orFirst(
  context: Context,
  details: ValidationErrorDetail[],
  pointer: string,
  value: unknown,
  loc: Loc,
): ValidationErrorDetail[] {
  if (details.length > 0) return details;
  if (full(context)) {
    context.unlisted++;
    return [];
  }
  return firstDetails(context, pointer, value, loc);
}

/** Explains the invalid parts of `value`, one by one, once the limit is reached only counting them. */
function explainParts(
  context: Context,
  parts: Iterable<{ pointer: string; value: unknown; loc: Loc }>,
  depth: number,
): ValidationErrorDetail[] {
  const details: ValidationErrorDetail[] = [];
  for (const part of parts) {
    if (isValid(context, part.pointer, part.value)) continue;
    if (full(context)) context.unlisted++;
    else details.push(...explain(context, part.pointer, part.value, part.loc, depth + 1));
  }
  return details;
}

function* itemsOf(pointer: string, array: readonly unknown[], loc: Loc) {
  for (let index = 0; index < array.length; index++) {
    yield { pointer, value: array[index], loc: [...loc, index] };
  }
}

/** The details of a value of any size: small ones at once, large ones split into their parts. */
function explain(
  context: Context,
  pointer: string,
  value: unknown,
  loc: Loc,
  depth: number,
): ValidationErrorDetail[] {
  if (!hasMoreValuesThan(value, SMALL_VALUE)) return explainSmall(context, pointer, value, loc, depth);
  if (isValid(context, pointer, value)) return [];
  const resolved = resolve(context.doc, pointer);
  if (!resolved) return firstDetails(context, pointer, value, loc);
  const { node } = resolved;

  if (Array.isArray(node['anyOf']) || Array.isArray(node['oneOf'])) {
    const choice = chooseMember(context, resolved, value, loc, false);
    if ('details' in choice) {
      context.listed += choice.details.length;
      return choice.details;
    }
    const inner = explain(context, choice.pointer, value, loc, depth + 1);
    if (inner.length > 0) return inner;
    context.listed++;
    return [unionError(loc, 'Input matches more than one allowed shape')];
  }

  if (Array.isArray(value) && isObject(node['items'])) {
    const details: ValidationErrorDetail[] = [];
    for (const keyword of ['minItems', 'maxItems'] as const) {
      const limit = node[keyword];
      if (typeof limit !== 'number') continue;
      if (keyword === 'minItems' ? value.length < limit : value.length > limit) {
        details.push(toDetail({ instancePath: '', keyword, params: { limit } }, loc));
      }
    }
    context.listed += details.length;
    details.push(...explainParts(context, itemsOf(`${resolved.pointer}/items`, value, loc), depth));
    return orFirst(context, details, pointer, value, loc);
  }

  if (isObject(value) && (isObject(node['properties']) || 'additionalProperties' in node)) {
    // The object's own problems (missing or extra properties) come from an `allErrors` pass over a copy without its
    // invalid properties, which are explained on their own; what their absence adds (a missing field) is dropped.
    const invalid: { pointer: string; value: unknown; loc: Loc }[] = [];
    const rest: Json = {};
    for (const [key, child] of Object.entries(value)) {
      const childPointer = childSchema(resolved, key);
      if (childPointer !== undefined && !isValid(context, childPointer, child)) {
        invalid.push({ pointer: childPointer, value: child, loc: [...loc, key] });
      } else rest[key] = child;
    }
    const dropped = new Set(invalid.map((part) => part.loc.at(-1)));
    const own = explainSmall(context, pointer, rest, loc, depth).filter(
      (detail) => !dropped.has(detail.loc[loc.length] as string),
    );
    return orFirst(context, [...own, ...explainParts(context, invalid, depth)], pointer, value, loc);
  }
  return firstDetails(context, pointer, value, loc);
}

/**
 * The FastAPI-style errors of `value` against the schema at `pointer` of `doc`, each located under `loc`; empty when
 * the value is valid. At most `limit` entries are listed; when there are more, a last entry of type
 * `too_many_errors` says how many more invalid values were found (at least).
 *
 * @param doc - The OpenAPI document the pointer points into.
 * @param validators - Validate against a schema of `doc` by pointer: with `allErrors`, and stopping at the first.
 * @param pointer - A JSON pointer such as `#/components/schemas/FeaturesHeader`.
 * @param value - The parsed value to check.
 * @param loc - Where the value came from, e.g. `["header", "X-Features"]`.
 * @param limit - How many entries to list at most. @defaultValue {@link MAX_DETAILS}
 */
export function schemaErrors(
  doc: object,
  validators: Validators,
  pointer: string,
  value: unknown,
  loc: Loc,
  limit = MAX_DETAILS,
): ValidationErrorDetail[] {
  const context: Context = { doc: doc as Json, validators, limit, listed: 0, unlisted: 0 };
  if (isValid(context, pointer, value)) return [];
  const seen = new Set<string>();
  const details = explain(context, pointer, value, loc, 0).filter((detail) => {
    const key = `${JSON.stringify(detail.loc)} ${detail.type}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const more = context.unlisted + Math.max(0, details.length - limit);
  if (more === 0) return details;
  return [
    ...details.slice(0, limit),
    {
      loc,
      msg: `…and at least ${more} more invalid value${more === 1 ? '' : 's'}; the emulator lists the first ${limit} problems only.`,
      type: 'too_many_errors',
      ctx: { listed: limit, more },
    },
  ];
}
