// The emulator's schema sampler against an independent Ajv (formats checked): every value it builds for a table of
// hand-written schemas and for generated ones validates, in draft-07 and 2020-12; the same seed gives the same value;
// the invalid-output value is rejected but still JSON; and depth is bounded without overflowing the stack.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidInstance, seedOf, validInstance } from '../../src/testing/schema-answer.js';
import { createSchemaCompiler, dialectOf, type SchemaCheck } from '../../src/testing/schema-check.js';
import { exampleValue, MAX_DEPTH } from '../../src/testing/schema-example.js';
import { loadAjvDialects } from '../../src/testing/peer.js';
import {
  as2020,
  asDraft07,
  DIALECT_TABLE,
  documentArbitrary,
  SCHEMA_TABLE,
  schemaProblems,
  validatorFor,
} from './schema-samples.js';

type Json = Record<string, unknown>;
const compiler = createSchemaCompiler(await loadAjvDialects());
const SEEDS = [undefined, 1, 7, 12_345, seedOf('What is the weather in Paris?')];

const emulatorCheck = (schema: Json): SchemaCheck => {
  const check = compiler.compile(schema);
  if (typeof check !== 'function') throw new Error(check.error);
  return check;
};

const cases = [
  ...Object.entries(SCHEMA_TABLE).flatMap(([name, schema]) => [
    [`${name} (2020-12)`, as2020(schema)] as const,
    [`${name} (draft-07)`, asDraft07(schema)] as const,
  ]),
  ...Object.entries(DIALECT_TABLE),
];

describe('exampleValue on hand-written schemas', () => {
  it.each(cases)('%s: every seed builds a valid value at the first try', (_name, schema) => {
    for (const seed of SEEDS) {
      const value = exampleValue(schema, { seed });
      expect(value, `seed ${String(seed)}`).not.toBeUndefined();
      expect(schemaProblems(schema, value), `seed ${String(seed)}: ${JSON.stringify(value)}`).toEqual([]);
    }
  });

  it.each(cases)('%s: the emulator agrees, and invalid-output is rejected JSON', (_name, schema) => {
    const check = emulatorCheck(schema);
    const valid = validInstance(schema, check, 99);
    expect(valid && check(valid.value)).toBe(true);
    const invalid = invalidInstance(schema, valid?.value, check);
    expect(invalid).toBeDefined();
    expect(JSON.parse(JSON.stringify(invalid?.value))).toEqual(invalid?.value);
    expect(schemaProblems(schema, invalid?.value)).not.toEqual([]);
  });

  it('gives varied values for varied seeds, and the same value for the same seed', () => {
    const schema = as2020(SCHEMA_TABLE['object, required, additionalProperties false'] as Json);
    const values = new Set(SEEDS.map((seed) => JSON.stringify(exampleValue(schema, { seed }))));
    expect(values.size).toBeGreaterThan(1);
    for (const seed of SEEDS) expect(exampleValue(schema, { seed })).toEqual(exampleValue(schema, { seed }));
  });

  it('keeps a property named __proto__ as a plain field', () => {
    const value = exampleValue({
      type: 'object',
      properties: { __proto__: { type: 'string' } },
      required: ['__proto__'],
    }) as object;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
  });

  it('uses const, enum, default and examples first (the first enum value without a seed)', () => {
    expect(exampleValue({ const: 3 })).toBe(3);
    expect(exampleValue({ enum: ['b', 'a'] })).toBe('b');
    expect(exampleValue({ type: 'string', default: 'd' })).toBe('d');
    expect(exampleValue({ type: 'string', examples: ['e'] })).toBe('e');
    expect(exampleValue({ type: 'string', examples: ['e'] }, { examples: false })).toBe('example value');
  });

  it('finds nothing for what nothing satisfies', () => {
    for (const schema of [
      false,
      { type: 'string', minLength: 5, maxLength: 2 },
      { type: 'integer', minimum: 1, maximum: 0 },
      { allOf: [{ type: 'string' }, { type: 'integer' }] },
      { type: 'object', properties: { a: { $ref: '#' } }, required: ['a'] },
      { enum: [1, 2], const: undefined, type: 'string' },
      { type: 'string', minLength: 1_000_000 },
      { type: 'array', minItems: 1e9 },
    ]) {
      expect(exampleValue(schema), JSON.stringify(schema)).toBeUndefined();
    }
  });
});

