/**
 * Client benchmark: the cost per request of our `SequrityClient` against a raw `fetch`, openapi-fetch alone and
 * openai-node's `responses.create`, all talking to the same loopback server (a child process, so the server's work
 * does not share the client's thread); a streamed `create` read to `finalResponse()` against openai-node's
 * `responses.stream()` on the same bytes; and the cold import time of each package. openai-node is the newest
 * openai (the `openai-latest` devDependency) on Node ≥ 22 and the pinned `openai` on Node 20; the report names it.
 *
 * Usage: `npx tsx bench/client.bench.ts [--json] [--requests 2000] [--rounds 5] [--events 2000]`. Cold imports
 * need `npm run build` first (they import `dist/`).
 *
 * Method: per cell, `--rounds` interleaved rounds in a rotated order, each contender sending `--requests`
 * sequential requests; medians of the per-request time and of the per-round ratio to the reference.
 *
 * @module
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import createClient from 'openapi-fetch';
import { SequrityClient } from '../src/client/sequrity-client.js';
import type { paths } from '../generated/types.gen.js';
import { loadOpenAI } from '../test/helpers/openai-package.js';

const projectDir = fileURLToPath(new URL('..', import.meta.url));

function parseArgs(argv: readonly string[]) {
  const value = (flag: string, fallback: number): number => {
    const index = argv.indexOf(flag);
    const parsed = index === -1 ? fallback : Number(argv[index + 1]);
    if (!Number.isInteger(parsed) || parsed < 1) throw new TypeError(`${flag} takes a positive integer.`);
    return parsed;
  };
  return {
    json: argv.includes('--json'),
    requests: value('--requests', 2000),
    rounds: value('--rounds', 5),
    events: value('--events', 2000),
    imports: value('--imports', 7),
  };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const log = (line: string): void => void process.stderr.write(`${line}\n`);

/** Starts `bench/server.ts` in a child process and resolves with its URL. */
async function startServer(events: number): Promise<{ url: string; stop(): void }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('server.ts', import.meta.url)), String(events)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      cwd: projectDir,
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (data: Buffer) => resolve(data.toString().trim()));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { url, stop: () => child.kill() };
}

interface Contender {
  name: string;
  /** Sends one request and returns a checksum of the answer (so no contender can skip the work). */
  once(): Promise<number>;
}

const body = { model: 'gpt-5-mini', input: 'What is the largest prime number below 100?' };

const openaiPackage = await loadOpenAI();
const { default: OpenAI } = openaiPackage.module;

function nonStreamingContenders(url: string): Contender[] {
  const endpoint = `${url}/control/chat/v1/responses`;
  const headers = { authorization: 'Bearer sk-bench-0000000000', 'content-type': 'application/json' };
  const lowLevel = createClient<paths>({ baseUrl: url, headers: { authorization: headers.authorization } });
  const ours = new SequrityClient({ apiKey: 'sk-bench-0000000000', baseURL: url, maxRetries: 0 });
  const openai = new OpenAI({
    apiKey: 'sk-bench-0000000000',
    baseURL: `${url}/control/chat/v1`,
    maxRetries: 0,
  });
  return [
    {
      name: 'raw fetch',
      async once() {
        const response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify(body) });
        return ((await response.json()) as { output: unknown[] }).output.length;
      },
    },
    {
      name: 'openapi-fetch',
      async once() {
        const { data } = await lowLevel.POST('/control/{endpoint_type}/v1/responses', {
          params: { path: { endpoint_type: 'chat' } },
          body,
        });
        return (data as { output: unknown[] }).output.length;
      },
    },
    {
      name: 'SequrityClient',
      async once() {
        return (await ours.responses.create(body)).output.length;
      },
    },
    {
      name: 'openai-node',
      async once() {
        return (await openai.responses.create(body)).output.length;
      },
    },
  ];
}

