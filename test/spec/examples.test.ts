import { describe, expect, it } from 'vitest';

import {
  child,
  describeErrors,
  resolveRef,
  schemaSites,
  validateAt,
  walkAllSchemas,
} from '../helpers/spec-tooling.js';

describe('the OpenAPI spec', () => {
  it('has every named example (bodies, responses, parameters, headers) valid against its schema', () => {
    const failures: { example: string; errors: string[] }[] = [];
    let validated = 0;
    for (const site of schemaSites()) {
      for (const [name, entry] of Object.entries(site.examples)) {
        const example = resolveRef(entry);
        const where = `${decodeURIComponent(site.pointer)} example ${name}${'$ref' in entry ? ` (${String(entry['$ref'])})` : ''}`;
        expect(example, where).toHaveProperty('value');
        const errors = validateAt(child(site.pointer, 'schema'), example['value']);
        if (errors.length > 0) failures.push({ example: where, errors: describeErrors(errors) });
        validated++;
      }
    }
    expect(failures).toEqual([]);
    expect(validated).toBeGreaterThanOrEqual(30);
  });

  it('has every schema-level `examples` entry valid against its schema', () => {
    const failures: { example: string; errors: string[] }[] = [];
    let validated = 0;
    walkAllSchemas((schema, pointer) => {
      const examples = schema['examples'];
      if (!Array.isArray(examples)) return;
      examples.forEach((example, index) => {
        const errors = validateAt(pointer, example);
        const where = `${decodeURIComponent(pointer)} examples[${index}]`;
        if (errors.length > 0) failures.push({ example: where, errors: describeErrors(errors) });
        validated++;
      });
    });
    expect(failures).toEqual([]);
    expect(validated).toBeGreaterThanOrEqual(8);
  });
});
