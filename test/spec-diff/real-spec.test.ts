// The spec diff on the real bundle (generated/openapi.json) against edited copies of it: the changes clients care
// about are found through its $refs, discriminated unions and shared components, and nothing else is reported.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { parseDocument } from '../../scripts/lib/spec-diff/document.js';
import { classification } from '../../scripts/lib/spec-diff/findings.js';
import { diffSpecs } from '../../scripts/lib/spec-diff/operations.js';
import { projectDir } from '../helpers/spec-tooling.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- edits of parsed JSON
const text = readFileSync(join(projectDir, 'generated/openapi.json'), 'utf8');
const bundle = parseDocument(text, 'generated/openapi.json');

/** The classification lines of the bundle against a copy changed by `edit`. */
function diffEdited(edit: (spec: Json, schemas: Json) => void): string[] {
  const copy = JSON.parse(text) as Json;
  edit(copy, copy['components']['schemas']);
  return diffSpecs(bundle, { source: 'edited', root: copy }).map(classification);
}

const OPERATIONS = [
  'POST /control/{endpoint_type}/{provider}/v1/responses',
  'POST /control/{endpoint_type}/v1/responses',
];

describe('diffSpecs on the real bundle', () => {
  it('finds nothing between the bundle and itself', () => {
    expect(diffSpecs(bundle, parseDocument(text, 'again'))).toEqual([]);
  });

  it.each<[string, (spec: Json, schemas: Json) => void, string[]]>([
    [
      'a removed response property',
      (_spec, schemas) => delete schemas['Response'].properties.usage,
      ['breaking removed-response-property Response.usage (response)'],
    ],
    [
      'a new response status value',
      (_spec, schemas) => schemas['ResponseStatus'].enum.push('paused'),
      ['breaking new-enum-value ResponseStatus (response)'],
    ],
    [
      'a new required request field',
      (_spec, schemas) => {
        schemas['ResponseCreateParams'].properties.tenant = { type: 'string', description: 'Tenant.' };
        schemas['ResponseCreateParams'].required.push('tenant');
      },
      ['breaking new-required-request-property ResponseCreateParams.tenant (request)'],
    ],
    [
      'a new optional request field',
      (_spec, schemas) => (schemas['ResponseCreateParams'].properties.tenant = { type: 'string' }),
      ['compatible new-optional-request-property ResponseCreateParams.tenant (request)'],
    ],
    [
      'an endpoint type no longer accepted',
      (spec) => {
        const schema = spec['components'].parameters.EndpointType.schema;
        schema.enum = schema.enum.filter((value: string) => value !== 'agent');
      },
      OPERATIONS.map((op) => `breaking removed-enum-value ${op} path endpoint_type (request)`),
    ],
    [
      'a new event type',
      (_spec, schemas) => {
        schemas['ResponseFutureEvent'] = {
          type: 'object',
          required: ['type'],
          properties: { type: { type: 'string', const: 'response.future' } },
        };
        schemas['ResponseStreamEvent'].oneOf.push({ $ref: '#/components/schemas/ResponseFutureEvent' });
      },
      ['compatible new-union-member ResponseStreamEvent (response)'],
    ],
    [
      'a removed event type',
      (_spec, schemas) => {
        const union = schemas['ResponseStreamEvent'];
        union.oneOf = union.oneOf.filter(
          (m: Json) => m['$ref'] !== '#/components/schemas/ResponseQueuedEvent',
        );
      },
      ['compatible removed-union-member ResponseStreamEvent (response)'],
    ],
    [
      'a tool type no longer accepted',
      (_spec, schemas) => {
        const union = schemas['Tool'];
        union.oneOf = union.oneOf.filter((m: Json) => m['$ref'] !== '#/components/schemas/FileSearchTool');
      },
      // Responses echo the request's tools, so the same change is also seen (compatibly) in responses.
      ['breaking removed-union-member Tool (request)', 'compatible removed-union-member Tool (response)'],
    ],
    [
      'a text delta that loses its delta',
      (_spec, schemas) => {
        const event = schemas['ResponseOutputTextDeltaEvent'];
        delete event.properties.delta;
        event.required = event.required.filter((name: string) => name !== 'delta');
      },
      ['breaking removed-response-property ResponseOutputTextDeltaEvent.delta (response)'],
    ],
    [
      'the stream media type removed',
      (spec) => delete spec['components'].responses.ResponseCreated.content['text/event-stream'],
      OPERATIONS.map((op) => `breaking removed-response-media-type ${op} 200 [text/event-stream]`),
    ],
  ])('%s', (_what, edit, expected) => {
    expect(diffEdited(edit)).toEqual(expected);
  });
});
