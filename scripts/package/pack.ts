// Packs the package exactly as `npm publish` would (npm runs `prepack`, which builds dist/ from a clean state).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './run.js';

/** The repository root. */
export const projectDir = fileURLToPath(new URL('../..', import.meta.url));

/** A packed tarball. */
export interface PackedPackage {
  /** The tarball's absolute path. */
  tarball: string;
  /** The paths inside the package, as npm listed them. */
  files: string[];
}

/** Runs `npm pack` into `destination`. */
export async function packPackage(destination: string): Promise<PackedPackage> {
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', destination], {
    cwd: projectDir,
  });
  // `prepack` prints the build's banner to stdout before npm's JSON report: the report is the last top-level array.
  const start = stdout.lastIndexOf('\n[\n');
  const report = JSON.parse(start === -1 ? stdout : stdout.slice(start)) as {
    filename: string;
    files: { path: string }[];
  }[];
  const packed = report[0];
  if (!packed) throw new Error(`npm pack listed no tarball:\n${stdout}`);
  return { tarball: join(destination, packed.filename), files: packed.files.map((file) => file.path) };
}
