// Builds a value that satisfies a JSON Schema, deterministically: the emulator's function-call arguments and
// structured answers. The schemas that apply to one value (its own, `$ref` targets, `allOf` members, the chosen
// `anyOf`/`oneOf` member, the `properties`/`items` of its parent) are read together, so that their constraints add up.
// The result is checked with Ajv afterwards (see schema-answer.ts); this only has to be right for the common shapes.
import { isObject } from '../internal/validate.js';
import { allowedTypes, gather, numberOf, sameJson, typeAllowed, typeToBuild } from './schema-gather.js';
import { sampleNumber } from './schema-numbers.js';
import { MAX_STRING_LENGTH, sampleString, type Choose } from './schema-strings.js';

type Json = Record<string, unknown>;

/** How to build a value. */
export interface SampleOptions {
  /** Varies the choices (enum values, `anyOf` members, numbers, array lengths); none: always the first choice. */
  seed?: number | undefined;
  /** Use a schema's `examples[0]` or `default` when it has one. @defaultValue true */
  examples?: boolean;
  /** Build the smallest value: required properties only, `minItems` items, `null` where allowed. */
  minimal?: boolean;
  /** Values nested deeper than this are not built (the schema gets no value). @defaultValue 64 */
  maxDepth?: number;
}

/** The default bound on nesting: deeper schemas (or recursive ones that need it) get no value. */
export const MAX_DEPTH = 64;
const MAX_VALUES = 20_000;
/** After this many `$ref`s on the way down, only what is required is built, so that recursive schemas end. */
const REFS_BEFORE_MINIMAL = 2;

const NONE: unique symbol = Symbol('no value');
type Built = unknown;

interface Context {
  root: unknown;
  choose: Choose;
  examples: boolean;
  maxDepth: number;
  budget: number;
}

/** A seeded choice (mulberry32), or always the first option. */
function chooser(seed: number | undefined): Choose {
  if (seed === undefined) return () => 0;
  let state = seed >>> 0;
  return (count) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return count <= 1 ? 0 : ((((t ^ (t >>> 14)) >>> 0) % count) as number);
  };
}

function defineField(target: Json, key: string, value: unknown): void {
  // defineProperty, so that a property named `__proto__` stays a plain field.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function patternMatches(pattern: string, key: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(key);
  } catch {
    return false;
  }
}

/** The schemas that apply to property `key` of an object that `flat` describe; `false` when one forbids it. */
function propertySchemas(flat: readonly Json[], key: string): unknown[] | false {
  const schemas: unknown[] = [];
  for (const schema of flat) {
    const properties = isObject(schema['properties']) ? schema['properties'] : {};
    let matched = Object.hasOwn(properties, key);
    if (matched) schemas.push(properties[key]);
    const patterns = isObject(schema['patternProperties']) ? schema['patternProperties'] : {};
    for (const [pattern, sub] of Object.entries(patterns)) {
      if (patternMatches(pattern, key)) {
        schemas.push(sub);
        matched = true;
      }
    }
    if (!matched && schema['additionalProperties'] !== undefined) {
      if (schema['additionalProperties'] === false) return false;
      schemas.push(schema['additionalProperties']);
    }
  }
  return schemas;
}

function buildObject(
  flat: readonly Json[],
  context: Context,
  depth: number,
  refs: number,
  minimal: boolean,
  variant: number,
): Built {
  const declared: string[] = [];
  const required = new Set<string>();
  for (const schema of flat) {
    if (isObject(schema['properties'])) declared.push(...Object.keys(schema['properties']));
    if (Array.isArray(schema['required']))
      for (const key of schema['required']) if (typeof key === 'string') required.add(key);
  }
  // Properties that others require when present (draft-07 `dependencies` lists, 2019-09 `dependentRequired`).
  const dependents = (key: string): string[] =>
    flat.flatMap((schema) =>
      ['dependentRequired', 'dependencies'].flatMap((keyword) => {
        const map = schema[keyword];
        const list = isObject(map) ? map[key] : undefined;
        return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
      }),
    );
  const maxProperties = numberOf(flat, 'maxProperties', Math.min, Infinity);
  const minProperties = numberOf(flat, 'minProperties', Math.max, 0);
  if (required.size > maxProperties || minProperties > MAX_VALUES) return NONE;

  const keys = [...new Set([...declared.filter((key) => required.has(key)), ...required])];
  const optional = [...new Set(declared)].filter((key) => !required.has(key));
  const wanted = minimal ? [] : optional;
  const extra = optional.filter((key) => !wanted.includes(key));
  const value: Json = {};
  let count = 0;
  const add = (key: string, mustHave: boolean): boolean => {
    if (Object.hasOwn(value, key)) return true;
    const schemas = propertySchemas(flat, key);
    if (schemas === false) return !mustHave;
    const built = buildValue(schemas, key, context, depth + 1, refs, minimal, variant);
    if (built === NONE) return !mustHave;
    defineField(value, key, built);
    count++;
    for (const dependent of dependents(key)) if (!add(dependent, true)) return false;
    return true;
  };
  for (const key of keys) if (!add(key, true)) return NONE;
  for (const key of [...wanted, ...extra]) {
    if (count >= maxProperties || (extra.includes(key) && count >= minProperties)) break;
    if (!add(key, false)) return NONE;
  }
  for (let n = 1; count < minProperties && n <= minProperties + 8; n++)
    if (!add(`property${n}`, false)) return NONE;
  return count < minProperties || count > maxProperties ? NONE : value;
}

