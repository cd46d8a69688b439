// Where the openai package's declaration files come from: a folder given on the command line, or a version fetched
// from the registry with `npm pack` (no install, so the package's own `engines` and dependencies do not matter) and
// unpacked into a cache folder that later runs reuse.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
// On Windows npm is a .cmd file, which execFile runs only through a shell.
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The file that declares the Responses API types, relative to the package folder. */
export const RESPONSES_DECLARATIONS = 'resources/responses/responses.d.ts';

/** The default cache folder: one sub-folder per openai version. */
export const defaultCacheDir = (): string => join(tmpdir(), 'sequrity-spec-coverage');

/** The exact version a tag or range (`latest`, `7`, `7.60.0`) names on the registry: one `npm view`. */
export async function resolveVersion(spec: string): Promise<string> {
  if (/^\d+\.\d+\.\d+(?:-[\w.]+)?$/.test(spec)) return spec;
  const { stdout } = await run(npm, ['view', `openai@${spec}`, 'version', '--json'], { shell: false });
  const parsed = JSON.parse(stdout) as unknown;
  // A range that several versions satisfy gives a list, oldest first.
  const version = Array.isArray(parsed) ? parsed.at(-1) : parsed;
  if (typeof version !== 'string') throw new Error(`npm view openai@${spec} named no version.`);
  return version;
}

/**
 * The folder of openai `version`, unpacked under `cacheDir`: reused when it is there, otherwise fetched with
 * `npm pack` into a scratch folder and moved into place whole, so an interrupted run leaves no half folder.
 */
export async function fetchPackage(version: string, cacheDir: string): Promise<string> {
  const target = join(cacheDir, `openai-${version}`);
  if (existsSync(join(target, RESPONSES_DECLARATIONS))) return target;
  await mkdir(cacheDir, { recursive: true });
  // Unpacked next to the target, so that the final rename never crosses file systems.
  const scratch = await mkdtemp(join(cacheDir, '.pack-'));
  try {
    await run(npm, ['pack', `openai@${version}`, '--silent', '--pack-destination', scratch], {
      cwd: scratch,
    });
    const tarball = (await readdir(scratch)).find((name) => name.endsWith('.tgz'));
    if (tarball === undefined) throw new Error(`npm pack openai@${version} wrote no tarball.`);
    await run('tar', ['-xzf', tarball], { cwd: scratch });
    await rm(target, { recursive: true, force: true });
    await rename(join(scratch, 'package'), target);
    return target;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
