import { describe, expect, it } from 'vitest';

import { RESPONSE_STREAM_EVENT_TYPES } from '../../generated/unions.gen.js';
import { isObject, type Json, resolveRef, walkAllSchemas } from '../helpers/spec-tooling.js';

describe('the OpenAPI spec', () => {
  it('tags every discriminator mapping key with the `const` of the member it maps to', () => {
    const mismatches: string[] = [];
    let checked = 0;
    walkAllSchemas((schema, pointer) => {
      const discriminator = schema['discriminator'];
      if (!isObject(discriminator)) return;
      const propertyName = String(discriminator['propertyName']);
      expect(discriminator, `${decodeURIComponent(pointer)} has a mapping`).toHaveProperty('mapping');
      for (const [key, ref] of Object.entries(discriminator['mapping'] as Record<string, string>)) {
        const member = resolveRef({ $ref: ref });
        const tag = (member['properties'] as Record<string, Json> | undefined)?.[propertyName]?.['const'];
        if (tag !== key) {
          mismatches.push(
            `${decodeURIComponent(pointer)}: mapping '${key}' → ${ref} has const ${String(tag)}`,
          );
        }
        checked++;
      }
    });
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(RESPONSE_STREAM_EVENT_TYPES.length);
  });
});
