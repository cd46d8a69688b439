// `npm run generate`: regenerates generated/ from openapi/. Writes into a fresh directory first and swaps it in
// only when every step succeeded, so a broken spec leaves generated/ untouched.
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { runPipeline } from './lib/pipeline.js';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const target = join(projectDir, 'generated');
const started = performance.now();
const outDir = await mkdtemp(join(projectDir, '.generate-'));

try {
  await runPipeline({
    projectDir,
    root: join(projectDir, 'openapi', 'openapi.yaml'),
    outDir,
    log: (line) => console.log(`  ${line}`),
  });
  const previous = `${outDir}-previous`;
  await rename(target, previous).catch(() => {});
  await rename(outDir, target);
  await rm(previous, { recursive: true, force: true });
  console.log(`generated/ updated in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  await rm(outDir, { recursive: true, force: true });
  console.error(`\nnpm run generate failed; generated/ was not changed.\n${(error as Error).message}`);
  process.exitCode = 1;
}
