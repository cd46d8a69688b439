// The version story ("Versions" in openapi/README.md): package.json's version is the one version, the spec and the
// User-Agent carry it, the last release recorded in openapi/released/ is never above it, and the scripts of
// `npm run release:version` keep it so (run here on copies of the files they touch).
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { bumpVersion, nextVersion, recordRelease, syncVersion } from '../../scripts/lib/release.js';
import { compareVersions } from '../../scripts/lib/spec-diff/versions.js';
import { VERSION } from '../../src/version.js';
import { projectDir } from '../helpers/spec-tooling.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed files
const readJson = (path: string): Json => JSON.parse(readFileSync(join(projectDir, path), 'utf8')) as Json;
const pkg = readJson('package.json');
const version = pkg['version'] as string;

describe('the versions in the repository', () => {
  it('are one: src/version.ts and info.version of the spec and its bundles are package.json’s', () => {
    const spec = parse(readFileSync(join(projectDir, 'openapi/openapi.yaml'), 'utf8')) as Json;
    const bundleYaml = parse(readFileSync(join(projectDir, 'generated/openapi.yaml'), 'utf8')) as Json;
    expect({
      'src/version.ts': VERSION,
      'openapi/openapi.yaml': spec['info']['version'],
      'generated/openapi.yaml': bundleYaml['info']['version'],
      'generated/openapi.json': readJson('generated/openapi.json')['info']['version'],
    }).toEqual({
      'src/version.ts': version,
      'openapi/openapi.yaml': version,
      'generated/openapi.yaml': version,
      'generated/openapi.json': version,
    });
  });

  it('record a last release that is not above the package version, with its own bundle', () => {
    const released = readJson('openapi/released/release.json')['version'] as string;
    expect(
      compareVersions(released, version),
      `released ${released}, package ${version}`,
    ).toBeLessThanOrEqual(0);
    expect(readJson('openapi/released/openapi.json')['info']['version']).toBe(released);
  });

  it('have a CHANGELOG section for the package version once released, and none above it', () => {
    const changelog = readFileSync(join(projectDir, 'CHANGELOG.md'), 'utf8');
    const sections = [...changelog.matchAll(/^## (\d+\.\d+\.\d+\S*)$/gm)].map((match) => match[1] as string);
    for (const section of sections) expect(compareVersions(section, version)).toBeLessThanOrEqual(0);
    if (version !== '0.0.0') expect(sections).toContain(version);
  });

  it('leave the next release at or above the package version', async () => {
    const { version: next } = await nextVersion(projectDir);
    expect(compareVersions(next, version)).toBeGreaterThanOrEqual(0);
  });

  it("point the spec's contact at this package's repository", () => {
    const repository = (pkg['repository'] as { url: string }).url.replace(/^git\+/, '').replace(/\.git$/, '');
    const spec = parse(readFileSync(join(projectDir, 'openapi/openapi.yaml'), 'utf8')) as Json;
    expect(spec['info']['contact']['url']).toBe(repository);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The release scripts, on a scratch project holding copies of what they read and write.
// ---------------------------------------------------------------------------------------------------------------

const scratchDirs: string[] = [];
afterAll(() => Promise.all(scratchDirs.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A scratch project: package.json at `version`, and copies of the files the release scripts touch. */
async function scratchProject(version: string, changesets: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sequrity-release-'));
  scratchDirs.push(dir);
  await writeFile(join(dir, 'package.json'), JSON.stringify({ ...pkg, version }));
  for (const file of [
    'src/version.ts',
    'openapi/openapi.yaml',
    'generated/openapi.json',
    'openapi/released',
    '.changeset/README.md',
  ]) {
    await cp(join(projectDir, file), join(dir, file), { recursive: true });
  }
  await mkdir(join(dir, '.changeset'), { recursive: true });
  for (const [name, text] of Object.entries(changesets)) await writeFile(join(dir, '.changeset', name), text);
  return dir;
}

const changeset = (bump: string, name = 'sequrity-responses') => `---\n'${name}': ${bump}\n---\n\nSummary.\n`;

describe('syncVersion (npm run release:version, after changeset version)', () => {
  it("writes the package version into src/version.ts and the spec's info.version, and changes nothing else", async () => {
    const dir = await scratchProject('2.3.4');
    const before = parse(await readFile(join(dir, 'openapi/openapi.yaml'), 'utf8')) as Json;
    await expect(syncVersion(dir)).resolves.toBe('2.3.4');
    expect(await readFile(join(dir, 'src/version.ts'), 'utf8')).toContain("export const VERSION = '2.3.4';");
    const after = parse(await readFile(join(dir, 'openapi/openapi.yaml'), 'utf8')) as Json;
    expect(after).toEqual({ ...before, info: { ...before['info'], version: '2.3.4' } });
  });
});

describe('recordRelease (npm run release:version, after the spec diff)', () => {
  it('refuses a bundle generated before the version was synced', async () => {
    const dir = await scratchProject('2.3.4');
    await expect(recordRelease(dir)).rejects.toThrow(
      `generated/openapi.json has info.version ${version}, not package.json's 2.3.4`,
    );
  });

  it('copies the bundle and writes its version to openapi/released/', async () => {
    const dir = await scratchProject('2.3.4');
    const bundle = readJson('generated/openapi.json');
    const text = `${JSON.stringify({ ...bundle, info: { ...bundle['info'], version: '2.3.4' } }, null, 2)}\n`;
    await writeFile(join(dir, 'generated/openapi.json'), text);
    await expect(recordRelease(dir)).resolves.toBe('2.3.4');
    expect(await readFile(join(dir, 'openapi/released/openapi.json'), 'utf8')).toBe(text);
    expect(await readFile(join(dir, 'openapi/released/release.json'), 'utf8')).toBe(
      '{ "version": "2.3.4" }\n',
    );
  });
});

describe('nextVersion (the new version of npm run spec:diff)', () => {
  it.each<[string, Record<string, string>, string, number]>([
    ['no changeset', {}, '1.2.3', 0],
    ['a patch', { 'a.md': changeset('patch') }, '1.2.4', 1],
    ['a patch and a minor', { 'a.md': changeset('patch'), 'b.md': changeset('minor') }, '1.3.0', 2],
    ['a major among others', { 'a.md': changeset('minor'), 'b.md': changeset('major') }, '2.0.0', 2],
    ['a changeset of another package', { 'a.md': changeset('major', 'other') }, '1.2.3', 0],
  ])('%s', async (_what, changesets, expected, pending) => {
    const dir = await scratchProject('1.2.3', changesets);
    await expect(nextVersion(dir)).resolves.toEqual({ version: expected, pending });
  });

  it('names the changeset whose bump is unknown', async () => {
    const dir = await scratchProject('1.2.3', { 'typo.md': changeset('mayor') });
    await expect(nextVersion(dir)).rejects.toThrow('.changeset/typo.md asks for "mayor"');
  });

  it('raises 0.x versions as Changesets does', () => {
    expect([
      bumpVersion('0.0.0', 'minor'),
      bumpVersion('0.1.0', 'major'),
      bumpVersion('0.1.9', 'patch'),
    ]).toEqual(['0.1.0', '1.0.0', '0.1.10']);
  });
});
