// Runs a probe in its own Node process, for hostile-server cases that could kill or exhaust the test process: a
// crash, an out-of-memory abort or a hang then fails the case instead of the whole run.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** How a probe process ended. */
export interface ProbeResult {
  /** The exit code; `null` when a signal or the time limit ended it. */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The time limit ended it. */
  timedOut: boolean;
  stdout: string;
  stderr: string;
  /** The last line of stdout parsed as JSON (what a probe reports), `undefined` when it is not JSON. */
  report: unknown;
  ms: number;
}

const projectDir = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs `source` (a TypeScript module, imports resolved from the project root) with tsx in a child process with a
 * heap limit and a time limit. A probe reports by printing one JSON line last.
 */
export function runProbe(
  source: string,
  {
    heapMb = 256,
    timeoutMs = 20_000,
    env = {},
  }: { heapMb?: number; timeoutMs?: number; env?: Record<string, string> } = {},
): Promise<ProbeResult> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [`--max-old-space-size=${heapMb}`, '--import', 'tsx', '--input-type=module', '-e', source],
    { cwd: projectDir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const last = stdout.trim().split('\n').at(-1) ?? '';
      let report: unknown;
      try {
        report = JSON.parse(last);
      } catch {
        report = undefined;
      }
      resolve({ code, signal, timedOut, stdout, stderr, report, ms: performance.now() - started });
    });
  });
}
