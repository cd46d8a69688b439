// `npm run generate`: regenerates generated/ from openapi/, printing each step and its time. Every file it writes is
// under generated/, swapped in whole once every step succeeded: a broken spec fails with the file and problem named
// and changes nothing.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { generateInto } from './lib/generate-into.js';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();

try {
  await generateInto(join(projectDir, 'generated'), {
    projectDir,
    root: join(projectDir, 'openapi', 'openapi.yaml'),
    log: (line) => console.log(`  ${line}`),
  });
  console.log(`generated/ updated in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  console.error(`\nnpm run generate failed; generated/ was not changed.\n${(error as Error).message}`);
  process.exitCode = 1;
}
