// Schemas for the structured-output tests: an independent Ajv check (with ajv-formats, in the dialect `$schema` names),
// a table of hand-written schemas, and a fast-check arbitrary of satisfiable schemas.
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import fc from 'fast-check';

type Json = Record<string, unknown>;

export const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';
export const DRAFT_2020 = 'https://json-schema.org/draft/2020-12/schema';

const addFormats = ((formatsModule as unknown as { default?: unknown }).default ?? formatsModule) as (
  ajv: Ajv | Ajv2020,
) => void;
const options = { strict: false, allErrors: true, validateFormats: true } as const;
const draft07 = new Ajv(options);
const draft2020 = new Ajv2020(options);
addFormats(draft07);
addFormats(draft2020);

/** An Ajv validator for `schema` in the dialect its `$schema` names (draft-07, else 2020-12), formats checked. */
export function validatorFor(schema: Json): ValidateFunction {
  return (schema['$schema'] === DRAFT_07 ? draft07 : draft2020).compile(schema);
}

/** Ajv's errors of `value` against `schema`, as text (empty when valid). */
export function schemaProblems(schema: Json, value: unknown): string[] {
  const validate = validatorFor(schema);
  return validate(value)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}

/** `schema` in draft-07: `$schema` set, `$defs` renamed to `definitions` (and the `$ref`s to them). */
export function asDraft07(schema: Json): Json {
  const text = JSON.stringify(schema)
    .replaceAll('"$defs"', '"definitions"')
    .replaceAll('#/$defs/', '#/definitions/');
  return { $schema: DRAFT_07, ...(JSON.parse(text) as Json) };
}

/** `schema` with `$schema` 2020-12. */
export const as2020 = (schema: Json): Json => ({ $schema: DRAFT_2020, ...schema });

const address = {
  type: 'object',
  properties: { street: { type: 'string', minLength: 3 }, zip: { type: 'string', pattern: '^\\d{5}$' } },
  required: ['street', 'zip'],
  additionalProperties: false,
};

