// `npm run test:node-matrix`: the unit suite (`vitest run`) on every supported Node major — this process's Node,
// 22 and 24, the last two from the npm registry's `node` package (`npx -y node@22`) — and proof that CommonJS
// `require('sequrity-responses')` works on each of them and on the oldest supported release (20.19.0): the packed
// tarball is installed into a fresh CommonJS project, which makes a streamed request against the emulator.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { checkConsumer, consumers, installConsumer } from './package/consumers.js';
import { packPackage, projectDir } from './package/pack.js';
import { run, step } from './package/run.js';

/** The Node releases to test: the full suite runs on each `suite` one, the `require` proof on all. */
const RELEASES = [
  { spec: 'current', suite: true },
  { spec: 'node@20.19.0', suite: false }, // engines.node's floor
  { spec: 'node@22', suite: true },
  { spec: 'node@24', suite: true },
] as const;

interface NodeBinary {
  spec: string;
  path: string;
  version: string;
}

/** Finds (and on first use downloads, through npx) the `node` binary of `spec`. */
async function resolveNode(spec: string): Promise<NodeBinary> {
  if (spec === 'current') return { spec, path: process.execPath, version: process.version };
  const { stdout } = await run('npx', ['-y', spec, '-p', 'process.execPath + " " + process.version'], {
    cwd: projectDir,
  });
  const [path = '', version = ''] = stdout.trim().split(' ');
  return { spec, path, version };
}

/** The environment that makes `node` (and what a test spawns through PATH) the given binary. */
const pathFor = (node: NodeBinary): Record<string, string> => ({
  PATH: `${dirname(node.path)}${delimiter}${process.env['PATH'] ?? ''}`,
});

/** Runs the unit suite on `node`; resolves with vitest's summary lines. */
async function unitSuite(node: NodeBinary): Promise<string[]> {
  const vitest = join(projectDir, 'node_modules', 'vitest', 'vitest.mjs');
  const { stdout } = await run(node.path, [vitest, 'run'], {
    cwd: projectDir,
    env: { ...pathFor(node), CI: 'true', NO_COLOR: '1' },
    timeoutMs: 20 * 60_000,
  });
  return stdout.split('\n').filter((line) => /^\s*(Test Files|Tests|Duration)\s/.test(line));
}

const scratch = mkdtempSync(join(tmpdir(), 'sequrity-node-matrix-'));
const rows: string[] = [];
try {
  const nodes: NodeBinary[] = [];
  for (const release of RELEASES) {
    nodes.push(await step(`resolve ${release.spec}`, () => resolveNode(release.spec)));
  }
  const packed = await step('npm pack', () => packPackage(scratch));
  const cjs = consumers().find((consumer) => consumer.name === 'cjs-js');
  if (!cjs) throw new Error('no CommonJS consumer');
  const cjsDir = await step('install the tarball into a CommonJS project', () =>
    installConsumer(scratch, cjs, packed.tarball),
  );
  // TypeScript compiles the project's .cts program once; each Node then runs both programs.
  let built = false;
  for (const [i, node] of nodes.entries()) {
    const consumer = built ? { ...cjs, build: [] } : cjs;
    built = true;
    const started = performance.now();
    const outputs = await step(`${node.version}: require('sequrity-responses') and a streamed request`, () =>
      checkConsumer(cjsDir, consumer, node.path),
    );
    for (const output of outputs) {
      if (!output.includes(`"node":"${node.version}"`)) throw new Error(`${node.version} ran: ${output}`);
    }
    const requireSeconds = (performance.now() - started) / 1000;
    if (!RELEASES[i]?.suite) {
      rows.push(`${node.version.padEnd(9)} require ✓ (${requireSeconds.toFixed(1)} s)  unit suite: not run`);
      continue;
    }
    const suiteStarted = performance.now();
    const summary = await step(`${node.version}: vitest run`, () => unitSuite(node));
    const seconds = (performance.now() - suiteStarted) / 1000;
    const tests = summary.find((line) => line.includes('Tests'))?.trim() ?? '';
    rows.push(
      `${node.version.padEnd(9)} require ✓ (${requireSeconds.toFixed(1)} s)  unit suite: ${tests} (${seconds.toFixed(0)} s)`,
    );
  }
  console.log(`\nNode matrix:\n${rows.map((row) => `  ${row}`).join('\n')}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
