// The spec diff on hand-made spec pairs (test/spec-diff/fixtures/<pair>/old.* and new.*): each pair gives exactly the
// listed classification lines, `<severity> <rule> <location>`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { readDocument } from '../../scripts/lib/spec-diff/document.js';
import { classification } from '../../scripts/lib/spec-diff/findings.js';
import { diffSpecs } from '../../scripts/lib/spec-diff/operations.js';

const fixturesDir = fileURLToPath(new URL('fixtures', import.meta.url));

/** The classification lines of one pair, in report order. */
async function diffPair(pair: string): Promise<string[]> {
  const files = readdirSync(join(fixturesDir, pair));
  const file = (side: string) =>
    join(
      fixturesDir,
      pair,
      files.find((f) => f.startsWith(`${side}.`))!,
    );
  const findings = diffSpecs(await readDocument(file('old')), await readDocument(file('new')));
  return findings.map(classification);
}

const PAIRS: Record<string, string[]> = {
  operations: [
    // /pets/{id} → /pets/{petId}: a renamed path parameter is the same operation and the same parameter.
    'breaking removed-operation POST /pets',
    'compatible new-operation GET /owners',
  ],
  parameters: [
    // X-Trace → x-trace: header names are case-insensitive.
    'breaking new-required-parameter GET /pets header X-Tenant',
    'breaking parameter-became-required GET /pets query limit',
    'breaking removed-parameter GET /pets query offset',
    // The X-Policy header's JSON schema, reached through a $ref parameter and a $ref schema.
    'breaking removed-enum-value PolicyHeader.mode (request)',
    'compatible new-optional-parameter GET /pets query filter',
    'compatible parameter-became-optional GET /pets query sort',
  ],
  'request-properties': [
    'breaking removed-request-property POST /pets request body [application/json].legacy (request)',
    'breaking request-property-became-required POST /pets request body [application/json].nickname (request)',
    'breaking new-required-request-property POST /pets request body [application/json].species (request)',
    'compatible new-optional-request-property POST /pets request body [application/json].color (request)',
    'compatible request-property-became-optional POST /pets request body [application/json].name (request)',
    'compatible new-optional-request-property POST /pets request body [application/json].owner.email (request)',
  ],
  'response-properties': [
    'breaking response-property-became-optional Pet.name (response)',
    'breaking removed-response-property Pet.tag (response)',
    'breaking removed-response-property Pet.tags[].color (response)',
    'compatible new-response-property Pet.born (response)',
    'compatible response-property-became-required Pet.weight (response)',
  ],
  types: [
    // Responses break when they may hold a new type (integer → number included), requests when they may no
    // longer send one (number → integer included); the opposite changes are compatible.
    'breaking changed-type POST /things 200 [application/json].code (response)',
    'breaking changed-type POST /things 200 [application/json].count (response)',
    'breaking changed-type POST /things 200 [application/json].label (response)',
    'breaking changed-type POST /things request body [application/json].anything (request)',
    'breaking changed-type POST /things request body [application/json].code (request)',
    'breaking changed-type POST /things request body [application/json].ratio (request)',
    'compatible changed-type POST /things 200 [application/json].note (response)',
    'compatible changed-type POST /things 200 [application/json].ratio (response)',
    'compatible changed-type POST /things request body [application/json].count (request)',
    'compatible changed-type POST /things request body [application/json].note (request)',
  ],
  enums: [
    'breaking changed-const Order.object (response)',
    'breaking removed-enum Order.region (response)',
    'breaking new-enum-value Order.status (response)',
    'breaking new-enum OrderRequest.color (request)',
    'breaking changed-const OrderRequest.kind (request)',
    'breaking removed-enum-value OrderRequest.size (request)',
    'compatible removed-enum-value Order.stage (response)',
    'compatible removed-enum OrderRequest.priority (request)',
    'compatible new-enum-value OrderRequest.speed (request)',
  ],
  refs: [
    // Pet is used both ways, so its removed property breaks both; Node refers to itself; Owner → Person is a rename
    // of the same shape, which changes nothing.
    'breaking changed-type Node.value (response)',
    'breaking removed-request-property Pet.tag (request)',
    'breaking removed-response-property Pet.tag (response)',
  ],
  unions: [
    // A schema that becomes `anyOf [X, null]` is a one-member union that gains an untagged member.
    'breaking new-union-member POST /run 200 [application/json].config (response)',
    'breaking changed-discriminator POST /run 200 [application/json].item (response)',
    'breaking removed-union-member POST /run request body [application/json].tool (request)',
    // DeltaEvent → TextDeltaEvent keeps the tag `delta`, so the two are compared.
    'breaking response-property-became-optional TextDeltaEvent.delta (response)',
    'compatible new-union-member Event (response)',
    'compatible removed-union-member Event (response)',
    'compatible new-union-member POST /run request body [application/json].config (request)',
    'compatible new-union-member POST /run request body [application/json].input (request)',
    'compatible new-union-member POST /run request body [application/json].tool (request)',
  ],
  responses: [
    'breaking removed-response-media-type POST /jobs 200 [text/event-stream]',
    'breaking changed-type POST /jobs 200 header x-count (response)',
    'breaking removed-response-header POST /jobs 200 header x-legacy',
    'breaking removed-response POST /jobs 202',
    'compatible new-response-media-type POST /jobs 200 [application/x-ndjson]',
    'compatible new-response-header POST /jobs 200 header x-request-id',
    'compatible removed-response POST /jobs 404',
    'compatible new-response POST /jobs 409',
    'compatible new-response POST /jobs default',
  ],
  'request-bodies': [
    'breaking request-body-became-required POST /a request body',
    'breaking removed-request-media-type POST /a request body [application/x-www-form-urlencoded]',
    'breaking removed-request-body POST /b request body',
    'breaking new-required-request-body POST /c request body',
    'compatible new-request-media-type POST /a request body [multipart/form-data]',
    'compatible new-request-body POST /d request body',
  ],
  constraints: [
    'breaking closed-request-object POST /items request body [application/json] (request)',
    'breaking changed-type POST /items request body [application/json].meta.* (request)',
    'breaking tightened-constraint POST /items request body [application/json].name (request)',
    'breaking tightened-constraint POST /items request body [application/json].tags (request)',
    'breaking tightened-constraint POST /items request body [application/json].tags (request)',
    // A response's maxLength 100 → 10 is not reported: constraints are checked for requests only.
    'compatible loosened-constraint POST /items request body [application/json].code (request)',
    'compatible loosened-constraint POST /items request body [application/json].count (request)',
    'compatible opened-request-object POST /items request body [application/json].extra (request)',
    'compatible loosened-constraint POST /items request body [application/json].score (request)',
  ],
  // JSON against YAML, with only descriptions, a summary and info.version changed.
  formats: [],
};

describe('diffSpecs on hand-made pairs', () => {
  it('has an expectation for every fixture pair', () => {
    expect(readdirSync(fixturesDir).sort()).toEqual(Object.keys(PAIRS).sort());
  });

  it.each(Object.entries(PAIRS))('%s', async (pair, expected) => {
    expect(await diffPair(pair)).toEqual(expected);
  });
});
