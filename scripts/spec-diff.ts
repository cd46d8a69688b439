// `npm run spec:diff -- [OLD] [NEW] [--old-version X.Y.Z] [--new-version X.Y.Z]`: classifies the changes between two
// bundled OpenAPI documents for clients (breaking or compatible), prints a report, and exits 1 on a breaking change
// unless the version change is a breaking release. OLD defaults to the last released bundle
// (openapi/released/openapi.json) and NEW to the current one (generated/openapi.json); the versions default to the
// one recorded in openapi/released/release.json and the one in package.json. Exit 2: bad arguments or unreadable files.
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { readDocument } from './lib/spec-diff/document.js';
import { diffSpecs } from './lib/spec-diff/operations.js';
import { formatReport, verdictOf } from './lib/spec-diff/report.js';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const USAGE =
  'Usage: npm run spec:diff -- [OLD] [NEW] [--old-version X.Y.Z] [--new-version X.Y.Z]\n' +
  '  OLD  the last released bundle (default: openapi/released/openapi.json)\n' +
  '  NEW  the bundle to check (default: generated/openapi.json)\n' +
  '  --old-version  default: the version in openapi/released/release.json\n' +
  '  --new-version  default: the version in package.json';

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
    const [old, next, oldVersion, newVersion] = await Promise.all([
      readDocument(oldPath),
      readDocument(newPath),
      values['old-version'] ?? readVersion('openapi/released/release.json'),
      values['new-version'] ?? readVersion('package.json'),
    ]);
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
