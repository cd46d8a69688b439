// Whether the committed bundle (generated/openapi.json) is what the spec's YAML bundles to now. The spec diff compares
// bundles, so after an edit of openapi/ without `npm run generate` it would compare the old bundle with itself and
// find nothing: it asks this first and says the bundle is stale instead.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';

import { bundleSpec } from '../redocly.js';
import { SpecDocumentError } from './document.js';

/** Where the spec's sources and its committed bundle are. */
export interface BundleSources {
  /** The spec's root file (openapi/openapi.yaml). */
  readonly root: string;
  /** The committed JSON bundle (generated/openapi.json). */
  readonly bundle: string;
  /** The project folder, holding redocly.yaml. */
  readonly projectDir: string;
}

/**
 * Bundles `root` with Redocly, as `npm run generate` does, and tells whether the result equals `bundle` as parsed
 * JSON (so formatting and the generated header do not count).
 *
 * @throws SpecDocumentError when the YAML does not bundle or the committed bundle cannot be read.
 */
export async function isBundleFresh({ root, bundle, projectDir }: BundleSources): Promise<boolean> {
  const scratch = await mkdtemp(join(tmpdir(), 'sequrity-spec-diff-'));
  try {
    const fresh = join(scratch, 'openapi.yaml');
    const readCommitted = async (): Promise<unknown> => {
      try {
        return JSON.parse(await readFile(bundle, 'utf8'));
      } catch (error) {
        throw new SpecDocumentError(`Cannot read ${bundle} as JSON: ${(error as Error).message}`);
      }
    };
    const [committed] = await Promise.all([
      readCommitted(),
      bundleSpec(root, fresh, projectDir).catch((error: Error) => {
        throw new SpecDocumentError(
          `${root} does not bundle, so generated/ cannot be checked against it (npm run generate names the ` +
            `problem):\n${error.message}`,
        );
      }),
    ]);
    return isDeepStrictEqual(parse(await readFile(fresh, 'utf8')), committed);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
