import { chmod, mkdtemp, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { runPipeline, type PipelineOptions, type PipelineResult } from './pipeline.js';

/**
 * Runs the pipeline into a fresh sibling of `target` and swaps it in only when every step succeeded, so a broken
 * spec leaves `target` exactly as it was. Returns what the pipeline returned (the export lists for `src/`).
 */
export async function generateInto(
  target: string,
  options: Omit<PipelineOptions, 'outDir'>,
): Promise<PipelineResult> {
  const outDir = await mkdtemp(join(dirname(target), '.generate-'));
  let result: PipelineResult;
  try {
    result = await runPipeline({ ...options, outDir });
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
  // mkdtemp creates the directory private (0700); generated/ is an ordinary folder.
  await chmod(outDir, 0o755);
  const previous = `${outDir}-previous`;
  const hadTarget = await rename(target, previous).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  try {
    await rename(outDir, target);
  } catch (error) {
    // Put the previous output back rather than leave no generated/ at all.
    if (hadTarget) await rename(previous, target);
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
  return result;
}
