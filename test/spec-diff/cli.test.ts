// `npm run spec:diff`, spawned as a developer runs it: its defaults, its exit codes and its report.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

import { projectDir } from '../helpers/spec-tooling.js';

const run = promisify(execFile);
const fixture = (pair: string, file: string) => join('test/spec-diff/fixtures', pair, file);

/** Runs the command; resolves with its exit code and output whatever the code. */
async function specDiff(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/spec-diff.ts', ...args],
      {
        cwd: projectDir,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run spec:diff', () => {
  it('compares the released bundle with the current one by default, and passes when nothing broke', async () => {
    const { code, stdout, stderr } = await specDiff();
    // Not "generated/openapi.json is stale": npm run generate:check keeps the committed bundle current.
    expect(stderr).toBe('');
    expect(stdout).toMatch(
      /^Spec diff: openapi\/released\/openapi\.json \(\d+\.\d+\.\d+\) → generated\/openapi\.json \(\d+\.\d+\.\d+\)\n/,
    );
    // Failing here means the spec has a breaking change and package.json does not announce a breaking release.
    expect(code, stdout).toBe(0);
  });

  it('exits 1 with a report of the breaking changes when the versions do not allow them', async () => {
    const pair = [fixture('operations', 'old.yaml'), fixture('operations', 'new.yaml')];
    const { code, stdout } = await specDiff(...pair, '--old-version', '1.4.0', '--new-version', '1.5.0');
    expect(code).toBe(1);
    expect(stdout).toContain('Breaking changes (1):\n  removed-operation  POST /pets: removed\n');
    expect(stdout).toContain('Compatible changes (1):\n  new-operation  GET /owners: added\n');
    expect(stdout).toContain('1 breaking change without a breaking release (1.4.0 → 1.5.0)');
  });

  it('exits 0 for the same changes in a major release', async () => {
    const pair = [fixture('operations', 'old.yaml'), fixture('operations', 'new.yaml')];
    const { code, stdout } = await specDiff(...pair, '--old-version', '1.4.0', '--new-version', '2.0.0');
    expect(code).toBe(0);
    expect(stdout).toContain('1 breaking change, allowed by the breaking release 1.4.0 → 2.0.0.');
  });

  it.each<[string, string[], RegExp]>([
    [
      'a file that does not exist',
      ['missing.yaml', fixture('formats', 'new.yaml')],
      /Cannot read \/.*\/missing\.yaml/,
    ],
    [
      'a file that is not OpenAPI',
      ['package.json', fixture('formats', 'new.yaml')],
      /not an OpenAPI document/,
    ],
    ['three files', ['a', 'b', 'c'], /Expected at most two files, got 3/],
    [
      'an old version above the new one',
      [
        fixture('operations', 'old.yaml'),
        fixture('operations', 'new.yaml'),
        '--old-version',
        '1.2.0',
        '--new-version',
        '1.1.9',
      ],
      /the old version 1\.2\.0 \(--old-version\) is above the new one 1\.1\.9 \(--new-version\)/,
    ],
    ['an unknown option', ['--strict'], /Unknown option '--strict'/],
  ])('exits 2 for %s', async (_what, args, message) => {
    const { code, stderr } = await specDiff(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
