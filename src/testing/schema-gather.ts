// Which schemas apply to one value: its own, the targets of its `$ref`s, its `allOf` members and the chosen member of
// each `anyOf`/`oneOf` (a queue, not recursion, so that long chains cannot overflow the stack), and what they allow
// together: the types, and the tightest numeric keyword.
import { isObject } from '../internal/validate.js';
import type { Choose } from './schema-strings.js';

type Json = Record<string, unknown>;

/** Schemas that one value must satisfy, and how many `$ref`s were followed to find them. */
export interface Gathered {
  flat: Json[];
  refs: number;
}

/** At most this many schemas are gathered for one value (a `$ref` chain or an `allOf` longer than this gets none). */
const MAX_EXPANSIONS = 256;

function resolveRef(ref: string, root: unknown): unknown {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    segment = segment.replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(node) && /^\d+$/.test(segment)) node = node[Number(segment)];
    else node = isObject(node) && Object.hasOwn(node, segment) ? node[segment] : undefined;
  }
  return node;
}

const typesOf = (schema: Json): string[] | undefined => {
  const declared = schema['type'];
  if (typeof declared === 'string') return [declared];
  if (Array.isArray(declared)) return declared.filter((type): type is string => typeof type === 'string');
  return undefined;
};

/** How simple a member is to build (lower is simpler): `null`, then scalars, then anything without a `$ref`. */
function simplicity(member: unknown): number {
  if (!isObject(member)) return 2;
  const types = typesOf(member);
  if (types?.includes('null')) return 0;
  if (types?.every((type) => type !== 'object' && type !== 'array')) return 1;
  return typeof member['$ref'] === 'string' ? 3 : 2;
}

const isNullSchema = (member: unknown): boolean =>
  isObject(member) && (member['type'] === 'null' || member['const'] === null);

/** Picks the member of an `anyOf`/`oneOf` to build: the simplest when minimal, else by choice among non-null ones. */
function pickMember(members: readonly unknown[], parent: Json, choose: Choose, minimal: boolean): unknown {
  const parentTypes = typesOf(parent);
  let usable = members.filter((member) => {
    const types = isObject(member) ? typesOf(member) : undefined;
    return !parentTypes || !types || types.some((type) => parentTypes.includes(type));
  });
  if (usable.length === 0) usable = [...members];
  if (minimal) {
    return usable.reduce((best, member) => (simplicity(member) < simplicity(best) ? member : best));
  }
  const preferred = usable.filter((member) => !isNullSchema(member));
  const from = preferred.length > 0 ? preferred : usable;
  return from[choose(from.length)];
}

/** The schemas that apply to one value: its own and those `$ref`, `allOf` and the chosen `anyOf`/`oneOf` add. */
export function gather(
  schemas: readonly unknown[],
  root: unknown,
  choose: Choose,
  minimal: boolean,
): Gathered | undefined {
  const queue = [...schemas];
  const flat: Json[] = [];
  let refs = 0;
  for (let expansions = 0; queue.length > 0; expansions++) {
    if (expansions > MAX_EXPANSIONS) return undefined;
    const schema = queue.shift();
    if (schema === false) return undefined;
    if (!isObject(schema)) continue;
    flat.push(schema);
    const ref =
      schema['$ref'] ?? schema['$dynamicRef'] ?? (schema['$recursiveRef'] === undefined ? undefined : '#');
    if (typeof ref === 'string') {
      const target = resolveRef(ref, root);
      if (target === undefined) return undefined;
      queue.push(target);
      refs++;
    }
    const allOf = schema['allOf'];
    if (Array.isArray(allOf)) {
      if (allOf.length > MAX_EXPANSIONS) return undefined;
      queue.push(...allOf);
    }
    for (const keyword of ['anyOf', 'oneOf'] as const) {
      const members = schema[keyword];
      if (Array.isArray(members) && members.length > 0)
        queue.push(pickMember(members, schema, choose, minimal));
    }
  }
  return { flat, refs };
}

const jsonType = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : typeof value === 'number'
        ? Number.isInteger(value)
          ? 'integer'
          : 'number'
        : typeof value;

/** Whether `value`'s JSON type is allowed (`undefined`: any type is). */
export function typeAllowed(value: unknown, allowed: ReadonlySet<string> | undefined): boolean {
  if (!allowed) return true;
  const type = jsonType(value);
  return allowed.has(type) || (type === 'integer' && allowed.has('number'));
}

/** Whether two JSON values are equal (by their JSON text; values too deep to write are not). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

/** The types every schema allows (`number` lets `integer` in), or `undefined` when none declares one. */
export function allowedTypes(flat: readonly Json[]): Set<string> | undefined {
  let allowed: Set<string> | undefined;
  for (const schema of flat) {
    const types = typesOf(schema);
    if (!types) continue;
    const set = new Set(types);
    if (set.has('number')) set.add('integer');
    allowed = allowed ? new Set([...allowed].filter((type) => set.has(type))) : set;
  }
  return allowed;
}

const has = (flat: readonly Json[], keys: readonly string[]): boolean =>
  flat.some((schema) => keys.some((key) => schema[key] !== undefined));

/** The type to build: the first allowed one (not `null` unless minimal or only `null`), else read off the keywords. */
export function typeToBuild(
  flat: readonly Json[],
  allowed: Set<string> | undefined,
  minimal: boolean,
): string {
  if (allowed) {
    if (minimal && allowed.has('null')) return 'null';
    const order = flat.flatMap((schema) => typesOf(schema) ?? []).filter((type) => allowed.has(type));
    return (
      order.find((type) => type !== 'null') ?? (allowed.has('integer') ? 'integer' : (order[0] ?? 'null'))
    );
  }
  if (has(flat, ['properties', 'required', 'additionalProperties', 'patternProperties', 'minProperties']))
    return 'object';
  if (has(flat, ['items', 'prefixItems', 'minItems', 'maxItems', 'contains', 'uniqueItems'])) return 'array';
  if (has(flat, ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']))
    return 'number';
  return 'string';
}

/** The tightest value of a numeric keyword over the schemas (`pick`: `Math.max` or `Math.min`), else `start`. */
export const numberOf = (
  flat: readonly Json[],
  key: string,
  pick: (a: number, b: number) => number,
  start: number,
) =>
  flat.reduce((acc, schema) => {
    const value = schema[key];
    return typeof value === 'number' && Number.isFinite(value) ? pick(acc, value) : acc;
  }, start);
