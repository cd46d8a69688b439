// `npm run lint:openapi`: `redocly lint` with the project's redocly.yaml, its output as Redocly prints it (with
// colour when the terminal has it) minus the Node 20 notice, and with telemetry and update checks off. Exits as
// Redocly does: 1 when the spec has an error or a warning.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { REDOCLY_BIN, redoclyEnv, withoutNodeNotice } from './lib/redocly.js';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const child = spawn(
  process.execPath,
  [REDOCLY_BIN, 'lint', '--config', 'redocly.yaml', ...process.argv.slice(2)],
  { cwd: projectDir, env: redoclyEnv(), stdio: ['ignore', 'inherit', 'pipe'] },
);
// The notice arrives in one write at start-up, but buffer stderr whole so it is never split across two chunks; the
// lint report itself goes to stdout as it comes.
let stderr = '';
child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
child.on('close', (code, signal) => {
  process.stderr.write(withoutNodeNotice(stderr));
  process.exitCode = code ?? (signal === null ? 1 : 128);
});
