import { chmod, mkdtemp, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { runPipeline, type PipelineOptions } from './pipeline.js';

/**
 * Runs the pipeline into a fresh sibling of `target` and swaps it in only when every step succeeded, so a broken
 * spec leaves `target` exactly as it was.
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
  await rename(target, previous).catch(() => {});
  await rename(outDir, target);
  await rm(previous, { recursive: true, force: true });
}