/** The schemas of the item at `index`: tuple positions (`prefixItems`, or draft-07 array `items`), then the rest. */
function itemSchemas(flat: readonly Json[], index: number): unknown[] {
  return flat.flatMap((schema) => {
    const items = schema['items'];
    const prefix = Array.isArray(schema['prefixItems'])
      ? schema['prefixItems']
      : Array.isArray(items)
        ? items
        : [];
    if (index < prefix.length) return [prefix[index]];
    const rest = Array.isArray(items)
      ? schema['additionalItems']
      : Array.isArray(schema['prefixItems']) || items !== undefined
        ? items
        : undefined;
    return rest === undefined ? [] : [rest];
  });
}

/** How many items the schemas allow, how long their tuple prefix is, and what `contains` asks of the first items. */
interface ArrayBounds {
  low: number;
  high: number;
  prefixLength: number;
  contains: unknown[];
  containsCount: number;
}

function arrayBounds(flat: readonly Json[]): ArrayBounds {
  let low = numberOf(flat, 'minItems', Math.max, 0);
  let high = numberOf(flat, 'maxItems', Math.min, Infinity);
  let prefixLength = 0;
  const contains: unknown[] = [];
  let containsCount = 0;
  for (const schema of flat) {
    const items = schema['items'];
    const prefix = Array.isArray(schema['prefixItems'])
      ? schema['prefixItems']
      : Array.isArray(items)
        ? items
        : [];
    prefixLength = Math.max(prefixLength, prefix.length);
    const rest = Array.isArray(items)
      ? schema['additionalItems']
      : Array.isArray(schema['prefixItems'])
        ? items
        : items;
    if (rest === false) high = Math.min(high, prefix.length);
    if (schema['contains'] !== undefined) {
      contains.push(schema['contains']);
      const min = schema['minContains'];
      containsCount = Math.max(containsCount, typeof min === 'number' ? min : 1);
    }
  }
  low = Math.max(low, containsCount);
  return { low, high, prefixLength, contains, containsCount };
}

function buildArray(
  flat: readonly Json[],
  name: string,
  context: Context,
  depth: number,
  refs: number,
  minimal: boolean,
  variant: number,
): Built {
  const { low, high, prefixLength, contains, containsCount } = arrayBounds(flat);
  if (low > high || low > MAX_VALUES || low > context.budget) return NONE;
  const unique = flat.some((schema) => schema['uniqueItems'] === true);
  const natural = minimal ? low : Math.max(low, Math.min(Math.max(prefixLength, 1), high));
  const count = minimal ? low : Math.min(high, natural + context.choose(3));
  const items: unknown[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < count; index++) {
    const schemas = [...itemSchemas(flat, index), ...(index < containsCount ? contains : [])];
    let item: Built = NONE;
    // Distinct items for `uniqueItems`: each try builds with another variant.
    for (let attempt = 0; attempt < (unique ? 8 : 1); attempt++) {
      item = buildValue(schemas, name, context, depth + 1, refs, minimal, variant + index + attempt);
      if (item === NONE || !unique) break;
      let text: string;
      try {
        text = JSON.stringify(item);
      } catch {
        return NONE; // a `const` too deep to compare
      }
      if (!seen.has(text)) {
        seen.add(text);
        break;
      }
      item = NONE;
    }
    // Past `minItems`, an item that cannot be built (or made distinct) just ends the array.
    if (item === NONE) return index >= low ? items : NONE;
    items.push(item);
  }
  return items;
}

/** Marks that no `const`, `enum`, example or default decides the value. */
const UNLISTED: unique symbol = Symbol('not listed');