/** Hand-written schemas, valid in both dialects (`$defs` become `definitions` in draft-07). */
export const SCHEMA_TABLE: Record<string, Json> = {
  'object, required, additionalProperties false': {
    type: 'object',
    properties: {
      city: { type: 'string' },
      temperature: { type: 'number', minimum: -50, maximum: 60 },
      unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
      note: { type: 'string' },
    },
    required: ['city', 'temperature', 'unit'],
    additionalProperties: false,
  },
  'nested arrays with minItems/maxItems': {
    type: 'array',
    minItems: 2,
    maxItems: 3,
    items: { type: 'array', minItems: 1, maxItems: 2, items: { type: 'integer', minimum: 10, maximum: 12 } },
  },
  'uniqueItems of strings, numbers and enums': {
    type: 'object',
    properties: {
      tags: { type: 'array', items: { type: 'string', maxLength: 4 }, minItems: 3, uniqueItems: true },
      scores: {
        type: 'array',
        items: { type: 'integer', minimum: 0, maximum: 9 },
        minItems: 4,
        uniqueItems: true,
      },
      colours: { type: 'array', items: { enum: ['red', 'green', 'blue'] }, minItems: 3, uniqueItems: true },
    },
    required: ['tags', 'scores', 'colours'],
  },
  'enum of mixed values and const': {
    type: 'object',
    properties: {
      mixed: { enum: ['a', 1, null, { x: 1 }] },
      version: { const: 2 },
      shape: { const: { kind: 'circle', radius: [1, 2] } },
    },
    required: ['mixed', 'version', 'shape'],
  },
  'integers: bounds, exclusive bounds, multipleOf': {
    type: 'object',
    properties: {
      a: { type: 'integer', minimum: 10, maximum: 20, multipleOf: 7 },
      b: { type: 'integer', exclusiveMinimum: 5, exclusiveMaximum: 7 },
      c: { type: 'integer', maximum: -5 },
      d: { type: 'integer', multipleOf: 0.5, minimum: 3 },
      e: { type: 'integer', minimum: 1e6 },
    },
    required: ['a', 'b', 'c', 'd', 'e'],
  },
  'numbers: exclusive bounds, multipleOf, a point': {
    type: 'object',
    properties: {
      a: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1, multipleOf: 0.1 },
      b: { type: 'number', minimum: 1.5, maximum: 1.5 },
      c: { type: 'number', exclusiveMinimum: 0.25, exclusiveMaximum: 0.5 },
      d: { type: 'number', multipleOf: 0.01, minimum: -3.333 },
      e: { type: 'number', exclusiveMaximum: -1000 },
      f: { type: 'number', multipleOf: 0.01, exclusiveMinimum: -67.75 },
    },
    required: ['a', 'b', 'c', 'd', 'e', 'f'],
  },
  'strings: lengths and formats': {
    type: 'object',
    properties: {
      exact: { type: 'string', minLength: 5, maxLength: 5 },
      empty: { type: 'string', maxLength: 0 },
      long: { type: 'string', minLength: 300 },
      date: { type: 'string', format: 'date' },
      dateTime: { type: 'string', format: 'date-time' },
      time: { type: 'string', format: 'time' },
      email: { type: 'string', format: 'email' },
      uri: { type: 'string', format: 'uri' },
      uuid: { type: 'string', format: 'uuid' },
      ipv4: { type: 'string', format: 'ipv4' },
      ipv6: { type: 'string', format: 'ipv6' },
      hostname: { type: 'string', format: 'hostname' },
      duration: { type: 'string', format: 'duration' },
      emails: { type: 'array', items: { type: 'string', format: 'email' }, minItems: 3, uniqueItems: true },
    },
    required: ['exact', 'empty', 'long', 'date', 'dateTime', 'time', 'email', 'uri', 'uuid', 'ipv4', 'ipv6'],
  },
  'strings: patterns': {
    type: 'object',
    properties: {
      code: { type: 'string', pattern: '^[A-Z]{2}[0-9]{3}$' },
      phone: { type: 'string', pattern: '^\\+?\\d{1,3}[- ]\\d{3}-\\d{4}$' },
      word: { type: 'string', pattern: '^(foo|bar)+$' },
      mail: { type: 'string', pattern: '[a-z]+@[a-z]+\\.com' },
      name: { type: 'string', pattern: '^\\p{Lu}\\p{Ll}+$' },
      notDigits: { type: 'string', pattern: '^[^0-9]{3,}$' },
      longEnough: { type: 'string', pattern: '^a+$', minLength: 10, maxLength: 20 },
      padded: { type: 'string', pattern: 'x\\d', minLength: 8 },
      group: { type: 'string', pattern: '^(?<year>\\d{4})-(?:0[1-9]|1[0-2])$' },
      escapes: { type: 'string', pattern: '^\\w+\\s\\W\\u0041\\x42[\\d\\-.]$' },
    },
    required: [
      'code',
      'phone',
      'word',
      'mail',
      'name',
      'notDigits',
      'longEnough',
      'padded',
      'group',
      'escapes',
    ],
  },
  'anyOf and oneOf': {
    type: 'object',
    properties: {
      either: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
      shape: {
        oneOf: [
          {
            type: 'object',
            properties: { kind: { const: 'circle' }, radius: { type: 'number', exclusiveMinimum: 0 } },
            required: ['kind', 'radius'],
            additionalProperties: false,
          },
          {
            type: 'object',
            properties: { kind: { const: 'square' }, side: { type: 'number', exclusiveMinimum: 0 } },
            required: ['kind', 'side'],
            additionalProperties: false,
          },
        ],
      },
      any: { anyOf: [{ type: 'array', items: { type: 'boolean' }, minItems: 1 }, { type: 'object' }] },
    },
    required: ['either', 'shape', 'any'],
  },
  '$ref/$defs, shared and nullable': {
    type: 'object',
    properties: {
      to: { $ref: '#/$defs/address' },
      cc: { anyOf: [{ $ref: '#/$defs/address' }, { type: 'null' }] },
      bcc: { type: ['array', 'null'], items: { $ref: '#/$defs/address' } },
      nickname: { type: ['string', 'null'], minLength: 2 },
    },
    required: ['to', 'cc', 'bcc', 'nickname'],
    additionalProperties: false,
    $defs: { address },
  },
  'recursive $ref: a tree': {
    $ref: '#/$defs/node',
    $defs: {
      node: {
        type: 'object',
        properties: {
          label: { type: 'string' },
          children: { type: 'array', items: { $ref: '#/$defs/node' } },
        },
        required: ['label', 'children'],
        additionalProperties: false,
      },
    },
  },
  'recursive $ref: a required, nullable link': {
    type: 'object',
    properties: { value: { type: 'integer' }, next: { anyOf: [{ $ref: '#' }, { type: 'null' }] } },
    required: ['value', 'next'],
  },
  'allOf, additionalProperties as a schema, minProperties': {
    type: 'object',
    allOf: [
      { properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] },
      { properties: { name: { type: 'string', maxLength: 8 } }, required: ['name'] },
    ],
    properties: {
      labels: {
        type: 'object',
        additionalProperties: { type: 'string', minLength: 2 },
        minProperties: 2,
      },
    },
    required: ['labels'],
  },
  'OpenAI strict style: all required, nullable by type arrays': {
    type: 'object',
    properties: {
      title: { type: 'string' },
      rating: { type: ['integer', 'null'], minimum: 1, maximum: 5 },
      steps: {
        type: 'array',
        items: {
          type: 'object',
          properties: { explanation: { type: 'string' }, output: { type: 'string' } },
          required: ['explanation', 'output'],
          additionalProperties: false,
        },
      },
    },
    required: ['title', 'rating', 'steps'],
    additionalProperties: false,
  },
  'a bare scalar root': { type: 'integer', minimum: 42, maximum: 42 },
};

