// `npm run test:exports`: packs the package as `npm publish` would (prepack builds dist/), checks the tarball's
// files and that every relative link of its README resolves inside it, lints it with publint (strict) and
// @arethetypeswrong/cli, then installs it with npm into fresh consumer projects — ESM and CommonJS JavaScript,
// TypeScript with node16 and bundler resolution — that type-check (with every ```ts block of README.md) and make a
// streamed request against the emulator.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkConsumer, consumers, installConsumer } from './package/consumers.js';
import { packPackage, projectDir } from './package/pack.js';
import { unresolvedLinks } from './package/readme-links.js';
import { run, step } from './package/run.js';

/**
 * What the tarball may hold: the build, the spec bundle, the emulator's README (the package README links it), the
 * language-neutral test vectors, and what npm always adds.
 */
const ALLOWED =
  /^(bin\/sequrity-responses\.js$|dist\/(src|generated)\/.+\.(js|d\.ts)$|generated\/openapi\.(json|yaml)$|src\/testing\/README\.md$|test-vectors\/(README\.md|[\w-]+\.json|schemas\/[\w-]+\.schema\.json)$|package\.json$|README\.md$|LICENSE$|CHANGELOG\.md$)/;
/** What it must hold: every target of `exports` and `bin`. */
const REQUIRED = [
  'dist/src/index.js',
  'dist/src/index.d.ts',
  'dist/src/testing/index.js',
  'dist/src/testing/index.d.ts',
  'dist/src/testing/cli.js',
  'bin/sequrity-responses.js',
  'generated/openapi.json',
  'generated/openapi.yaml',
  'src/testing/README.md',
  'test-vectors/README.md',
  'package.json',
  'README.md',
  'LICENSE',
];
/** The data exports: attw judges JavaScript entry points only. */
const DATA_EXPORTS = ['./openapi.json', './openapi.yaml', './package.json'];

const bin = (name: string): string => join(projectDir, 'node_modules', '.bin', name);
const scratch = mkdtempSync(join(tmpdir(), 'sequrity-exports-'));

try {
  const packed = await step('npm pack (prepack builds dist/)', () => packPackage(scratch));
  const unexpected = packed.files.filter((path) => !ALLOWED.test(path));
  if (unexpected.length > 0)
    throw new Error(`The package would ship unexpected files: ${unexpected.join(', ')}`);
  const missing = REQUIRED.filter((path) => !packed.files.includes(path));
  if (missing.length > 0) throw new Error(`The package would not ship ${missing.join(', ')}`);
  // The README is read in node_modules too: each of its relative links must lead to a file that ships.
  const broken = unresolvedLinks(
    readFileSync(join(projectDir, 'README.md'), 'utf8'),
    'README.md',
    packed.files,
  );
  if (broken.length > 0) {
    throw new Error(
      `README.md links to files the package does not ship: ${broken.join(', ')}; add them to package.json ` +
        '"files" or link them by URL.',
    );
  }

  const lint = await step('publint --strict', () =>
    run(bin('publint'), ['--strict', packed.tarball], { cwd: scratch }),
  );
  // Strict mode fails on warnings; a suggestion is a problem too.
  if (!lint.stdout.includes('All good!')) throw new Error(`publint has suggestions:\n${lint.stdout}`);
  // ESM-only by design (see README, "Install"): CommonJS callers use require(esm), so attw's node10 and
  // node16-from-CJS columns are out of its judgement; every other problem fails.
  await step('attw --profile esm-only', () =>
    run(
      bin('attw'),
      [
        packed.tarball,
        '--profile',
        'esm-only',
        '--exclude-entrypoints',
        ...DATA_EXPORTS,
        '--format',
        'ascii',
      ],
      { cwd: scratch },
    ),
  );

  const projects = consumers();
  const dirs = await step(`npm install the tarball into ${projects.length} fresh projects`, () =>
    Promise.all(projects.map((consumer) => installConsumer(scratch, consumer, packed.tarball))),
  );
  for (const [i, consumer] of projects.entries()) {
    const dir = dirs[i] ?? '';
    const outputs = await step(`${consumer.name}: type-check and a streamed request`, () =>
      checkConsumer(dir, consumer),
    );
    for (const output of outputs) console.log(`  ${output}`);
  }
  await step('the sequrity-responses command runs from an installed package', async () => {
    const dir = dirs[0] ?? '';
    const manifest = JSON.parse(
      readFileSync(join(dir, 'node_modules', 'sequrity-responses', 'package.json'), 'utf8'),
    ) as { bin?: Record<string, string> };
    if (manifest.bin?.['sequrity-responses'] === undefined)
      throw new Error(`the packed package.json lost its bin: ${JSON.stringify(manifest.bin)}`);
    const { stdout } = await run(join(dir, 'node_modules', '.bin', 'sequrity-responses'), ['--help'], {
      cwd: dir,
    });
    if (!stdout.includes('emulator')) throw new Error(`sequrity-responses --help printed:\n${stdout}`);
  });
  console.log(
    `sequrity-responses packs ${packed.files.length} files; publint and attw report no problem; ${projects.length} consumers and every README ts block pass.`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
