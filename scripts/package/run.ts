// Runs a command for the package scripts (`check-exports`, `node-matrix`, `size`): output captured, a failure
// reported with the command, its folder and its own output, and a time limit so a hung install cannot stall CI.
import { spawn } from 'node:child_process';

/** How to run one command. */
export interface RunOptions {
  /** The folder to run in. */
  cwd: string;
  /** Extra environment variables (over `process.env`). */
  env?: Record<string, string>;
  /** Give up after this long. @defaultValue 10 minutes */
  timeoutMs?: number;
}

/** What a finished command printed. */
export interface RunResult {
  stdout: string;
  stderr: string;
}

/**
 * Runs `command args…` and resolves with its output once it exits with status 0.
 *
 * @throws `Error` naming the command, the folder, the exit status and what it printed, when it fails or times out.
 */
export function run(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const { cwd, env = {}, timeoutMs = 600_000 } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve({ stdout, stderr });
      else {
        const status = signal === null ? `exit status ${String(code)}` : `signal ${signal}`;
        reject(new Error(`${command} ${args.join(' ')} failed in ${cwd} (${status}):\n${stdout}${stderr}`));
      }
    });
  });
}

/** Runs `task`, printing its name and how long it took. */
export async function step<T>(name: string, task: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await task();
  console.log(`✓ ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}