/** Schemas only one dialect reads this way. */
export const DIALECT_TABLE: Record<string, Json> = {
  'draft-07 tuple: items array, additionalItems false': {
    $schema: DRAFT_07,
    type: 'array',
    items: [{ type: 'string' }, { type: 'integer', minimum: 3 }],
    additionalItems: false,
    minItems: 2,
  },
  'draft-07 dependencies and definitions': {
    $schema: DRAFT_07,
    type: 'object',
    properties: { card: { type: 'string' }, billing: { $ref: '#/definitions/text' } },
    required: ['card'],
    dependencies: { card: ['billing'] },
    definitions: { text: { type: 'string', minLength: 4 } },
  },
  'draft-07 as the Vercel AI SDK sends it': {
    $schema: DRAFT_07,
    type: 'object',
    properties: {
      recipe: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          ingredients: {
            type: 'array',
            items: {
              type: 'object',
              properties: { name: { type: 'string' }, amount: { type: 'string' } },
              required: ['name', 'amount'],
              additionalProperties: false,
            },
          },
          steps: { type: 'array', items: { type: 'string' } },
        },
        required: ['name', 'ingredients', 'steps'],
        additionalProperties: false,
      },
    },
    required: ['recipe'],
    additionalProperties: false,
  },
  '2020-12 prefixItems with items false': {
    $schema: DRAFT_2020,
    type: 'array',
    prefixItems: [{ const: 'point' }, { type: 'number' }, { type: 'number' }],
    items: false,
    minItems: 3,
  },
  '2020-12 dependentRequired': {
    $schema: DRAFT_2020,
    type: 'object',
    properties: { a: { type: 'string' }, b: { type: 'integer' } },
    required: ['a'],
    dependentRequired: { a: ['b'] },
  },
};

// ---- The arbitrary: satisfiable schemas by construction. ----

