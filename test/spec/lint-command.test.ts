// `npm run lint:openapi` (scripts/lint-openapi.ts), spawned as a developer runs it: Redocly's report and exit code,
// without the notice Redocly prints on every run under Node 20.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

import { withoutNodeNotice } from '../../scripts/lib/redocly.js';
import { copySpec, editFile, projectDir, removeSpecCopies } from '../helpers/spec-tooling.js';

const run = promisify(execFile);
afterAll(removeSpecCopies);

/** Runs the command on `root` (the project's spec by default); resolves with its exit code and output. */
async function lintCommand(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const command = ['--import', 'tsx', 'scripts/lint-openapi.ts', ...args];
    const { stdout, stderr } = await run(process.execPath, command, { cwd: projectDir });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// What @redocly/cli 2.x prints to stderr first on Node 20 (colour codes aside).
const NODE_NOTICE = `
    ╔═════════════════════════════════════════════════════════════════╗
    ║                                                                 ║
    ║  Deprecation warning: Node.js 20 support is ending              ║
    ║                                                                 ║
    ║  Node.js 20 reached end-of-life on April 30, 2026.              ║
    ║  Future Redocly CLI releases require Node.js 22.12.0 or later.  ║
    ║  You are using Node.js v20.20.2.                                ║
    ║                                                                 ║
    ║  Update Node.js: https://nodejs.org/en/download                 ║
    ║                                                                 ║
    ╚═════════════════════════════════════════════════════════════════╝

`;

describe('npm run lint:openapi', () => {
  it('passes on the spec and prints the verdict and nothing else', { timeout: 30_000 }, async () => {
    const { code, stdout, stderr } = await lintCommand();
    expect(code, stderr).toBe(0);
    expect(stderr).toContain('Your API description is valid.');
    expect(stdout + stderr).not.toMatch(/[╔║╚]|Node\.js 20/);
  });

  it('exits 1 and shows where the problem is when the spec is broken', { timeout: 30_000 }, async () => {
    const { root } = await copySpec();
    await editFile(root, '  version: ', '  versionx: ');
    const { code, stdout } = await lintCommand(root);
    expect(code).toBe(1);
    expect(stdout).toContain('Property `versionx` is not expected here.');
  });
});

describe('withoutNodeNotice', () => {
  it('drops the Node 20 notice and keeps what follows it', () => {
    const report = "validating openapi/openapi.yaml using lint rules for api 'sequrity-responses'...\n";
    expect(withoutNodeNotice(`${NODE_NOTICE}${report}`)).toBe(report);
  });

  it('keeps any other boxed notice', () => {
    const other = NODE_NOTICE.replace('Deprecation warning: Node.js 20 support is ending', 'A new version! ');
    expect(withoutNodeNotice(other)).toBe(other);
  });
});
