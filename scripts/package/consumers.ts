// The fresh consumer projects of the pack smoke test: each installs the packed tarball with npm (openapi-fetch and
// the emulator's optional peers come from the registry), type-checks where it is TypeScript, and makes a streamed
// request with `SequrityClient` against the emulator of `sequrity-responses/testing`, checking the text.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectDir } from './pack.js';
import { run } from './run.js';

/** The `@types/node` a TypeScript consumer installs: the oldest supported Node's, as this project uses. */
const TYPES_NODE = `@types/node@${devVersion('@types/node')}`;
/** The emulator's peers at the versions this project tests with, and at the floors of the declared ranges. */
const PEERS = [`ajv@${devVersion('ajv')}`, `yaml@${devVersion('yaml')}`];
const PEER_FLOORS = ['ajv@8.17.1', 'yaml@2.8.0'];

/** A consumer project: its files, what it installs besides the tarball, and how it is checked. */
export interface Consumer {
  /** A short name, also the folder's. */
  name: string;
  /** The `type` of its package.json. */
  type: 'module' | 'commonjs';
  /** What `npm install` adds besides the tarball. */
  installs: string[];
  /** Its files, by path in the project. */
  files: Record<string, string>;
  /** Type-checks (and builds) the project; each entry is a command run in the project. */
  build: [string, ...string[]][];
  /** The programs that make the streamed request, run with `node`. */
  programs: string[];
}

/** The answer the emulator gives the consumer `name`: each checks its own text. */
const answerFor = (name: string): string => `Hello from the ${name} consumer, streamed in parts.`;

/** The request and its checks, the same in every consumer (JavaScript that is also valid TypeScript). */
function smokeBody(name: string): string {
  return `
  const answer = ${JSON.stringify(answerFor(name))};
  const server = await startMockServer({ answer });
  try {
    const client = new SequrityClient({ apiKey: 'sk-smoke-test', baseURL: server.url, maxRetries: 0 });
    const stream = await client.responses.create({ model: 'gpt-5-mini', input: 'Say hello.', stream: true });
    let text = '';
    let deltas = 0;
    for await (const event of stream) {
      if (isResponseOutputTextDeltaEvent(event)) {
        text += event.delta;
        deltas += 1;
      }
    }
    const final = await stream.finalResponse();
    const request = server.requests.at(-1);
    const sent = Object(request?.body); // the recorded JSON body (unknown to TypeScript)
    if (text !== answer || final.output_text !== answer || final.status !== 'completed' || deltas < 2) {
      throw new Error('unexpected stream: ' + JSON.stringify({ text, deltas, final: final.output_text, status: final.status }));
    }
    if (sent.stream !== true || request?.headers['accept'] !== 'text/event-stream') {
      throw new Error('the request was not a streamed one: ' + JSON.stringify(request));
    }
    console.log(JSON.stringify({ consumer: ${JSON.stringify(name)}, node: process.version, deltas, text }));
  } finally {
    await server.close();
  }`;
}

/** Checks of the data exports, in ESM. */
const esmDataChecks = `
const manifest = require('sequrity-responses/package.json');
if (spec.openapi !== '3.1.0' || manifest.name !== 'sequrity-responses') throw new Error('data exports');
if (!existsSync(fileURLToPath(import.meta.resolve('sequrity-responses/openapi.yaml')))) throw new Error('openapi.yaml');
`;

/**
 * The imports of an ESM consumer. JavaScript imports the spec with an import attribute; TypeScript's node16 mode
 * has no import attributes, so it reads the spec with `require`, as JSON data is read there.
 */
const esmImports = (spec: 'import' | 'require'): string => `import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { isResponseOutputTextDeltaEvent, SequrityClient } from 'sequrity-responses';
import { startMockServer } from 'sequrity-responses/testing';
${spec === 'import' ? "import spec from 'sequrity-responses/openapi.json' with { type: 'json' };\n" : ''}
const require = createRequire(import.meta.url);
${spec === 'require' ? "const spec = require('sequrity-responses/openapi.json');\n" : ''}`;

