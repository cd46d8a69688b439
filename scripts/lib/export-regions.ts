import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ExportRegions } from './emit/exports.js';

/**
 * The lines that enclose the generated part of a barrel module of `src/`. `npm run generate` rewrites what lies
 * between them; `npm run generate:check` fails when it differs from what the spec produces.
 */
export const REGION_START = '// <generated-exports>';
export const REGION_END = '// </generated-exports>';

/** Splits `text` around its one marked region; fails naming `file` when the markers are missing or repeated. */
function split(text: string, file: string): { head: string; region: string; tail: string } {
  const lines = text.split('\n');
  const starts = lines.flatMap((line, i) => (line === REGION_START ? [i] : []));
  const ends = lines.flatMap((line, i) => (line === REGION_END ? [i] : []));
  const [start] = starts;
  const [end] = ends;
  if (starts.length !== 1 || ends.length !== 1 || start === undefined || end === undefined || end < start) {
    throw new Error(
      `${file} must hold exactly one \`${REGION_START}\` line followed by one \`${REGION_END}\` line ` +
        '(the generator writes the export lists between them).',
    );
  }
  return {
    head: lines.slice(0, start + 1).join('\n'),
    region: lines
      .slice(start + 1, end)
      .map((line) => `${line}\n`)
      .join(''),
    tail: lines.slice(end).join('\n'),
  };
}

/** The current text of the marked region of each file of `regions`, read from `projectDir`. */
export async function readExportRegions(projectDir: string, files: Iterable<string>): Promise<ExportRegions> {
  const entries = await Promise.all(
    [...files].map(async (file) => [
      file,
      split(await readFile(join(projectDir, file), 'utf8'), file).region,
    ]),
  );
  return Object.fromEntries(entries) as ExportRegions;
}

/**
 * Writes each region between the markers of its file under `projectDir`, leaving the rest of the file as it is.
 * Every file is checked before any is written; each changed file is replaced by rename, never left half-written.
 */
export async function writeExportRegions(projectDir: string, regions: ExportRegions): Promise<string[]> {
  const updates = await Promise.all(
    Object.entries(regions).map(async ([file, region]) => {
      const path = join(projectDir, file);
      const before = await readFile(path, 'utf8');
      const { head, tail } = split(before, file);
      return { file, path, before, after: `${head}\n${region}${tail}` };
    }),
  );
  const changed = updates.filter(({ before, after }) => before !== after);
  for (const { path, after } of changed) {
    const temporary = join(dirname(path), `.${basename(path)}.generate-tmp`);
    await writeFile(temporary, after);
    await rename(temporary, path);
  }
  return changed.map(({ file }) => file);
}