/** The value a `const` or the `enum`s fix (NONE when the lists exclude each other), or UNLISTED when none does. */
function listedValue(
  flat: readonly Json[],
  allowed: ReadonlySet<string> | undefined,
  context: Context,
  variant: number,
): Built {
  const withConst = flat.find((schema) => 'const' in schema);
  if (withConst) return withConst['const'];
  const enums = flat.flatMap((schema) =>
    Array.isArray(schema['enum']) ? [schema['enum'] as unknown[]] : [],
  );
  if (enums.length === 0) return UNLISTED;
  const [first, ...others] = enums as [unknown[], ...unknown[][]];
  const candidates = first.filter(
    (value) =>
      typeAllowed(value, allowed) && others.every((list) => list.some((other) => sameJson(value, other))),
  );
  if (candidates.length === 0) return NONE;
  // A variant (the items of a `uniqueItems` array) picks by its number, so that retries walk the values in turn.
  return candidates[variant > 0 ? variant % candidates.length : context.choose(candidates.length)];
}

/** The first example or default the schemas give, when the context asks for them; UNLISTED when none does. */
function givenExample(flat: readonly Json[], context: Context, variant: number): Built {
  if (!context.examples || variant !== 0) return UNLISTED;
  for (const schema of flat) {
    const examples = schema['examples'];
    if (Array.isArray(examples) && examples.length > 0) return examples[0];
    if ('default' in schema) return schema['default'];
  }
  return UNLISTED;
}

function buildString(flat: readonly Json[], name: string, context: Context, variant: number): Built {
  const format = flat.map((schema) => schema['format']).find((value) => typeof value === 'string');
  const text = sampleString(
    {
      minLength: numberOf(flat, 'minLength', Math.max, 0),
      maxLength: numberOf(flat, 'maxLength', Math.min, MAX_STRING_LENGTH),
      format: format as string | undefined,
      patterns: flat.flatMap((schema) => (typeof schema['pattern'] === 'string' ? [schema['pattern']] : [])),
    },
    name,
    context.choose,
    variant,
  );
  return text ?? NONE;
}

function buildValue(
  schemas: readonly unknown[],
  name: string,
  context: Context,
  depth: number,
  parentRefs: number,
  parentMinimal: boolean,
  variant: number,
): Built {
  if (depth > context.maxDepth || --context.budget < 0) return NONE;
  const gathered = gather(schemas, context.root, context.choose, parentMinimal);
  if (gathered === undefined) return NONE;
  const { flat } = gathered;
  const refs = parentRefs + gathered.refs;
  const minimal = parentMinimal || refs >= REFS_BEFORE_MINIMAL;
  const allowed = allowedTypes(flat);
  if (allowed?.size === 0) return NONE;

  const listed = listedValue(flat, allowed, context, variant);
  if (listed !== UNLISTED) return listed;
  const example = givenExample(flat, context, variant);
  if (example !== UNLISTED) return example;

  switch (typeToBuild(flat, allowed, minimal)) {
    case 'object':
      return buildObject(flat, context, depth, refs, minimal, variant);
    case 'array':
      return buildArray(flat, name, context, depth, refs, minimal, variant);
    case 'integer':
      return sampleNumber(flat, true, context.choose, variant) ?? NONE;
    case 'number':
      return sampleNumber(flat, false, context.choose, variant) ?? NONE;
    case 'boolean':
      return variant > 0 ? variant % 2 === 0 : context.choose(2) === 0;
    case 'null':
      return null;
    default:
      return buildString(flat, name, context, variant);
  }
}

/**
 * A value satisfying `schema` as far as this can tell, or `undefined` when it finds none (the caller checks the value
 * with Ajv either way). `const` wins, then an `enum` value (the first without a seed); then `examples[0]` or
 * `default`; otherwise the value is built from the type: every required property and, unless minimal, the optional
 * ones; `minItems` items or one (a few more with a seed); strings from `format`, `pattern` or the property name;
 * numbers from the lower bound on the `multipleOf` grid; `true`. `$ref`s (within the document) and `allOf` add up,
 * one `anyOf`/`oneOf` member is chosen (not `null` unless minimal). Depth is bounded by `maxDepth` and the size by a
 * budget, so a deep or recursive schema yields `undefined` rather than a stack overflow.
 *
 * @param schema - The JSON Schema; `$ref`s resolve against it.
 * @param options - The seed and limits; see {@link SampleOptions}.
 */
export function exampleValue(schema: unknown, options: SampleOptions = {}): unknown {
  const context: Context = {
    root: schema,
    choose: chooser(options.seed),
    examples: options.examples ?? true,
    maxDepth: options.maxDepth ?? MAX_DEPTH,
    budget: MAX_VALUES,
  };
  const value = buildValue([schema], 'value', context, 0, 0, options.minimal ?? false, 0);
  return value === NONE ? undefined : value;
}
