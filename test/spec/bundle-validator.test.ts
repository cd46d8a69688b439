// The bundle other teams consume (generated/openapi.json and .yaml, shipped as ./openapi.json and ./openapi.yaml),
// checked by an OpenAPI 3.1 validator that shares no code with Redocly, which lints and bundles it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { projectDir } from '../helpers/spec-tooling.js';

const readBundle = (name: string): Record<string, unknown> => {
  const text = readFileSync(join(projectDir, 'generated', name), 'utf8');
  return (name.endsWith('.json') ? JSON.parse(text) : parse(text)) as Record<string, unknown>;
};

interface Bundle {
  paths: Record<string, unknown>;
  components: { parameters: Record<string, Record<string, unknown>> };
}

/** Validates a document; returns the validator's version and its errors in one line each. */
async function validate(document: Record<string, unknown>): Promise<{ version: string; errors: string[] }> {
  const validator = new Validator();
  const result = await validator.validate(document);
  const errors = result.valid
    ? []
    : typeof result.errors === 'string'
      ? [result.errors]
      : (result.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
  return { version: validator.version, errors };
}

describe('the bundled spec, checked by @seriousme/openapi-schema-validator', () => {
  it.each(['openapi.json', 'openapi.yaml'])('generated/%s is a valid OpenAPI 3.1 document', async (name) => {
    const { version, errors } = await validate(readBundle(name));
    expect(errors).toEqual([]);
    expect(version).toBe('3.1');
  });

  it('openapi.yaml and openapi.json hold the same document', () => {
    expect(readBundle('openapi.yaml')).toEqual(readBundle('openapi.json'));
  });

  it.each([
    [
      'a parameter without `in`',
      (d: Bundle) => delete d.components.parameters['XSessionId']!['in'],
      /\/components\/parameters\/XSessionId must have required property 'in'/,
    ],
    [
      'a path that does not start with /',
      (d: Bundle) => {
        d.paths['control/{endpoint_type}/v1/responses'] = d.paths['/control/{endpoint_type}/v1/responses']!;
      },
      /^\/paths must NOT have unevaluated properties$/m,
    ],
  ])('rejects a copy with %s', async (_what, breakIt, expected) => {
    const broken = structuredClone(readBundle('openapi.json')) as unknown as Bundle;
    breakIt(broken);
    const { errors } = await validate(broken as unknown as Record<string, unknown>);
    expect(errors.join('\n')).toMatch(expected);
  });
});
