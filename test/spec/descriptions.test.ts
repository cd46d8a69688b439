import { describe, expect, it } from 'vitest';

import { schemas, walkAllSchemas } from '../helpers/spec-tooling.js';

describe('the OpenAPI spec', () => {
  it('documents every component schema, every property and every inline object shape', () => {
    // The rule: a description is required where it becomes TSDoc a user can read: on each component schema, each
    // property (even a bare `$ref` one: the property's own comment is what the editor shows), each inline schema of a
    // parameter, header or body that is not a bare `$ref` (a `$ref` shows its component's description), and each
    // inline schema that declares `properties` or `type: object` (an anonymous object type). Other inline
    // sub-schemas — union members, array `items` and `additionalProperties` that are `{type: 'null'}`, a bare `$ref`,
    // a scalar or a constraint-only schema such as `{required: [...]}` — are exempt: they render inside the
    // enclosing type, whose description covers them.
    const undocumented: string[] = [];
    const counted = { component: 0, property: 0 };
    walkAllSchemas((schema, pointer, role) => {
      const type = schema['type'];
      const isObjectShape =
        'properties' in schema || type === 'object' || (Array.isArray(type) && type.includes('object'));
      const isBareRef = Object.keys(schema).every((key) => key === '$ref');
      const required =
        role === 'component' || role === 'property' || (role === 'site' && !isBareRef) || isObjectShape;
      if (role === 'component' || role === 'property') counted[role]++;
      const description = schema['description'];
      if (required && (typeof description !== 'string' || description.trim() === '')) {
        undocumented.push(decodeURIComponent(pointer));
      }
    });
    expect(undocumented).toEqual([]);
    expect(counted.component).toBe(Object.keys(schemas).length);
    expect(counted.property).toBeGreaterThan(500);
  });
});
