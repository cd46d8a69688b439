// `npm run test:exports`: packs the package as npm would publish it, installs the tarball into a scratch consumer
// project, and checks that `import … from 'sequrity-responses'` works at run time and type-checks under NodeNext.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'sequrity-exports-'));
/** Runs a command and returns its output; a failure shows the command's own output. */
function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    throw new Error(
      `${command} ${args.join(' ')} failed in ${cwd}:\n${failed.stdout ?? ''}${failed.stderr ?? ''}`,
    );
  }
}

try {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], projectDir)) as {
    filename: string;
    files: { path: string }[];
  }[];
  const tarball = packed[0];
  if (!tarball) throw new Error('npm pack produced no tarball');
  const installed = join(scratch, 'consumer', 'node_modules', 'sequrity-responses');
  mkdirSync(installed, { recursive: true });
  run('tar', ['-xzf', join(scratch, tarball.filename), '-C', installed, '--strip-components=1'], scratch);
  // The one runtime dependency comes from this project's install, as npm would have resolved it.
  symlinkSync(
    join(projectDir, 'node_modules', 'openapi-fetch'),
    join(scratch, 'consumer', 'node_modules', 'openapi-fetch'),
  );
  symlinkSync(
    join(projectDir, 'node_modules', '@types'),
    join(scratch, 'consumer', 'node_modules', '@types'),
  );

  const consumer = join(scratch, 'consumer');
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', type: 'module', private: true }),
  );
  writeFileSync(
    join(consumer, 'consumer.ts'),
    [
      "import { createLowLevelClient, isResponseStreamEvent, RESPONSE_STREAM_EVENT_TYPES, ResponseStream, StreamError } from 'sequrity-responses';",
      "import type { FeaturesHeader, Response, ResponseStreamEvent } from 'sequrity-responses';",
      "const features: FeaturesHeader = { agent_arch: 'dual-llm' };",
      'const describe = (event: ResponseStreamEvent): string => event.type;',
      'const status = (response: Response): string | null | undefined => response.status;',
      'const client = createLowLevelClient();',
      "if (typeof client.createResponse !== 'function' || !RESPONSE_STREAM_EVENT_TYPES.includes('response.completed')) throw new Error('exports');",
      "if (!isResponseStreamEvent({ type: 'keepalive' }) || !(new StreamError('aborted', 'x') instanceof Error)) throw new Error('guards');",
      'console.log(JSON.stringify({ features, stream: typeof ResponseStream.fromResponse, describe: typeof describe, status: typeof status }));',
    ].join('\n'),
  );
  // The README's example must keep compiling against the published package.
  const readme = readFileSync(join(projectDir, 'README.md'), 'utf8');
  const example = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!example) throw new Error('README.md has no ```ts example');
  writeFileSync(join(consumer, 'readme-example.ts'), `${example}\nexport {};\n`);
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        target: 'ES2022',
        strict: true,
        outDir: 'out',
        types: ['node'],
        lib: ['ES2023', 'DOM'],
      },
      include: ['consumer.ts', 'readme-example.ts'],
    }),
  );
  run(
    process.execPath,
    [join(projectDir, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'],
    consumer,
  );
  const output = run(process.execPath, [join('out', 'consumer.js')], consumer).trim();
  const shipped = tarball.files.map((f) => f.path);
  const unexpected = shipped.filter(
    (path) => !/^(dist\/|generated\/openapi\.(json|yaml)$|package\.json$|README\.md$|LICENSE$)/.test(path),
  );
  if (unexpected.length > 0)
    throw new Error(`The package would ship unexpected files: ${unexpected.join(', ')}`);
  console.log(
    `sequrity-responses packs ${shipped.length} files; a NodeNext consumer and the README example type-check; the consumer runs: ${output}`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
