// The JavaScript half of `npm run build`: esbuild bundles the three entry points into `<outdir>` (dist/src for the
// package), code they share split into chunks. Also used by the test of the built command, into a folder of its own.
import { build, type Metafile } from 'esbuild';
import { projectDir } from './pack.js';

/** The JavaScript entry points, by what imports them: `exports["."]`, `exports["./testing"]` and `bin`. */
export const ENTRY_POINTS = ['src/index.ts', 'src/testing/index.ts', 'src/testing/cli.ts'];

/**
 * Bundles {@link ENTRY_POINTS} into `outdir` (relative to the project folder, or absolute; it must lie inside the
 * project so the output finds the packages it imports in node_modules) and returns esbuild's metafile, whose output
 * paths are relative to the project folder.
 */
export async function bundleJavaScript(outdir: string): Promise<Metafile> {
  const { metafile } = await build({
    absWorkingDir: projectDir,
    entryPoints: ENTRY_POINTS,
    outdir,
    outbase: 'src',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    // The emulator imports the spec with `with { type: 'json' }`, which Node requires; es2022 alone would drop it.
    supported: { 'import-attributes': true },
    packages: 'external',
    external: ['node:*'],
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  return metafile;
}
