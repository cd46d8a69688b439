// `npm start`: the demo, spawned as `npm start` runs it, against the emulator it starts itself, and against a
// "real API" given by SEQURITY_API_KEY and SEQURITY_BASE_URL (here an emulator the test runs, as the emulator
// command would).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../src/testing/index.js';

const projectDir = fileURLToPath(new URL('../..', import.meta.url));
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const ANSWER = 'The largest prime number below 100 is 97.';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The stdout chunks with the time each arrived (ms since the start). */
  chunks: { at: number; text: string }[];
}

/** Runs `tsx scripts/demo.ts` (what `npm start` runs) with `env` in place of the SEQURITY_* variables. */
function runDemo(env: Record<string, string> = {}): Promise<Run> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('SEQURITY_')),
  );
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', join(projectDir, 'scripts/demo.ts')], {
      cwd: projectDir,
      env: { ...inherited, ...env },
    });
    const run: Run = { code: null, stdout: '', stderr: '', chunks: [] };
    child.stdout.on('data', (data: Buffer) => {
      run.stdout += data.toString();
      run.chunks.push({ at: performance.now() - started, text: data.toString() });
    });
    child.stderr.on('data', (data: Buffer) => (run.stderr += data.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ ...run, code }));
  });
}

/** The index of the stdout chunk that holds the character at `offset` of the whole output. */
function chunkAt(run: Run, offset: number): number {
  let end = 0;
  return run.chunks.findIndex((chunk) => (end += chunk.text.length) > offset);
}

/** The summary table's rows (between the dashed rule and the first line that is not a row). */
function tableRows(stdout: string): string[][] {
  const lines = stdout.split('\n');
  const rule = lines.findIndex((line) => /^-+( +-+){6}$/.test(line));
  expect(rule, 'the summary table').toBeGreaterThan(0);
  expect(lines[rule - 1]).toMatch(
    /^step +outcome +session id +requests +tokens in \/ out \/ total +first token +total$/,
  );
  const rows = [];
  for (const line of lines.slice(rule + 1)) {
    if (!/\d+ ms$/.test(line)) break;
    rows.push(line.split(/ {2,}/));
  }
  return rows;
}

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('npm start (scripts/demo.ts)', () => {
  it('without SEQURITY_API_KEY, runs every step against the emulator it starts, prints a summary table and exits 0', async () => {
    const run = await runDemo();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^sequrity-responses demo: talking to the emulator at http:\/\/127\.0\.0\.1:\d+/,
    );

    // The streamed answer, and proof that it was printed as it arrived: in several writes, over time.
    expect(run.stdout).toContain(`  ${ANSWER}\n  completed: 8 text deltas, first after `);
    const from = run.stdout.indexOf(ANSWER);
    const start = chunkAt(run, from);
    const end = chunkAt(run, from + ANSWER.length - 1);
    expect(end, 'the answer arrived in more than one write').toBeGreaterThan(start);
    expect((run.chunks[end]?.at ?? 0) - (run.chunks[start]?.at ?? 0)).toBeGreaterThan(50);

    // The tool loop ran the local tool with the arguments the model chose, and the dual-LLM result came back.
    expect(run.stdout).toContain(
      'tool: book_flight({"flight_number":"AB123","date":"2026-06-10"}) ran locally',
    );
    expect(run.stdout).toContain('completed; the dual-LLM result says success');
    expect(run.stdout).toContain('answer: book_flight: {"booking_reference":"BK-AB123-20260610"');

    // The denial: detected from status, explained, and the denied tool never ran.
    expect(run.stdout).toContain('denied: HTTP 200 with status "failed" (policy_violation)');
    expect(run.stdout).toContain("reason: Tool call 'send_email' is denied by the security policy");
    expect(run.stdout).not.toContain('the policy did not stop it');

    const rows = tableRows(run.stdout);
    expect(rows.map((row) => row.slice(0, 2))).toEqual([
      ['streamed answer', 'completed'],
      ['dual-LLM tool call', 'completed, 1 tool call'],
      ['policy denial', 'denied'],
    ]);
    for (const row of rows) {
      expect(row[2]).toMatch(new RegExp(`^${UUID}$`));
      expect(row[4]).toMatch(/^\d+ \/ \d+ \/ \d+$/);
      expect(row[6]).toMatch(/^\d+ ms$/);
    }
    expect(new Set(rows.map((row) => row[2])).size, 'each step has its own session').toBe(3);
    expect(rows.map((row) => row[3])).toEqual(['1', '2', '1']);
    expect(rows[0]?.[5]).toMatch(/^\d+ ms$/);
    expect(rows.slice(1).map((row) => row[5])).toEqual(['—', '—']);
    expect(run.stdout).toContain('All 3 steps behaved as expected.');
  });

  it('with SEQURITY_API_KEY, sends to SEQURITY_BASE_URL with that key, never prints it, and passes every step against the emulator command', async () => {
    // What `npx sequrity-responses emulator` serves, in one shell, and `SEQURITY_API_KEY=… SEQURITY_BASE_URL=…
    // npm start` in another: the demo sends the real API's SQRT policy, and the emulator reads its tag rule.
    server = await startMockServer();
    const run = await runDemo({ SEQURITY_API_KEY: 'sk-demo-secret-4821', SEQURITY_BASE_URL: server.url });
    expect(run.stdout).toContain(`talking to the Sequrity API at ${server.url} (SEQURITY_API_KEY is set)`);
    expect(`${run.stdout}${run.stderr}`).not.toContain('sk-demo-secret-4821');
    expect(server.requests.map((request) => request.path)).toEqual(
      Array(4).fill('/control/chat/v1/responses'),
    );
    expect(server.requests.every((request) => request.headers['authorization'] === '***')).toBe(true);
    expect(run.stdout).toMatch(/^ +tool "send_email" \{$/m);
    expect(run.stdout).toContain(
      `reason: Tool call 'send_email' is denied by the security policy (rule "must deny when body.tags superset of {"confidential"}" on line 3 of codes.code).`,
    );
    expect(run.stdout).not.toContain('the policy did not stop it');
    expect(tableRows(run.stdout).map((row) => row[1])).toEqual([
      'completed',
      'completed, 1 tool call',
      'denied',
    ]);
    expect(run.stdout).toContain('All 3 steps behaved as expected.');
    expect(run.code).toBe(0);
  });

  it('exits 1, naming the steps, when a step fails', async () => {
    server = await startMockServer({ fault: 'server-error' });
    const run = await runDemo({ SEQURITY_API_KEY: 'sk-demo-secret-4821', SEQURITY_BASE_URL: server.url });
    expect(tableRows(run.stdout).map((row) => row[1])).toEqual(Array(3).fill('failed (InternalServerError)'));
    expect(run.stdout).toContain('3 of 3 steps did not: streamed answer, dual-LLM tool call, policy denial.');
    expect(`${run.stdout}${run.stderr}`).not.toContain('sk-demo-secret-4821');
    expect(run.code).toBe(1);
  });
});