function streamingContenders(url: string): Contender[] {
  const ours = new SequrityClient({ apiKey: 'sk-bench-0000000000', baseURL: url, maxRetries: 0 });
  const openai = new OpenAI({
    apiKey: 'sk-bench-0000000000',
    baseURL: `${url}/control/chat/v1`,
    maxRetries: 0,
  });
  return [
    {
      name: 'openai-node responses.stream()',
      async once() {
        const response = await openai.responses.stream({ ...body, stream: true }).finalResponse();
        return response.output_text.length;
      },
    },
    {
      name: 'SequrityClient stream',
      async once() {
        const stream = await ours.responses.create({ ...body, stream: true });
        return (await stream.finalResponse()).output_text.length;
      },
    },
  ];
}

interface Row {
  cell: string;
  contender: string;
  medianMicroseconds: number;
  ratio: number;
}

async function measure(
  cell: string,
  contenders: Contender[],
  requests: number,
  rounds: number,
): Promise<Row[]> {
  for (const contender of contenders)
    for (let i = 0; i < Math.min(200, requests); i++) await contender.once();
  const perRequest = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  const ratios = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  for (let round = 0; round < rounds; round++) {
    const thisRound = new Map<string, number>();
    for (let i = 0; i < contenders.length; i++) {
      const contender = contenders[(i + round) % contenders.length]!;
      const checksum = await contender.once();
      const started = performance.now();
      for (let n = 0; n < requests; n++) {
        if ((await contender.once()) !== checksum) throw new Error(`${contender.name} answered differently`);
      }
      const micros = ((performance.now() - started) * 1000) / requests;
      thisRound.set(contender.name, micros);
      perRequest.get(contender.name)!.push(micros);
    }
    const reference = thisRound.get(contenders[0]!.name)!;
    for (const [name, micros] of thisRound) ratios.get(name)!.push(micros / reference);
    log(`  ${cell} round ${round + 1}/${rounds}`);
  }
  return contenders.map((contender) => ({
    cell,
    contender: contender.name,
    medianMicroseconds: median(perRequest.get(contender.name)!),
    ratio: median(ratios.get(contender.name)!),
  }));
}

/** Milliseconds of `import(specifier)` in a fresh process. */
function coldImport(specifier: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: projectDir });
  return Number(out.toString().trim());
}

/**
 * Cold imports of our built package and of openai, alternating so that both see the same machine load: the median
 * milliseconds of each, and the median of the per-pair ratios.
 */
function coldImports(runs: number): { ours: number; openai: number; ratio: number } {
  const ours: number[] = [];
  const openai: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const pair = {
      ours: coldImport(`${projectDir}/dist/src/index.js`),
      openai: coldImport(openaiPackage.name),
    };
    ours.push(pair.ours);
    openai.push(pair.openai);
    ratios.push(pair.openai / pair.ours);
  }
  return { ours: median(ours), openai: median(openai), ratio: median(ratios) };
}

const options = parseArgs(process.argv.slice(2));
const server = await startServer(options.events);
try {
  const rows = [
    ...(await measure(
      'non-streaming create',
      nonStreamingContenders(server.url),
      options.requests,
      options.rounds,
    )),
    ...(await measure(
      `streamed create (${options.events} events) to finalResponse()`,
      streamingContenders(server.url),
      Math.max(1, Math.round(options.requests / 40)),
      options.rounds,
    )),
  ];
  const built = existsSync(`${projectDir}/dist/src/index.js`);
  const imports = built ? coldImports(options.imports) : undefined;
  const openai = { package: openaiPackage.name, version: openaiPackage.version };
  if (options.json) console.log(JSON.stringify({ openai, rows, imports }, null, 2));
  else {
    console.log(`openai-node: openai ${openai.version} (${openai.package}), Node ${process.versions.node}`);
    let cell = '';
    for (const row of rows) {
      if (row.cell !== cell) console.log(`\n${(cell = row.cell)}`);
      console.log(
        `  ${row.contender.padEnd(32)} ${row.medianMicroseconds.toFixed(1).padStart(10)} µs/request  ${row.ratio.toFixed(2)}×`,
      );
    }
    console.log(
      imports
        ? `\ncold import: sequrity-responses ${imports.ours.toFixed(1)} ms, openai ${imports.openai.toFixed(1)} ms (${imports.ratio.toFixed(1)}× faster, median of pairs)`
        : '\ncold import: skipped (run npm run build first)',
    );
  }
} finally {
  server.stop();
}