// Not `__proto__`: Ajv itself rejects a `__proto__` property that `properties` declares (the sampler keeps it a plain
// field; see the unit test).
const KEYS = ['name', 'id', 'value', 'city', 'items', 'constructor', 'toString', 'a b', 'ü', 'x1'];
const FORMATS = ['date', 'date-time', 'time', 'email', 'uri', 'uuid', 'ipv4', 'ipv6', 'hostname', 'duration'];
const FLEXIBLE_PATTERNS = ['^[a-z]+$', '^x*$', '[0-9]', '^[A-Z][a-z0-9_]*$', 'ab?c'];
const FIXED_PATTERNS = ['^\\d{3}-\\d{4}$', '^(foo|bar)$', '^[A-F0-9]{8}$', '^v\\d+\\.\\d+$'];

const stringSchema: fc.Arbitrary<Json> = fc.oneof(
  fc.record({ type: fc.constant('string'), format: fc.constantFrom(...FORMATS) }),
  fc.record({ type: fc.constant('string'), pattern: fc.constantFrom(...FIXED_PATTERNS) }),
  fc
    .record({
      pattern: fc.option(fc.constantFrom(...FLEXIBLE_PATTERNS), { nil: undefined }),
      min: fc.nat(12),
      span: fc.option(fc.nat(12), { nil: undefined }),
    })
    .map(({ pattern, min, span }) => ({
      type: 'string',
      ...(pattern === undefined ? {} : { pattern }),
      ...(min > 0 ? { minLength: min } : {}),
      // `x*` and the like need room for their smallest match.
      ...(span === undefined ? {} : { maxLength: min + span + (pattern === undefined ? 0 : 3) }),
    })),
);

const integerSchema: fc.Arbitrary<Json> = fc
  .record({
    low: fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: undefined }),
    span: fc.option(fc.nat(100), { nil: undefined }),
    exclusive: fc.boolean(),
    multipleOf: fc.option(fc.constantFrom(1, 2, 3, 5, 10), { nil: undefined }),
    upperOnly: fc.boolean(),
  })
  .map(({ low, span, exclusive, multipleOf, upperOnly }) => {
    const step = multipleOf ?? 1;
    const high = span === undefined ? undefined : (low ?? 0) + span + 2 * step + 2;
    const schema: Json = { type: 'integer' };
    if (multipleOf !== undefined) schema['multipleOf'] = multipleOf;
    if (low !== undefined && !upperOnly) schema[exclusive ? 'exclusiveMinimum' : 'minimum'] = low;
    if (high !== undefined) schema[exclusive ? 'exclusiveMaximum' : 'maximum'] = high;
    return schema;
  });

const numberSchema: fc.Arbitrary<Json> = fc
  .record({
    low: fc.option(fc.integer({ min: -4000, max: 4000 }), { nil: undefined }),
    span: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
    exclusive: fc.boolean(),
    multipleOf: fc.option(fc.constantFrom(0.5, 0.25, 0.1, 2, 0.01), { nil: undefined }),
  })
  .map(({ low, span, exclusive, multipleOf }) => {
    const schema: Json = { type: 'number' };
    const lowValue = low === undefined ? undefined : low / 4;
    if (multipleOf !== undefined) schema['multipleOf'] = multipleOf;
    if (lowValue !== undefined) schema[exclusive ? 'exclusiveMinimum' : 'minimum'] = lowValue;
    if (span !== undefined)
      schema[exclusive ? 'exclusiveMaximum' : 'maximum'] =
        (lowValue ?? 0) + span / 4 + 2 * (multipleOf ?? 0) + 1;
    return schema;
  });

const scalar = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).filter((n) => !Object.is(n, -0)),
  fc.boolean(),
  fc.constant(null),
);

