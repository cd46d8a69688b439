// Tool schemas are compiled in bounded generations of Ajv instances, so that the schemas a long-running emulator was
// sent do not pile up.
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { createToolSchemaCache, type SchemaCompiler } from '../../src/testing/tool-schema-cache.js';

/** Ajv instances that record what each compiled. */
function countingCompilers() {
  const instances: { compiled: object[] }[] = [];
  const create = (): SchemaCompiler => {
    const ajv = new Ajv2020({ strict: false, logger: false });
    const instance = { compiled: [] as object[] };
    instances.push(instance);
    return {
      compile: (schema) => {
        instance.compiled.push(schema);
        return ajv.compile(schema);
      },
    };
  };
  return { instances, create };
}

const schemaNumber = (n: number) => ({ type: 'object', properties: { [`p${n}`]: { type: 'integer' } } });

describe('createToolSchemaCache', () => {
  it('compiles each schema once while it is kept, and checks values with it', () => {
    const { instances, create } = countingCompilers();
    const cache = createToolSchemaCache(create, { size: 8 });
    const check = cache(schemaNumber(1));
    expect(typeof check === 'function' && check({ p1: 2 })).toBe(true);
    expect(typeof check === 'function' && check({ p1: 'two' })).toBe(false);
    expect(cache({ $schema: 'https://example.com/unknown', $id: 'x', ...schemaNumber(1) })).toBe(check);
    expect(instances.map((instance) => instance.compiled.length)).toEqual([1]);
  });

  it('starts a new instance every size / 2 schemas, so no instance compiles more', () => {
    const { instances, create } = countingCompilers();
    const cache = createToolSchemaCache(create, { size: 8 });
    for (let n = 0; n < 100; n++) cache(schemaNumber(n));
    expect(instances.map((instance) => instance.compiled.length)).toEqual(Array(25).fill(4));
  });

  it('keeps a schema in use: one from the previous generation is compiled again into the current one', () => {
    const { instances, create } = countingCompilers();
    const cache = createToolSchemaCache(create, { size: 8 });
    const hot = schemaNumber(-1);
    for (let n = 0; n < 40; n++) {
      cache(hot);
      cache(schemaNumber(n));
    }
    // Each generation but the newest (which may have just begun) compiles `hot` once, beside three others: `hot`
    // never falls out of the cache, and no instance holds more than its share.
    const hotCounts = instances.map(
      (instance) => instance.compiled.filter((schema) => JSON.stringify(schema).includes('p-1')).length,
    );
    expect(hotCounts.slice(0, -1)).toEqual(Array(instances.length - 1).fill(1));
    expect(instances.map((instance) => instance.compiled.length).slice(0, -1)).toEqual(
      Array(instances.length - 1).fill(4),
    );
  });

  it('ends a generation early after a share of the schema text, and keeps no key over 64 KiB', () => {
    const { instances, create } = countingCompilers();
    const cache = createToolSchemaCache(create, { size: 256, chars: 400_000 });
    const large = { type: 'string', description: 'x'.repeat(70_000) };
    cache(large);
    cache(large);
    expect(instances[0]?.compiled.length).toBe(2);
    for (let n = 0; n < 3; n++) cache({ ...large, title: String(n) });
    expect(instances.map((instance) => instance.compiled.length)).toEqual([3, 2]);
  });

  it('reports a schema Ajv cannot compile, and remembers that', () => {
    const { instances, create } = countingCompilers();
    const cache = createToolSchemaCache(create, { size: 8 });
    const bad = { type: 'object', properties: { a: { $ref: '#/nowhere' } } };
    const result = cache(bad);
    expect(result).toEqual({ error: expect.stringContaining("can't resolve reference #/nowhere") });
    expect(cache(bad)).toBe(result);
    expect(instances[0]?.compiled.length).toBe(1);
  });
});
