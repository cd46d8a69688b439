// `npm run docs`: writes dist/docs/index.html, the HTML API reference of the bundled spec (Redocly build-docs), a
// single file that works offline, and dist/docs/api/, the TypeScript API reference of the package's exports (TypeDoc);
// each links to the other.
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildDocs, DOCS_SPEC } from './lib/build-docs.js';
import { TYPEDOC_ENTRY_POINTS } from './lib/build-typedoc.js';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
try {
  const { file, bytes, typescript } = await buildDocs(
    projectDir,
    join(projectDir, 'dist', 'docs', 'index.html'),
  );
  console.log(
    `docs: ${DOCS_SPEC} → ${relative(projectDir, file)} (${Math.round(bytes / 1024)} KiB, offline); ` +
      `${TYPEDOC_ENTRY_POINTS.join(', ')} → ${relative(projectDir, typescript.file)} (${typescript.pages} pages); ` +
      `in ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  console.error(`npm run docs failed:\n${(error as Error).message}`);
  process.exitCode = 1;
}
