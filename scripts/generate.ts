// `npm run generate`: regenerates generated/ from openapi/, printing each step and its time, then writes the export
// lists of the spec's names between the markers of src/'s barrel modules. A broken spec fails with the file and
// problem named, and leaves generated/ and src/ untouched.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { EXPORT_REGION_FILES } from './lib/emit/exports.js';
import { readExportRegions, writeExportRegions } from './lib/export-regions.js';
import { generateInto } from './lib/generate-into.js';
import type { PipelineResult } from './lib/pipeline.js';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const log = (line: string): void => console.log(`  ${line}`);

let result: PipelineResult | undefined;
try {
  // A missing or doubled marker fails here, before anything is written.
  await readExportRegions(projectDir, EXPORT_REGION_FILES);
  result = await generateInto(join(projectDir, 'generated'), {
    projectDir,
    root: join(projectDir, 'openapi', 'openapi.yaml'),
    log,
  });
} catch (error) {
  console.error(
    `\nnpm run generate failed; generated/ and src/ were not changed.\n${(error as Error).message}`,
  );
  process.exitCode = 1;
}
if (result) {
  try {
    const writing = performance.now();
    const changed = await writeExportRegions(projectDir, result.exportRegions);
    log(
      `${'write src exports'.padEnd(20)} ${Math.round(performance.now() - writing)} ms` +
        (changed.length > 0 ? ` (updated ${changed.join(', ')})` : ''),
    );
    console.log(
      `generated/ and the export lists in src/ updated in ${Math.round(performance.now() - started)} ms`,
    );
  } catch (error) {
    console.error(
      `\nnpm run generate updated generated/ but could not write the export lists in src/:\n${(error as Error).message}`,
    );
    process.exitCode = 1;
  }
}
