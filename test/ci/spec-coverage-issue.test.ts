// scripts/ci/spec-coverage-issue.sh, which the scheduled spec-coverage workflow runs when the spec lacks something:
// it files one issue, then comments on it while it is open. GitHub is out of reach here, so `gh` is a stand-in on
// PATH that records each call and the body it was given, and answers `gh issue list` as told.
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { projectDir } from '../helpers/spec-tooling.js';

const run = promisify(execFile);
const script = join(projectDir, 'scripts/ci/spec-coverage-issue.sh');
const REPORT = 'Missing from the spec (1):\n  property  Response.moderation\n';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sequrity-gh-'));
  await writeFile(
    join(dir, 'gh'),
    [
      '#!/usr/bin/env bash',
      'printf "%s\\n" "$*" >> "$GH_LOG"',
      'prev=""',
      'for arg in "$@"; do [ "$prev" = --body-file ] && cp "$arg" "$GH_LOG.body"; prev=$arg; done',
      '[ "$1 $2" = "issue list" ] && printf "%s" "${GH_OPEN_ISSUE:-}"',
      'exit 0',
    ].join('\n'),
  );
  await chmod(join(dir, 'gh'), 0o755);
  await writeFile(join(dir, 'report.txt'), REPORT);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Runs the script with the stand-in `gh`; resolves with gh's calls, the body it got, and the script's stdout. */
async function fileReport(
  log: string,
  openIssue: string,
): Promise<{ calls: string[]; body: string; stdout: string }> {
  const { stdout } = await run('bash', [script, join(dir, 'report.txt')], {
    env: {
      PATH: `${dir}${delimiter}${process.env['PATH'] ?? ''}`,
      GH_LOG: join(dir, log),
      GH_OPEN_ISSUE: openIssue,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'sequrity-ai/sequrity-responses',
      GITHUB_RUN_ID: '42',
    },
  });
  const calls = (await readFile(join(dir, log), 'utf8')).trim().split('\n');
  return { calls, body: await readFile(join(dir, `${log}.body`), 'utf8'), stdout };
}

describe('scripts/ci/spec-coverage-issue.sh', () => {
  it('files an issue labelled spec-coverage with the report and a link to the run', async () => {
    const { calls, body } = await fileReport('first.log', '');
    expect(calls).toEqual([
      expect.stringMatching(/^label create spec-coverage .*--force$/),
      'issue list --label spec-coverage --state open --limit 1 --json number --jq .[0].number // empty',
      expect.stringMatching(
        /^issue create --title Spec coverage: the newest openai package has what openapi\/ lacks --label spec-coverage --body-file /,
      ),
    ]);
    expect(body).toContain('(https://github.com/sequrity-ai/sequrity-responses/actions/runs/42)');
    expect(body).toContain(`\`\`\`\n${REPORT}\`\`\``);
  });

  it('comments on the open issue instead of filing a second one', async () => {
    const { calls, body, stdout } = await fileReport('again.log', '17');
    expect(calls.at(-1)).toMatch(/^issue comment 17 --body-file /);
    expect(calls.some((call) => call.startsWith('issue create'))).toBe(false);
    expect(body).toContain(REPORT);
    expect(stdout).toContain('commented on issue #17');
  });
});
