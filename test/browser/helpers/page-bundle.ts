// Bundles the browser page with esbuild for the browser platform, as an application would: no Node built-ins may
// be reached, and the emulator (src/testing/) must not end up in the bundle.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const pageDir = new URL('../page/', import.meta.url);

/** The page, ready to be served: its HTML, its script and what went into the script. */
export interface PageBundle {
  html: string;
  script: string;
  /** The source files in the bundle, relative to the project. */
  inputs: string[];
}

/** Bundles `test/browser/page/client-page.ts` (ESM, ES2022, platform browser) and reads its HTML. */
export async function bundleClientPage(): Promise<PageBundle> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('client-page.ts', pageDir))],
    absWorkingDir: fileURLToPath(new URL('../../..', import.meta.url)),
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild wrote no bundle');
  return {
    html: await readFile(new URL('client-page.html', pageDir), 'utf8'),
    script: output.text,
    inputs: Object.keys(result.metafile.inputs),
  };
}
