import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const redoclyBin = require.resolve('@redocly/cli/bin/cli.js');

/** Thrown when Redocly rejects the spec; `message` lists each problem as `file:line:col rule message`. */
export class SpecError extends Error {
  override readonly name = 'SpecError';
}

/** The Redocly CLI's entry script, run with `process.execPath`. */
export const REDOCLY_BIN = redoclyBin;

/** The environment every Redocly run gets: no telemetry and no update notices, so it never touches the network. */
export const redoclyEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_NOTIFICATIONS: 'true',
});

/**
 * `output` without the boxed "Node.js 20 support is ending" notice that Redocly prints on every run under Node 20
 * (no variable turns it off). It concerns Redocly's future releases, not this pinned one nor this package, which
 * supports Node 20; any other notice is kept.
 */
export function withoutNodeNotice(output: string): string {
  return output.replace(/\n*[ \t]*╔[^╚]*Node\.js 20 support is ending[^╚]*╚═*╝[ \t]*\n+/, '');
}

/**
 * Runs the Redocly CLI (the same one `npm run lint:openapi` uses) and returns its output.
 */
async function redocly(args: string[], cwd: string): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [redoclyBin, ...args], {
      cwd,
      env: { ...redoclyEnv(), NO_COLOR: '1' },
      maxBuffer: 64 << 20,
    });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

/** Keeps the problem lines of Redocly's `stylish` output, prefixed with their file. */
function problemLines(output: string): string[] {
  const lines: string[] = [];
  let file = '';
  let inFailure = false;
  for (const line of output.split('\n')) {
    // A parse failure ("Failed to parse API description at …/x.yaml:") also ends in `.yaml:`, so test it first;
    // the indented lines after it say where and why.
    if (/^\s*(Error|YAMLException|Failed)/.test(line)) {
      lines.push(line.trim());
      inFailure = true;
      continue;
    }
    const header = /^(\S.*\.ya?ml):$/.exec(line);
    if (header?.[1]) {
      file = header[1];
      inFailure = false;
    } else if (/^\s+\d+:\d+\s+(error|warning)\s/.test(line)) {
      lines.push(`${file}:${line.trim()}`);
    } else if (inFailure && /^\s+\S/.test(line) && !/[║╔╚]/.test(line)) {
      lines.push(`  ${line.trim()}`);
    }
  }
  return lines;
}

/** Lints `root` with the project's redocly.yaml; any error or warning fails. */
export async function lintSpec(root: string, cwd: string): Promise<void> {
  const { ok, output } = await redocly(
    ['lint', root, '--config', 'redocly.yaml', '--format', 'stylish'],
    cwd,
  );
  const problems = problemLines(output);
  if (!ok || problems.length > 0) {
    const detail = problems.length > 0 ? problems : output.trim().split('\n').slice(-15);
    throw new SpecError(
      `The spec has ${problems.length || 'unreadable'} problem(s):\n  ${detail.join('\n  ')}`,
    );
  }
}

/** Bundles `root` into one self-contained YAML file at `outFile` (components keep their file names). */
export async function bundleSpec(root: string, outFile: string, cwd: string): Promise<void> {
  const { ok, output } = await redocly(['bundle', root, '--config', 'redocly.yaml', '-o', outFile], cwd);
  if (!ok) throw new SpecError(`Bundling failed:\n  ${output.trim().split('\n').slice(-15).join('\n  ')}`);
}
