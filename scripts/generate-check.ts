// `npm run generate:check`: fails when generated/ differs from what the spec produces now (a file changed, missing or
// no longer generated). The generator writes nothing outside generated/, so that is all there is to compare.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline } from './lib/pipeline.js';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const committed = join(projectDir, 'generated');
const fresh = await mkdtemp(join(tmpdir(), 'sequrity-generate-check-'));

async function listFiles(dir: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [] as string[])).sort();
}

try {
  await runPipeline({
    projectDir,
    root: join(projectDir, 'openapi', 'openapi.yaml'),
    outDir: fresh,
  });
  const names = [...new Set([...(await listFiles(committed)), ...(await listFiles(fresh))])].sort();
  const stale: string[] = [];
  for (const name of names) {
    const [before, after] = await Promise.all([
      readFile(join(committed, name), 'utf8').catch(() => undefined),
      readFile(join(fresh, name), 'utf8').catch(() => undefined),
    ]);
    if (before !== after)
      stale.push(
        before === undefined
          ? `generated/${name} (missing)`
          : after === undefined
            ? `generated/${name} (no longer generated)`
            : `generated/${name}`,
      );
  }
  if (stale.length > 0) {
    console.error(`Generated code is stale (${stale.join(', ')}): run npm run generate and commit.`);
    process.exitCode = 1;
  } else {
    console.log(`generated/ is up to date (${names.length} files).`);
  }
} catch (error) {
  console.error(`generate:check could not run the pipeline:\n${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await rm(fresh, { recursive: true, force: true });
}