const leaf: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: stringSchema },
  { weight: 2, arbitrary: integerSchema },
  { weight: 2, arbitrary: numberSchema },
  { weight: 1, arbitrary: fc.constant({ type: 'boolean' }) },
  { weight: 1, arbitrary: fc.constant({ type: 'null' }) },
  {
    weight: 1,
    arbitrary: fc
      .uniqueArray(scalar, { minLength: 1, maxLength: 4, selector: (value) => JSON.stringify(value) })
      .map((values) => ({ enum: values })),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((value) => ({ const: value })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('string', 'integer', 'number', 'boolean'), fc.boolean())
      .map(([type, nullable]) => ({ type: nullable ? [type, 'null'] : type })),
  },
);

const keyed = (prefix: string) =>
  fc
    .uniqueArray(fc.constantFrom(...KEYS), { maxLength: 4 })
    .map((keys) => keys.map((key) => `${prefix}${key}`));

/** Satisfiable schemas; with `refs`, leaves may be `$ref`s to `#/$defs/d0` and `#/$defs/d1`. */
function schemaArbitrary(refs: boolean): fc.Arbitrary<Json> {
  const { node } = fc.letrec<{ node: Json; object: Json }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      refs ? fc.oneof(leaf, fc.constantFrom({ $ref: '#/$defs/d0' }, { $ref: '#/$defs/d1' })) : leaf,
      tie('object'),
      fc
        .record({ items: tie('node'), min: fc.nat(2), extra: fc.nat(2) })
        .map(({ items, min, extra }) => ({ type: 'array', items, minItems: min, maxItems: min + extra })),
      fc
        .record({
          unique: fc.constantFrom({ type: 'string' }, { type: 'integer', minimum: 0 }),
          min: fc.nat(4),
        })
        .map(({ unique, min }) => ({ type: 'array', items: unique, uniqueItems: true, minItems: min })),
      fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((members) => ({ anyOf: members })),
      tie('node').map((member) => ({ anyOf: [member, { type: 'null' }] })),
      fc
        .shuffledSubarray(
          [
            { type: 'string' },
            { type: 'integer' },
            { type: 'boolean' },
            { type: 'null' },
            { type: 'object', properties: { k: { type: 'string' } }, required: ['k'] },
          ],
          { minLength: 1 },
        )
        .map((members) => ({ oneOf: members })),
      fc.tuple(keyed('a_'), keyed('b_'), tie('node')).map(([a, b, value]) => ({
        allOf: [
          { type: 'object', properties: Object.fromEntries(a.map((key) => [key, value])), required: a },
          {
            type: 'object',
            properties: Object.fromEntries(b.map((key) => [key, { type: 'string' }])),
            required: b,
          },
        ],
      })),
    ),
    object: fc
      .record({
        entries: fc.uniqueArray(fc.tuple(fc.constantFrom(...KEYS), tie('node')), {
          maxLength: 4,
          selector: ([key]) => key,
        }),
        requiredMask: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        closed: fc.boolean(),
      })
      .map(({ entries, requiredMask, closed }) => ({
        type: 'object',
        properties: Object.fromEntries(entries),
        required: entries.filter((_, index) => requiredMask[index]).map(([key]) => key),
        ...(closed ? { additionalProperties: false } : {}),
      })),
  }));
  return node;
}

/** A satisfiable schema document in draft-07 or 2020-12, sometimes with `$defs` and `$ref`s into them. */
export const documentArbitrary: fc.Arbitrary<Json> = fc
  .record({
    withRefs: fc.boolean(),
    draft07: fc.boolean(),
    body: schemaArbitrary(true),
    d0: schemaArbitrary(false),
    d1: schemaArbitrary(false),
  })
  .map(({ withRefs, draft07, body, d0, d1 }) => {
    // A root `$ref` next to `$defs` must not point at itself: wrap the body.
    const document: Json = withRefs
      ? { type: 'object', properties: { body }, required: ['body'], $defs: { d0, d1 } }
      : JSON.parse(
          JSON.stringify(body)
            .replaceAll('{"$ref":"#/$defs/d0"}', '{"type":"string"}')
            .replaceAll('{"$ref":"#/$defs/d1"}', '{"type":"integer"}'),
        );
    return draft07 ? asDraft07(document) : as2020(document);
  });
