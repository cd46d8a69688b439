// isBundleFresh, which `npm run spec:diff` asks before comparing generated/openapi.json: is the committed bundle what
// openapi/ bundles to now? Checked on copies of openapi/, edited the way a developer edits before regenerating.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { SpecDocumentError } from '../../scripts/lib/spec-diff/document.js';
import { isBundleFresh } from '../../scripts/lib/spec-diff/freshness.js';
import { copySpec, editFile, projectDir, removeSpecCopies } from '../helpers/spec-tooling.js';

afterAll(removeSpecCopies);
const bundle = join(projectDir, 'generated/openapi.json');

describe('isBundleFresh', { timeout: 30_000 }, () => {
  it('is true for the spec as committed (npm run generate:check keeps generated/ current)', async () => {
    const { root } = await copySpec();
    await expect(isBundleFresh({ root, bundle, projectDir })).resolves.toBe(true);
  });

  it('is false after an edit of a component file that was not regenerated', async () => {
    const { dir, root } = await copySpec();
    await editFile(
      join(dir, 'openapi/components/schemas/Response.yaml'),
      'Object type, always `response`.',
      'Object type, which is always `response`.',
    );
    await expect(isBundleFresh({ root, bundle, projectDir })).resolves.toBe(false);
  });

  it('says the YAML does not bundle when it is broken', async () => {
    const { root } = await copySpec();
    await editFile(
      root,
      '$ref: ./paths/control_{endpoint_type}_v1_responses.yaml',
      '$ref: ./paths/missing.yaml',
    );
    const failure = await isBundleFresh({ root, bundle, projectDir }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SpecDocumentError);
    expect((failure as Error).message).toContain(`${root} does not bundle`);
  });
});
