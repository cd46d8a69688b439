// Where the browser checks keep what a person should look at (screenshots); the folder is git-ignored.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `test/browser/artifacts/`, created on first use. */
export const ARTIFACTS_DIR = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** The path of artifact `name` in {@link ARTIFACTS_DIR}. */
export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return `${ARTIFACTS_DIR}${name}`;
}