/** A TypeScript program that only uses the main entry point: it must type-check without Node's types. */
const browserApp = `import { isResponseOutputTextDeltaEvent, SequrityClient, type Response } from 'sequrity-responses';

/** Streams an answer into \`render\` and resolves with the final response. */
export async function ask(baseURL: string, render: (text: string) => void): Promise<Response> {
  const client = new SequrityClient({ apiKey: 'sk-smoke-test', baseURL, maxRetries: 0 });
  const stream = await client.responses.create({ model: 'gpt-5-mini', input: 'Say hello.', stream: true });
  let text = '';
  for await (const event of stream) {
    if (isResponseOutputTextDeltaEvent(event)) render((text += event.delta));
  }
  return stream.finalResponse();
}
`;

/** Every \`\`\`ts block of README.md, each its own module, to type-check against the installed package. */
export function readmeBlocks(): Record<string, string> {
  const readme = readFileSync(join(projectDir, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((match) => match[1] ?? '');
  if (blocks.length === 0) throw new Error('README.md has no ```ts block');
  return Object.fromEntries(blocks.map((code, i) => [`readme/block-${i + 1}.ts`, `${code}\nexport {};\n`]));
}

const tsc = [process.execPath, join(projectDir, 'node_modules', 'typescript', 'bin', 'tsc')] as const;
const esbuild = join(projectDir, 'node_modules', '.bin', 'esbuild');

/** The consumers: ESM and CommonJS JavaScript, TypeScript with node16 and with bundler resolution. */
export function consumers(): Consumer[] {
  const strict = { strict: true, skipLibCheck: false, target: 'ES2022', noEmitOnError: true };
  return [
    {
      name: 'esm-js',
      type: 'module',
      installs: PEERS,
      files: { 'index.mjs': `${esmImports('import')}${esmDataChecks}${smokeBody('esm-js')}\n` },
      build: [],
      programs: ['index.mjs'],
    },
    {
      name: 'cjs-js',
      type: 'commonjs',
      // The floors of the peer ranges, so the ranges are proven at both ends.
      installs: [...PEER_FLOORS, TYPES_NODE],
      files: {
        'index.cjs': `'use strict';
// require() of the ESM-only package: Node >= 20.19 loads ES modules synchronously.
const { isResponseOutputTextDeltaEvent, SequrityClient } = require('sequrity-responses');
const { startMockServer } = require('sequrity-responses/testing');
const spec = require('sequrity-responses/openapi.json');
const manifest = require('sequrity-responses/package.json');
if (spec.openapi !== '3.1.0' || manifest.name !== 'sequrity-responses') throw new Error('data exports');
require.resolve('sequrity-responses/openapi.yaml');

async function main() {${smokeBody('cjs-js')}
}
main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
`,
        // TypeScript that compiles to require(): TypeScript >= 5.8 allows it under module nodenext.
        'index.cts': `import { isResponseOutputTextDeltaEvent, SequrityClient } from 'sequrity-responses';
import { startMockServer } from 'sequrity-responses/testing';

async function main(): Promise<void> {${smokeBody('cjs-ts')}
}
main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
`,
        'tsconfig.json': JSON.stringify({
          compilerOptions: { ...strict, module: 'nodenext', moduleResolution: 'nodenext', outDir: 'out' },
          include: ['index.cts'],
        }),
      },
      build: [[...tsc, '-p', 'tsconfig.json']],
      programs: ['index.cjs', 'out/index.cjs'],
    },
    {
      name: 'ts-node16',
      type: 'module',
      // zod: the README's structured-output and typed-tool examples import it.
      installs: [...PEERS, TYPES_NODE, `zod@${devVersion('zod')}`],
      files: {
        'index.ts': `${esmImports('require')}import type { Response, ResponseStreamEvent, SequrityResponse } from 'sequrity-responses';
${esmDataChecks}
const describe = (event: ResponseStreamEvent): string => event.type;
const status = (response: Response | SequrityResponse): string | null | undefined => response.status;
if (typeof describe !== 'function' || typeof status !== 'function') throw new Error('types');
${smokeBody('ts-node16')}
`,
        ...readmeBlocks(),
        // No DOM library: a Node program gets fetch, Response and streams from @types/node.
        'tsconfig.json': JSON.stringify({
          compilerOptions: {
            ...strict,
            module: 'node16',
            moduleResolution: 'node16',
            lib: ['ES2023'],
            types: ['node'],
            outDir: 'out',
          },
          include: ['index.ts', 'readme'],
        }),
      },
      build: [[...tsc, '-p', 'tsconfig.json']],
      programs: ['out/index.js'],
    },
    {
      name: 'ts-bundler',
      type: 'module',
      installs: [...PEERS, TYPES_NODE],
      files: {
        'app.ts': browserApp,
        'run.ts': `import { startMockServer } from 'sequrity-responses/testing';
import { ask } from './app';

const answer = ${JSON.stringify(answerFor('ts-bundler'))};
const server = await startMockServer({ answer });
try {
  let rendered = '';
  const final = await ask(server.url, (text) => (rendered = text));
  if (rendered !== answer || final.output_text !== answer) throw new Error('unexpected text: ' + rendered);
  console.log(JSON.stringify({ consumer: 'ts-bundler', node: process.version, text: rendered }));
} finally {
  await server.close();
}
`,
        // The app as a browser project sees it: DOM library, no Node types.
        'tsconfig.app.json': JSON.stringify({
          compilerOptions: {
            ...strict,
            module: 'preserve',
            moduleResolution: 'bundler',
            lib: ['ES2023', 'DOM', 'DOM.Iterable'],
            types: [],
            noEmit: true,
          },
          include: ['app.ts'],
        }),
        'tsconfig.json': JSON.stringify({
          compilerOptions: {
            ...strict,
            module: 'preserve',
            moduleResolution: 'bundler',
            lib: ['ES2023', 'DOM', 'DOM.Iterable'],
            types: ['node'],
            noEmit: true,
          },
          include: ['app.ts', 'run.ts'],
        }),
      },
      build: [
        [...tsc, '-p', 'tsconfig.app.json'],
        [...tsc, '-p', 'tsconfig.json'],
        [
          esbuild,
          'run.ts',
          '--bundle',
          '--platform=node',
          '--format=esm',
          '--outfile=out/run.mjs',
          '--log-level=warning',
        ],
      ],
      programs: ['out/run.mjs'],
    },
  ];
}

/** Writes `consumer` into `root/<name>` and installs the tarball and its extra packages with npm. */
export async function installConsumer(root: string, consumer: Consumer, tarball: string): Promise<string> {
  const dir = join(root, consumer.name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: `consumer-${consumer.name}`, private: true, type: consumer.type }),
  );
  for (const [path, text] of Object.entries(consumer.files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  // --prefer-offline: what the npm cache already has is not fetched again (CI machines keep their cache).
  await run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--save-exact', tarball, ...consumer.installs],
    { cwd: dir },
  );
  if (!existsSync(join(dir, 'node_modules', 'openapi-fetch', 'package.json')))
    throw new Error(`${consumer.name}: npm did not install openapi-fetch, the package's dependency`);
  return dir;
}

/** Builds an installed consumer and runs its programs with `node` (by default this process's). */
export async function checkConsumer(
  dir: string,
  consumer: Consumer,
  node = process.execPath,
): Promise<string[]> {
  for (const [command, ...args] of consumer.build) await run(command, args, { cwd: dir });
  const outputs: string[] = [];
  for (const program of consumer.programs) {
    const { stdout } = await run(node, [program], { cwd: dir, timeoutMs: 60_000 });
    outputs.push(stdout.trim());
  }
  return outputs;
}

function devVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  const version = manifest.devDependencies[name];
  if (version === undefined) throw new Error(`package.json has no devDependency ${name}`);
  return version;
}
