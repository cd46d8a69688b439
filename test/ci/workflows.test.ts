// The GitHub Actions workflows, which cannot run here: GitHub's own parser (@actions/workflow-parser, through
// `npm run lint:workflows`) finds no problem in them, and they hold what matters — actions pinned to the commits
// .github/README.md lists, a read-only token but where a job must write, npm test on every supported Node, and the
// same commands as .ci/run.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { projectDir } from '../helpers/spec-tooling.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed workflow YAML
const run = promisify(execFile);
const workflowsDir = join(projectDir, '.github/workflows');
const read = (path: string): string => readFileSync(join(projectDir, path), 'utf8');
const names = readdirSync(workflowsDir).filter((name) => /\.ya?ml$/.test(name));
const source = (name: string): string => readFileSync(join(workflowsDir, name), 'utf8');
const workflow = (name: string): Json => parse(source(name)) as Json;
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;

/** Runs `npm run lint:workflows` on `files` (every workflow when none); resolves with its exit code and output. */
async function lintWorkflows(...files: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const command = ['--import', 'tsx', 'scripts/check-workflows.ts', ...files];
    const { stdout, stderr } = await run(process.execPath, command, { cwd: projectDir });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Every line of every `run:` of a workflow, by job id. */
function runLines(name: string): Map<string, string[]> {
  const lines = new Map<string, string[]>();
  for (const [id, job] of Object.entries(workflow(name)['jobs'] as Json)) {
    const runs = (job['steps'] as Json[]).flatMap((step) =>
      typeof step['run'] === 'string' ? step['run'].split('\n').map((line: string) => line.trim()) : [],
    );
    lines.set(id, runs.filter(Boolean));
  }
  return lines;
}
const allRunLines = (name: string): string[] => [...runLines(name).values()].flat();

/** The checks among command lines: `npm ci …`, `npm test`, `npm run <script>` and `bash scripts/ci/<file>`. */
const checks = (lines: string[]): string[] =>
  lines.filter((line) => /^(npm (ci|test)\b|npm run [\w:-]+|bash scripts\/ci\/)/.test(line));
const ciRunChecks = checks(read('.ci/run').split('\n'));

/** The table of .github/README.md: `owner/name` → [tag, commit SHA]. */
const pins = new Map(
  [
    ...read('.github/README.md').matchAll(/^\| `([\w.-]+\/[\w.-]+)` \| (v[\w.]+) \| `([0-9a-f]{40})` \|$/gm),
  ].map((match) => [match[1] as string, [match[2] as string, match[3] as string]]),
);

const scratch = mkdtemp(join(tmpdir(), 'sequrity-workflows-'));
afterAll(async () => rm(await scratch, { recursive: true, force: true }));

describe('the workflows', () => {
  it('are the pull-request CI, the release and the scheduled spec coverage', () => {
    expect(names.sort()).toEqual(['ci.yml', 'release.yml', 'spec-coverage.yml']);
  });

  it("pass GitHub's workflow parser (npm run lint:workflows)", async () => {
    const { code, stdout, stderr } = await lintWorkflows();
    expect(stderr).toBe('');
    expect(stdout).toBe('3 workflow(s) checked with @actions/workflow-parser: 0 problem(s).\n');
    expect(code).toBe(0);
  });

  it('fail it when broken, each problem named with its file and line', async () => {
    const breaks = [
      ['issues: write', 'issues: writ', "Unexpected value 'writ'"],
      ['timeout-minutes: 15', 'timeout-minute: 15', "Unexpected value 'timeout-minute'"],
      ["cron: '23 5 * * 1'", "cron: '23 25 * * 1'", 'Invalid cron expression.'],
      ["== '1'", "== '1' &&", "Unexpected end of expression: '&&'"],
    ] as const;
    const files: string[] = [];
    for (const [search, replacement] of breaks) {
      const broken = source('spec-coverage.yml').replace(search, replacement);
      expect(broken, search).not.toBe(source('spec-coverage.yml'));
      const file = join(await scratch, `broken-${files.length}.yml`);
      await writeFile(file, broken);
      files.push(file);
    }
    const { code, stdout, stderr } = await lintWorkflows(...files);
    expect(stderr.trim().split('\n')).toEqual(
      breaks.map(([, , message], index) =>
        expect.stringMatching(
          `^broken-${index}\\.yml \\(Line: \\d+, Col: \\d+\\): ${message.replace(/[.*()']/g, '\\$&')}`,
        ),
      ),
    );
    expect(stdout).toBe('4 workflow(s) checked with @actions/workflow-parser: 4 problem(s).\n');
    expect(code).toBe(1);
  });

  it.each(names)(
    '%s: pins every action to a commit SHA of .github/README.md, its tag in a comment',
    (name) => {
      const uses = [...source(name).matchAll(/^\s*(?:- )?uses: (.*)$/gm)].map((match) => match[1] as string);
      expect(uses.length).toBeGreaterThan(0);
      for (const use of uses) {
        const [, action = '', sha, tag] = /^([\w.-]+\/[\w.-]+)@([0-9a-f]{40}) # (v\S+)$/.exec(use) ?? [];
        expect(action, `${use}: pin owner/name@<commit SHA> # <tag>`).not.toBe('');
        expect([tag, sha], `${use}: the table of .github/README.md says`).toEqual(pins.get(action));
      }
    },
  );

  it('give the token contents: read, and more only to the jobs that must write: the release and the issue', () => {
    const writers: Record<string, unknown> = {};
    for (const name of names) {
      const { permissions, jobs } = workflow(name);
      expect(permissions, name).toEqual({ contents: 'read' });
      for (const [id, job] of Object.entries(jobs as Json)) {
        if (job['permissions'] !== undefined) writers[`${name} ${id}`] = job['permissions'];
      }
    }
    expect(writers).toEqual({
      'release.yml publish': { contents: 'write', 'pull-requests': 'write', 'id-token': 'write' },
      'spec-coverage.yml coverage': { contents: 'read', issues: 'write' },
    });
  });
});

describe('ci.yml (pull requests)', () => {
  const { jobs } = workflow('ci.yml');

  it("runs the README's test command on Node 20, 22 and 24", () => {
    expect(jobs['test']['strategy']['matrix']).toEqual({ node: [20, 22, 24] });
    const setupNode = (jobs['test']['steps'] as Json[]).find((step) =>
      /^actions\/setup-node@/.test(step['uses']),
    );
    expect(setupNode?.['with']['node-version']).toBe('${{ matrix.node }}');
    expect(runLines('ci.yml').get('test')).toEqual(['npm ci --no-audit --no-fund', 'npm test']);
  });

  it('runs what .ci/run runs with the same commands, the Node matrix standing in for test:node-matrix', () => {
    expect(ciRunChecks).toEqual(expect.arrayContaining(['npm test', 'bash scripts/ci/browser-checks.sh']));
    const inWorkflow = new Set(checks(allRunLines('ci.yml')));
    expect(ciRunChecks.filter((check) => !inWorkflow.has(check))).toEqual(['npm run test:node-matrix']);
  });

  it("gives the browser checks the runner's Chrome and keeps the screenshots", () => {
    const steps = jobs['browser']['steps'] as Json[];
    const browserChecks = steps.find((step) => step['run'] === 'bash scripts/ci/browser-checks.sh');
    expect(browserChecks?.['env']).toEqual({ CHROMIUM_PATH: '/usr/bin/google-chrome' });
    const upload = steps.find((step) => /^actions\/upload-artifact@/.test(step['uses']));
    expect(upload).toMatchObject({ if: 'always()', with: { path: 'test/browser/artifacts/' } });
  });
});

describe('release.yml', () => {
  const steps = workflow('release.yml')['jobs']['publish']['steps'] as Json[];
  const changesets = steps.find((step) => /^changesets\/action@/.test(step['uses']));

  it("versions and publishes through Changesets' action and the package's release scripts", () => {
    expect(changesets?.['with']).toMatchObject({
      'version-script': 'npm run release:version',
      'publish-script': 'npm run release:publish',
    });
    expect(scripts).toHaveProperty(['release:version']);
    expect(scripts).toHaveProperty(['release:publish']);
  });

  it('publishes with provenance to the npm registry', () => {
    expect(changesets?.['env']).toMatchObject({ NPM_CONFIG_PROVENANCE: 'true' });
    const setupNode = steps.find((step) => /^actions\/setup-node@/.test(step['uses']));
    expect(setupNode?.['with']['registry-url']).toBe('https://registry.npmjs.org');
    expect((JSON.parse(read('package.json')) as Json)['publishConfig']).toEqual({
      access: 'public',
      provenance: true,
    });
  });
});

describe('spec-coverage.yml (scheduled)', () => {
  const { on, jobs } = workflow('spec-coverage.yml');
  const steps = jobs['coverage']['steps'] as Json[];

  it('runs weekly and by hand, compares with --check, and files the issue only when something is missing', () => {
    expect(on).toEqual({ schedule: [{ cron: '23 5 * * 1' }], workflow_dispatch: null });
    const compare = steps.find((step) => step['id'] === 'coverage');
    expect(compare?.['run']).toContain('npm run --silent spec:coverage -- --check > spec-coverage.txt');
    const issue = steps.find((step) =>
      String(step['run']).startsWith('bash scripts/ci/spec-coverage-issue.sh'),
    );
    expect(issue).toMatchObject({
      if: "steps.coverage.outputs.status == '1'",
      env: { GH_TOKEN: '${{ github.token }}' },
    });
  });

  // `npm run spec:coverage` is being written on a branch of its own; this runs once both are merged.
  it.skipIf(scripts['spec:coverage'] === undefined)('calls an npm script that package.json defines', () => {
    expect(scripts['spec:coverage']).toMatch(/scripts\/spec-coverage\.ts/);
  });
});

describe('the scripts the workflows and .ci/run share', () => {
  it('exist and are valid bash, as is .ci/run', async () => {
    for (const line of [...ciRunChecks, ...allRunLines('ci.yml'), ...allRunLines('spec-coverage.yml')]) {
      const file = /^bash (scripts\/ci\/\S+)/.exec(line)?.[1];
      if (file) expect(existsSync(join(projectDir, file)), file).toBe(true);
    }
    const files = [
      '.ci/run',
      ...readdirSync(join(projectDir, 'scripts/ci')).map((file) => `scripts/ci/${file}`),
    ];
    for (const file of files)
      await expect(run('bash', ['-n', join(projectDir, file)])).resolves.toBeDefined();
  });

  it('are npm scripts that package.json defines (spec:coverage aside, above)', () => {
    const lines = [...ciRunChecks, ...allRunLines('ci.yml'), ...allRunLines('release.yml')];
    const used = lines.flatMap((line) =>
      [...line.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1] as string),
    );
    expect(used).toEqual(expect.arrayContaining(['size', 'test:load', 'test:node-matrix']));
    expect(used.filter((script) => scripts[script] === undefined)).toEqual([]);
  });
});
