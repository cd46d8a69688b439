// The JavaScript half of `npm run build`: esbuild bundles the three entry points into `<outdir>` (dist/src for the
// package), code they share split into chunks. Also used by the test of the built command, into a folder of its own.
import { build, type Metafile } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
  keepClassNames(metafile);
  return metafile;
}

/**
 * esbuild writes a top-level class that refers to itself as `var X = class _X …`, so its `name` became `_X`
 * (`APIError.name === '_APIError'`, printed as `_APIError: 413 …`). esbuild's keepNames would fix that with a
 * `__name()` call after every function and class, which no bundler can drop: it made the smallest client bundle
 * 7 KB (min+gzip) larger. The inner binding is renamed back instead: it holds the same class as the outer `var`,
 * which is never reassigned, so the code means the same; `npm run build` checks every exported name.
 */
function keepClassNames(metafile: Metafile): void {
  for (const path of Object.keys(metafile.outputs)) {
    const file = join(projectDir, path);
    const text = readFileSync(file, 'utf8');
    let fixed = text;
    for (const [, outer, inner] of text.matchAll(/\bvar ([A-Za-z$][\w$]*) = class (_+\1)\b/g))
      fixed = fixed.replace(
        new RegExp(`(?<![\\w$.])${inner?.replaceAll('$', '\\$')}(?![\\w$])`, 'g'),
        outer as string,
      );
    if (fixed !== text) writeFileSync(file, fixed);
  }
}
