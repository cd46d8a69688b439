// `npm run docs`: writes dist/docs/index.html, the HTML API reference of the bundled spec (Redocly build-docs), a
// single file that works offline.
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildDocs, DOCS_SPEC } from './lib/build-docs.js';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
try {
  const { file, bytes } = await buildDocs(projectDir, join(projectDir, 'dist', 'docs', 'index.html'));
  console.log(
    `docs: ${DOCS_SPEC} → ${relative(projectDir, file)} (${Math.round(bytes / 1024)} KiB, offline) in ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  console.error(`npm run docs failed:\n${(error as Error).message}`);
  process.exitCode = 1;
}