describe('depth', () => {
  /** `{type: object, properties: {a: …}}` nested `depth` times, every level required or none. */
  function nested(depth: number, required: boolean): Json {
    let schema: Json = { type: 'string' };
    for (let i = 0; i < depth; i++) {
      schema = { type: 'object', properties: { a: schema }, ...(required ? { required: ['a'] } : {}) };
    }
    return schema;
  }

  it('a schema nested 100,000 deep gets no value and no stack overflow', () => {
    expect(exampleValue(nested(100_000, true))).toBeUndefined();
    expect(exampleValue({ allOf: [nested(100_000, true)] })).toBeUndefined();
  });

  it(`builds ${MAX_DEPTH} levels; deeper optional properties are left out`, () => {
    const value = exampleValue(nested(MAX_DEPTH - 1, true));
    expect(schemaProblems(nested(MAX_DEPTH - 1, true), value)).toEqual([]);
    const optional = nested(200, false);
    const partial = exampleValue(optional);
    expect(schemaProblems(optional, partial)).toEqual([]);
    // Objects at levels 0 … 64; the string at level 65 is not built, so the innermost object is empty.
    expect(JSON.stringify(partial).split('{').length - 1).toBe(MAX_DEPTH + 1);
  });

  it('a pattern with 100 nested groups is read', () => {
    const pattern = `^${'(?:'.repeat(100)}a${')'.repeat(100)}$`;
    expect(exampleValue({ type: 'string', pattern })).toBe('a');
  });
});

describe('dialects', () => {
  it.each([
    [{ $schema: 'http://json-schema.org/draft-07/schema#' }, 'draft-07'],
    [{ $schema: 'http://json-schema.org/draft-07/schema' }, 'draft-07'],
    [{ $schema: 'http://json-schema.org/draft-04/schema#' }, 'draft-07'],
    [{ $schema: 'https://json-schema.org/draft/2019-09/schema' }, '2019-09'],
    [{ $schema: 'https://json-schema.org/draft/2020-12/schema' }, '2020-12'],
    [{ $schema: 'https://example.com/my-dialect' }, '2020-12'],
    [{}, undefined],
  ])('%j is read as %s', (schema, dialect) => {
    expect(dialectOf(schema)).toBe(dialect);
  });

  it('compiles a draft-07 tuple without $schema (falling back from 2020-12)', () => {
    const check = emulatorCheck({ type: 'array', items: [{ type: 'string' }], additionalItems: false });
    expect(check(['a'])).toBe(true);
    expect(check(['a', 'b'])).toBe(false);
  });

  it('reports a schema Ajv cannot compile', () => {
    const result = compiler.compile({ type: 'object', properties: { a: { type: 'strnig' } } });
    expect(typeof result === 'function' ? 'compiled' : result.error).toMatch(
      /must be equal to one of the allowed values|type/,
    );
  });
});

describe('generated schemas (fast-check)', () => {
  it('every seed builds a value that Ajv accepts, and the same seed builds the same value', () => {
    fc.assert(
      fc.property(documentArbitrary, fc.option(fc.nat(), { nil: undefined }), (schema, seed) => {
        const value = exampleValue(schema, { seed });
        const problems = schemaProblems(schema, value);
        expect(problems, `${JSON.stringify(schema)} → ${JSON.stringify(value)}`).toEqual([]);
        expect(exampleValue(schema, { seed })).toEqual(value);
      }),
      { numRuns: 400 },
    );
  });

  it('the emulator compiles each in its dialect, and invalid-output is rejected by an independent Ajv', () => {
    fc.assert(
      fc.property(documentArbitrary, fc.nat(), (schema, seed) => {
        const check = emulatorCheck(schema);
        const valid = validInstance(schema, check, seed);
        expect(valid).toBeDefined();
        expect(validatorFor(schema)(valid?.value)).toBe(true);
        const invalid = invalidInstance(schema, valid?.value, check);
        // A generated schema may accept every JSON value (an `anyOf` with an unconstrained member).
        if (invalid) expect(validatorFor(schema)(invalid.value)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
