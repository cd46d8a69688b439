// The `sequrity-responses` command, spawned as a user would run it, and talked to over HTTP.
import { setTimeout as sleep } from 'node:timers/promises';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundleJavaScript } from '../../scripts/package/bundle.js';
import { FAULT_KINDS } from '../../src/testing/index.js';
import { fixturesDir, hasFixtures } from '../helpers/fixtures.js';
import { post, postJson, sseEvents } from './helpers.js';

const projectDir = fileURLToPath(new URL('../..', import.meta.url));
const source = ['--import', 'tsx', join(projectDir, 'src/testing/cli.ts')];

interface Running {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Runs the command to completion. */
function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...source, ...args], { cwd: projectDir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts `sequrity-responses emulator …` and waits for its "Listening on" line. */
function start(args: string[], command = source): Promise<Running> {
  const child = spawn(process.execPath, [...command, 'emulator', '--port', '0', ...args], {
    cwd: projectDir,
  });
  children.push(child);
  let stdout = '';
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (data: Buffer) => (stderr += data.toString()));
    child.stdout?.on('data', (data: Buffer) => {
      stdout += data.toString();
      const match = /^Listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(stdout);
      if (match && stdout.includes('GET /control/health')) {
        resolve({ child, url: match[1] as string, stdout: () => stdout, exit });
      }
    });
    void exit.then(() => reject(new Error(`The command exited before listening: ${stderr}`)));
  });
}

const waitFor = async (condition: () => boolean): Promise<void> => {
  for (let i = 0; i < 100 && !condition(); i++) await sleep(20);
};

describe('sequrity-responses emulator', () => {
  it('prints where it listens and its routes, serves requests, logs one line each, and exits on SIGINT', async () => {
    const running = await start([]);
    expect(running.stdout()).toContain('POST /control/{endpoint_type}/v1/responses');
    expect(running.stdout()).toContain('POST /control/{endpoint_type}/{provider}/v1/responses');
    const reply = await postJson(running.url, { model: 'm', input: 'Say hello' });
    expect(reply.status).toBe(200);
    expect((await postJson(running.url, { input: 'no model' })).status).toBe(400);
    const lines = (): string[] =>
      running
        .stdout()
        .split('\n')
        .filter((line) => line.includes('POST /control/chat/v1/responses'));
    await waitFor(() => lines().length >= 2);
    expect(lines()).toHaveLength(2);
    expect(lines()[0]).toMatch(/^\S+Z POST \/control\/chat\/v1\/responses 200 \d+ms session=[0-9a-f-]{36}$/);
    expect(lines()[1]).toMatch(/ 400 \d+ms$/);
    running.child.kill('SIGINT');
    expect(await running.exit).toEqual({ code: 0, signal: null });
    expect(running.stdout()).toContain('Received SIGINT, closing.');
  });

  it('exits cleanly on SIGTERM, even with a stream open', async () => {
    const running = await start(['--latency', '60000', '--keepalive', '50']);
    const reply = await post(running.url, { model: 'm', input: 'hi', stream: true });
    expect(reply.status).toBe(200);
    running.child.kill('SIGTERM');
    expect(await running.exit).toEqual({ code: 0, signal: null });
    await reply.text().catch(() => '');
  });

  it('injects the --fault into every request and logs it', async () => {
    const running = await start(['--fault', 'rate-limit']);
    const reply = await postJson(running.url, { model: 'm', input: 'hi' });
    expect(reply.status).toBe(429);
    await waitFor(() => running.stdout().includes('fault=rate-limit'));
    expect(running.stdout()).toMatch(/ 429 \d+ms fault=rate-limit/);
  });

  it.skipIf(!hasFixtures)('replays a --replay recording', async () => {
    const file = join(fixturesDir, 'derived', 'pydantic-ai__test_openai_responses_stream.interaction1.sse');
    const running = await start(['--replay', file]);
    const reply = await post(running.url, { model: 'm', input: 'hi', stream: true });
    const events = sseEvents(await reply.text());
    expect(events.at(-1)?.type).toBe('response.completed');
  });

  it('documents every flag and fault kind in --help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    for (const flag of [
      '--port',
      '--host',
      '--replay',
      '--latency',
      '--tokens-per-second',
      '--keepalive',
      '--fault',
      '--help',
    ]) {
      expect(stdout).toContain(flag);
    }
    for (const kind of FAULT_KINDS) expect(stdout).toContain(`  ${kind} `);
  });

  it.each([
    [['emulator', '--port', 'eighty'], '--port must be an integer from 0 to 65535'],
    [['emulator', '--fault', 'flood'], '--fault must be one of rate-limit,'],
    [['emulator', '--colour'], "Unknown option '--colour'"],
    [[], 'Missing the command'],
  ])('exits with 2 on bad arguments %j', async (args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('--help');
  });

  it('exits with 1 and says why when it cannot start', async () => {
    const { code, stderr } = await run(['emulator', '--port', '0', '--replay', '/nonexistent/recording.sse']);
    expect(code).toBe(1);
    expect(stderr).toContain('Cannot read the recording /nonexistent/recording.sse.');
  });
});

// Bundled here as `npm run build` bundles dist/src (same entry points and esbuild options), into a folder of its own
// inside the project, where the output finds its packages: it runs on a fresh clone and never tests a stale dist/.
describe('the built command', () => {
  let outDir = '';
  beforeAll(async () => {
    await mkdir(join(projectDir, '.scratch'), { recursive: true });
    outDir = await mkdtemp(join(projectDir, '.scratch', 'built-cli-'));
    await bundleJavaScript(outDir);
  });
  afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('runs from the esbuild bundle, as dist/src/testing/cli.js', async () => {
    const running = await start([], [join(outDir, 'testing/cli.js')]);
    expect((await postJson(running.url, { model: 'm', input: 'Say hello' })).status).toBe(200);
    running.child.kill('SIGINT');
    expect((await running.exit).code).toBe(0);
  });
});
