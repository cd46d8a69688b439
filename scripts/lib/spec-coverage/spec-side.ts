// The spec's side of the coverage comparison: what one position of the bundled spec offers (enum and const values,
// the values its descriptions name, object shapes tagged by `type`, array items), `$ref`s followed and
// `oneOf`/`anyOf` flattened the way the TypeScript side flattens unions.
import { deref, isJson, refName, type Json, type SpecDocument } from '../spec-diff/document.js';

/** One object shape among the alternatives at a position. */
export interface SpecVariant {
  /** The component it came from, if any. */
  readonly name: string | undefined;
  /** The values its `type` property may take (`const` or `enum`). */
  readonly tags: readonly string[];
  /** Its properties' schemas, by name (a property found in several `allOf` parts has several). */
  readonly properties: ReadonlyMap<string, readonly unknown[]>;
  /** The properties marked `deprecated: true`. */
  readonly deprecated: ReadonlySet<string>;
}

/** What the spec offers at one position. */
export interface SpecPosition {
  /** `enum` and `const` values. */
  readonly values: ReadonlySet<string>;
  /** Words quoted in backticks in the descriptions along the way: an open set names its known values there. */
  readonly documented: ReadonlySet<string>;
  readonly variants: readonly SpecVariant[];
  /** `items` schemas of the array alternatives. */
  readonly items: readonly unknown[];
  /** Whether an alternative accepts anything (a schema with no type, shape or values): nothing to compare. */
  readonly unconstrained: boolean;
}

const SHAPE_KEYWORDS = [
  'type',
  'enum',
  'const',
  'properties',
  'items',
  'oneOf',
  'anyOf',
  'allOf',
  'not',
  '$ref',
];

const stringsOf = (schema: Json): string[] => [
  ...(typeof schema['const'] === 'string' ? [schema['const']] : []),
  ...(Array.isArray(schema['enum']) ? schema['enum'].filter((value) => typeof value === 'string') : []),
];

/** The `type` values a schema allows (its `type` keyword as a list; empty when it has none). */
const typesOf = (schema: Json): unknown[] =>
  Array.isArray(schema['type']) ? schema['type'] : schema['type'] === undefined ? [] : [schema['type']];

const isObjectShape = (schema: Json): boolean =>
  isJson(schema['properties']) || typesOf(schema).includes('object');

/** Folds `schema` (an object shape, possibly with `allOf` parts) into one variant. */
function variantOf(document: SpecDocument, schema: Json, name: string | undefined): SpecVariant {
  const properties = new Map<string, unknown[]>();
  const deprecated = new Set<string>();
  const parts = [schema, ...(Array.isArray(schema['allOf']) ? schema['allOf'] : [])];
  for (const raw of parts) {
    const part = deref(document, raw);
    if (!isJson(part) || !isJson(part['properties'])) continue;
    for (const [key, value] of Object.entries(part['properties'])) {
      properties.set(key, [...(properties.get(key) ?? []), value]);
      if (isJson(value) && value['deprecated'] === true) deprecated.add(key);
    }
  }
  const tags = (properties.get('type') ?? []).flatMap((value) => {
    const resolved = deref(document, value);
    return isJson(resolved) ? stringsOf(resolved) : [];
  });
  return { name, tags, properties, deprecated };
}

/** What the schemas in `schemas` (alternatives of one position) offer together. */
export function describeSchemas(document: SpecDocument, schemas: readonly unknown[]): SpecPosition {
  const values = new Set<string>();
  const documented = new Set<string>();
  const variants: SpecVariant[] = [];
  const items: unknown[] = [];
  let unconstrained = false;
  const visit = (raw: unknown, name: string | undefined, depth: number): void => {
    if (!isJson(raw) || depth > 32) return;
    if (typeof raw['description'] === 'string') {
      for (const match of raw['description'].matchAll(/`([^`\s]+)`/g)) documented.add(match[1]!);
    }
    if (SHAPE_KEYWORDS.every((keyword) => !(keyword in raw))) unconstrained = true;
    const target = refName(raw);
    if (target !== undefined) {
      visit(deref(document, raw), target, depth + 1);
      return;
    }
    for (const value of stringsOf(raw)) values.add(value);
    if (isObjectShape(raw) || Array.isArray(raw['allOf'])) variants.push(variantOf(document, raw, name));
    if (raw['items'] !== undefined) items.push(raw['items']);
    for (const key of ['oneOf', 'anyOf'] as const) {
      const members = raw[key];
      if (Array.isArray(members)) for (const member of members) visit(member, undefined, depth + 1);
    }
  };
  for (const schema of schemas) visit(schema, undefined, 0);
  return { values, documented, variants, items, unconstrained };
}
