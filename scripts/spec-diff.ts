// `npm run spec:diff -- [OLD] [NEW] [--old-version X.Y.Z] [--new-version X.Y.Z]`: classifies the changes between two
// bundled OpenAPI documents for clients (breaking or compatible), prints a report, and exits 1 on a breaking change
// unless the version change is a breaking release. OLD defaults to the last released bundle
// (openapi/released/openapi.json) and NEW to the current one (generated/openapi.json); the versions default to the
// one recorded in openapi/released/release.json and the one this branch will be released as (package.json's, raised
// by the pending changesets). With NEW defaulted it first checks that
// generated/openapi.json is what openapi/ bundles to now, and exits 1 saying it is stale when not (else an edit made
// without `npm run generate` would show as "No changes"). Exit 2: bad arguments, unreadable files, or an old version
// above the new one.
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { nextVersion } from './lib/release.js';
import { readDocument } from './lib/spec-diff/document.js';
import { isBundleFresh } from './lib/spec-diff/freshness.js';
import { diffSpecs } from './lib/spec-diff/operations.js';
import { formatReport, verdictOf } from './lib/spec-diff/report.js';
import { compareVersions } from './lib/spec-diff/versions.js';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const USAGE =
  'Usage: npm run spec:diff -- [OLD] [NEW] [--old-version X.Y.Z] [--new-version X.Y.Z]\n' +
  '  OLD  the last released bundle (default: openapi/released/openapi.json)\n' +
  '  NEW  the bundle to check (default: generated/openapi.json, which must match openapi/)\n' +
  '  --old-version  default: the version in openapi/released/release.json\n' +
  "  --new-version  default: package.json's version raised by the pending changesets (.changeset/*.md)";

const readVersion = async (path: string): Promise<string> => {
  const { version } = JSON.parse(await readFile(join(projectDir, path), 'utf8')) as { version?: unknown };
  if (typeof version !== 'string') throw new Error(`${path} has no "version" string.`);
  return version;
};

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        'old-version': { type: 'string' },
        'new-version': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length > 2) {
    console.error(`Expected at most two files, got ${positionals.length}.\n${USAGE}`);
    return 2;
  }
  // npm runs scripts from the package folder; paths given on the command line are relative to where it was typed.
  const cwd = process.env['INIT_CWD'] ?? process.cwd();
  const [oldPath, newPath] = [
    positionals[0] === undefined
      ? join(projectDir, 'openapi/released/openapi.json')
      : resolve(cwd, positionals[0]),
    positionals[1] === undefined ? join(projectDir, 'generated/openapi.json') : resolve(cwd, positionals[1]),
  ];
  try {
    const [old, next, oldVersion, newVersion, fresh] = await Promise.all([
      readDocument(oldPath),
      readDocument(newPath),
      values['old-version'] ?? readVersion('openapi/released/release.json'),
      values['new-version'] ?? nextVersion(projectDir).then(({ version }) => version),
      positionals[1] !== undefined ||
        isBundleFresh({ root: join(projectDir, 'openapi/openapi.yaml'), bundle: newPath, projectDir }),
    ]);
    if (!fresh) {
      console.error(
        'spec:diff: generated/openapi.json is stale: it is not what openapi/ bundles to now, so the diff would not ' +
          'show your edits. Run npm run generate, then npm run spec:diff again.',
      );
      return 1;
    }
    if (compareVersions(oldVersion, newVersion) > 0) {
      const from = (option: 'old-version' | 'new-version', files: string) =>
        values[option] === undefined ? files : `--${option}`;
      console.error(
        `spec:diff: the old version ${oldVersion} (${from('old-version', 'openapi/released/release.json')}) is ` +
          `above the new one ${newVersion} (${from('new-version', 'package.json and .changeset/')}), but the ` +
          'last release is never above the package version: see "Versions" in openapi/README.md.',
      );
      return 2;
    }
    const findings = diffSpecs(old, next);
    const versions = { old: oldVersion, new: newVersion };
    const verdict = verdictOf(findings, versions);
    // Paths inside the project are shown from its folder; others as given.
    const name = (path: string) => (path.startsWith(projectDir) ? relative(projectDir, path) : path);
    console.log(formatReport({ old: name(oldPath), new: name(newPath) }, versions, findings, verdict));
    return verdict.fails ? 1 : 0;
  } catch (error) {
    console.error(`spec:diff: ${(error as Error).message}`);
    return 2;
  }
}

process.exitCode = await main();
