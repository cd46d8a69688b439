// The version story of a release (see "Versions" in openapi/README.md): package.json's version is the one version;
// `syncVersion` copies it into the User-Agent constant and the spec's `info.version`, `recordRelease` keeps the
// released bundle and its version in openapi/released/ for `npm run spec:diff`, and `nextVersion` is the version the
// pending changesets will release. Each takes the project folder, so the tests run them on copies.
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The version in `<dir>/package.json`. */
export async function readPackageVersion(dir: string): Promise<string> {
  const { version } = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { version?: unknown };
  if (typeof version !== 'string') throw new Error(`${join(dir, 'package.json')} has no "version" string.`);
  return version;
}

/** A changeset's bump, as `npx changeset` writes it. */
export type Bump = 'patch' | 'minor' | 'major';
const BUMPS: readonly Bump[] = ['patch', 'minor', 'major'];

/** `version` raised by `bump` as Changesets raises it (semver's `inc`: 0.x gets no special case). */
export function bumpVersion(version: string, bump: Bump): string {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!match) throw new TypeError(`"${version}" is not a release version (major.minor.patch).`);
  const [major, minor, patch] = match.slice(1).map(Number) as [number, number, number];
  if (bump === 'major') return `${major + 1}.0.0`;
  return bump === 'minor' ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
}

/**
 * The version the pending changesets (`<dir>/.changeset/*.md` but its README) will release this package as:
 * package.json's version raised by the largest bump they name for it, or unchanged when there is none. `pending`
 * counts the changesets that name the package.
 *
 * @throws Error naming the file when a changeset has no front matter or names an unknown bump.
 */
export async function nextVersion(dir: string): Promise<{ version: string; pending: number }> {
  const current = await readPackageVersion(dir);
  const { name } = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { name: string };
  const folder = join(dir, '.changeset');
  const files = (await readdir(folder).catch(() => [] as string[])).filter(
    (file) => file.endsWith('.md') && file !== 'README.md',
  );
  let largest = -1;
  let pending = 0;
  for (const file of files) {
    const text = await readFile(join(folder, file), 'utf8');
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
    if (front === undefined) throw new Error(`.changeset/${file} has no front matter (--- … ---).`);
    const bump = (parse(front) as Record<string, unknown> | null)?.[name];
    if (bump === undefined) continue;
    if (!BUMPS.includes(bump as Bump)) {
      throw new Error(`.changeset/${file} asks for "${String(bump)}"; a bump is patch, minor or major.`);
    }
    pending += 1;
    largest = Math.max(largest, BUMPS.indexOf(bump as Bump));
  }
  const bump = BUMPS[largest];
  return { version: bump === undefined ? current : bumpVersion(current, bump), pending };
}

/** Replaces the one match of `pattern` in `<dir>/<file>`; throws naming the file when there is none. */
async function replaceOnce(dir: string, file: string, pattern: RegExp, replacement: string): Promise<void> {
  const path = join(dir, file);
  const text = await readFile(path, 'utf8');
  if (!pattern.test(text)) throw new Error(`${file} has no ${String(pattern)} to update.`);
  await writeFile(path, text.replace(pattern, replacement));
}

/**
 * Writes package.json's version into src/version.ts (`VERSION`, sent in the User-Agent) and into the `version` of
 * openapi/openapi.yaml's `info` block (a text edit: the rest of the file keeps its formatting). Returns the version.
 * The bundle in generated/ follows at the next `npm run generate`.
 */
export async function syncVersion(dir: string): Promise<string> {
  const version = await readPackageVersion(dir);
  await replaceOnce(
    dir,
    'src/version.ts',
    /export const VERSION = '[^']*';/,
    `export const VERSION = '${version}';`,
  );
  // `info:` is a top-level key; its `version:` is the first two-space-indented one before the next top-level key.
  await replaceOnce(
    dir,
    'openapi/openapi.yaml',
    /^(info:\n(?:(?: {2}.*)?\n)*? {2}version: ).*$/m,
    `$1${version}`,
  );
  return version;
}

/**
 * Records the current bundle as the last release: copies generated/openapi.json to openapi/released/openapi.json and
 * writes package.json's version to openapi/released/release.json. Refuses a bundle whose `info.version` is not the
 * package's (run `syncVersion` and `npm run generate` first). Returns the version.
 */
export async function recordRelease(dir: string): Promise<string> {
  const version = await readPackageVersion(dir);
  const bundle = join(dir, 'generated/openapi.json');
  const { info } = JSON.parse(await readFile(bundle, 'utf8')) as { info?: { version?: unknown } };
  if (info?.version !== version) {
    throw new Error(
      `generated/openapi.json has info.version ${String(info?.version)}, not package.json's ${version}: run ` +
        'tsx scripts/sync-version.ts and npm run generate first (npm run release:version does).',
    );
  }
  await copyFile(bundle, join(dir, 'openapi/released/openapi.json'));
  // Formatted as prettier writes it: `npm run lint:format` checks this file.
  await writeFile(join(dir, 'openapi/released/release.json'), `{ "version": ${JSON.stringify(version)} }\n`);
  return version;
}
