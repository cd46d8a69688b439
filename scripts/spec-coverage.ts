// `npm run spec:coverage -- [--openai VERSION|FOLDER] [--spec FILE] [--cache DIR] [--check]`: lists what the openai
// package's Responses types have that the spec lacks: every property name, closed string-union value and tagged
// union member reachable from ResponseCreateParams, Response and ResponseStreamEvent, and openai's `@deprecated`
// marks. Maintainers rerun it when openai publishes. Exit 0 after the report (with --check: 1 when anything is
// missing that is not a known gap, see roots.ts); exit 2 for bad arguments or files that cannot be read or fetched.
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';

import { readDocument } from './lib/spec-diff/document.js';
import { compareCoverage } from './lib/spec-coverage/compare.js';
import {
  defaultCacheDir,
  fetchPackage,
  RESPONSES_DECLARATIONS,
  resolveVersion,
} from './lib/spec-coverage/openai-package.js';
import { findingName, formatReport } from './lib/spec-coverage/report.js';
import { coverageRoots, knownGap, LEFT_OUT } from './lib/spec-coverage/roots.js';
import { loadDeclarations } from './lib/spec-coverage/typescript-side.js';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const USAGE =
  'Usage: npm run spec:coverage -- [--openai VERSION|FOLDER] [--spec FILE] [--cache DIR] [--check]\n' +
  '  --openai  a version, tag or range on the registry (default: latest), or an unpacked openai package folder\n' +
  '  --spec    the bundled spec (default: generated/openapi.json)\n' +
  `  --cache   where fetched packages are kept (default: ${defaultCacheDir()})\n` +
  '  --check   exit 1 when anything is missing';

/** The unpacked package folder `--openai` names: a folder as given, or a registry version fetched into the cache. */
async function packageFolder(openai: string, cwd: string, cacheDir: string): Promise<string> {
  const folder = resolve(cwd, openai);
  if (existsSync(join(folder, RESPONSES_DECLARATIONS))) return folder;
  return fetchPackage(await resolveVersion(openai), cacheDir);
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        openai: { type: 'string', default: 'latest' },
        spec: { type: 'string' },
        cache: { type: 'string' },
        check: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  // npm runs scripts from the package folder; paths given on the command line are relative to where it was typed.
  const cwd = process.env['INIT_CWD'] ?? process.cwd();
  const specPath =
    values.spec === undefined ? join(projectDir, 'generated/openapi.json') : resolve(cwd, values.spec);
  try {
    const folder = await packageFolder(values.openai, cwd, values.cache ?? defaultCacheDir());
    const { version } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
      version?: string;
    };
    const document = await readDocument(specPath);
    const declarations = loadDeclarations(join(folder, RESPONSES_DECLARATIONS));
    const findings = compareCoverage(declarations.checker, document, coverageRoots(declarations, document));
    const name = (path: string) => (path.startsWith(projectDir) ? relative(projectDir, path) : path);
    const source = { openai: `openai ${version ?? '?'} (${name(folder)})`, spec: name(specPath) };
    const missing = findings.filter((finding) => knownGap(finding) === undefined);
    const gaps = findings.flatMap((finding) => {
      const reason = knownGap(finding);
      return reason === undefined ? [] : [`${findingName(finding)}: ${reason}`];
    });
    console.log(formatReport(source, missing, [...LEFT_OUT, ...gaps]));
    return values.check && missing.length > 0 ? 1 : 0;
  } catch (error) {
    console.error(`spec:coverage: ${(error as Error).message}`);
    return 2;
  }
}

process.exitCode = await main();
