import { chmod, mkdtemp, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { runPipeline, type PipelineOptions } from './pipeline.js';

/**
 * Runs the pipeline into a fresh sibling of `target` and swaps it in only when every step succeeded, so a broken
 * spec leaves `target` exactly as it was. The pipeline writes nothing outside `target`, so this swap is the whole of
 * a regeneration.
 */
export async function generateInto(target: string, options: Omit<PipelineOptions, 'outDir'>): Promise<void> {
  const outDir = await mkdtemp(join(dirname(target), '.generate-'));
  try {
    await runPipeline({ ...options, outDir });
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
}
