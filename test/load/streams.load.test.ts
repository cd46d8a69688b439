// Load over loopback: 200 concurrent streams through one SequrityClient, 5,000 requests in all, against the
// emulator (in its own process). Every stream's rebuilt text must equal what the server sent; afterwards nothing
// may be left running (sockets, timers, handles) and the heap must be back within a stated bound. Run by
// `npm run test:load` (vitest.load.config.ts), never by the default `vitest run`.
import { setTimeout as sleep } from 'node:timers/promises';
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isResponseOutputTextDeltaEvent, SequrityClient } from '../../src/index.js';
import type { FromEmulator, ToEmulator } from './emulator-process.js';

const CONCURRENCY = 200;
const TOTAL_REQUESTS = 5_000;
/** Heap growth allowed after the run, once garbage is collected: the client may keep nothing per request. */
const HEAP_GROWTH_LIMIT_BYTES = 16 * 1024 * 1024;
/** The longest any one request may take, so the run always ends. */
const REQUEST_TIMEOUT_MS = 30_000;

const gc = (globalThis as { gc?: () => void }).gc;

/** The emulator process: its URL, what it sent, and a way to stop it. */
interface EmulatorProcess {
  url: string;
  /** Every answer text the server sent, keyed by the request's input. */
  sent(): Promise<Map<string, string>>;
  /** Closes the server (and its connections) and waits for the process to exit. */
  close(): Promise<void>;
}

function startEmulatorProcess(): Promise<EmulatorProcess> {
  const child: ChildProcess = fork(fileURLToPath(new URL('emulator-process.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const next = <T extends FromEmulator['type']>(type: T): Promise<Extract<FromEmulator, { type: T }>> =>
    new Promise((resolve, reject) => {
      const onMessage = (message: FromEmulator): void => {
        if (message.type !== type) return;
        child.off('message', onMessage);
        resolve(message as Extract<FromEmulator, { type: T }>);
      };
      child.on('message', onMessage);
      void exited.then(() => reject(new Error(`The emulator process exited before sending ${type}.`)));
    });
  const tell = (message: ToEmulator): void => void child.send(message);
  return next('listening').then(({ url }) => ({
    url,
    async sent() {
      const reply = next('report');
      tell({ type: 'report' });
      return new Map((await reply).sent);
    },
    async close() {
      tell({ type: 'close' });
      await exited;
    },
  }));
}

interface RunResult {
  elapsedMs: number;
  latenciesMs: number[];
  peakInFlight: number;
  /** The text each stream rebuilt from its deltas, keyed by input (when it equals its final output_text). */
  rebuilt: Map<string, string>;
  failures: string[];
}

/** `total` streamed requests under `prefix`, `concurrency` at a time, through `client`. */
async function run(client: SequrityClient, prefix: string, total: number, concurrency: number) {
  const result: RunResult = {
    elapsedMs: 0,
    latenciesMs: [],
    peakInFlight: 0,
    rebuilt: new Map(),
    failures: [],
  };
  let next = 0;
  let inFlight = 0;
  const worker = async (): Promise<void> => {
    while (next < total) {
      const input = `${prefix} ${next++}`;
      const started = performance.now();
      result.peakInFlight = Math.max(result.peakInFlight, ++inFlight);
      try {
        // A fresh session per request: the load is many independent conversations, not one growing session.
        const stream = await client.responses.create(
          { model: 'gpt-5-mini', input, stream: true },
          { sessionId: null },
        );
        let text = '';
        for await (const event of stream) if (isResponseOutputTextDeltaEvent(event)) text += event.delta;
        const final = await stream.finalResponse();
        result.latenciesMs.push(performance.now() - started);
        if (final.output_text !== text) result.failures.push(`${input}: the deltas and output_text differ`);
        result.rebuilt.set(input, text);
      } catch (error) {
        result.failures.push(`${input}: ${String(error)}`);
      } finally {
        inFlight--;
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  result.elapsedMs = performance.now() - started;
  return result;
}

/** The resources in `after` beyond those in `before`, counted by kind (`['TCPSocketWrap', 'Timeout']`, …). */
function added(before: readonly string[], after: readonly string[]): string[] {
  const left = [...before];
  return after.filter((kind) => {
    const index = left.indexOf(kind);
    if (index === -1) return true;
    left.splice(index, 1);
    return false;
  });
}

/**
 * The active resources that were not there `before`, once there are none (closed sockets go away a few ticks after
 * closing) or after 5 s. Resources of the test runner may come and go; nothing may be left over.
 */
async function leftOver(before: readonly string[]): Promise<string[]> {
  const deadline = performance.now() + 5_000;
  let extra = added(before, process.getActiveResourcesInfo());
  while (extra.length > 0 && performance.now() < deadline) {
    await sleep(50);
    extra = added(before, process.getActiveResourcesInfo());
  }
  return extra;
}

/** Heap in use after full garbage collections, with turns of the event loop between them for finalizers. */
async function collectedHeap(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}

const percentile = (values: readonly number[], p: number): number => {
  const ordered = [...values].sort((a, b) => a - b);
  return ordered[Math.min(ordered.length - 1, Math.ceil((p / 100) * ordered.length) - 1)] ?? NaN;
};
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

describe('load: one client, many concurrent streams', () => {
  it(`${CONCURRENCY} concurrent streams, ${TOTAL_REQUESTS} requests: every text rebuilt, nothing leaked, heap bounded`, async () => {
    expect(gc, 'run with --expose-gc (npm run test:load does)').toBeTypeOf('function');
    // The runner's own start-up timer is gone a moment after the test starts; the baseline is taken after it.
    await sleep(200);
    const resourcesBefore = process.getActiveResourcesInfo();
    const emulator = await startEmulatorProcess();
    let result: RunResult;
    let sent: Map<string, string>;
    let heapBefore: number;
    try {
      const client = new SequrityClient({
        apiKey: 'sk-load',
        baseURL: emulator.url,
        maxRetries: 0,
        timeout: REQUEST_TIMEOUT_MS,
        idleTimeoutMs: REQUEST_TIMEOUT_MS,
      });
      // A warm-up round loads and compiles everything and opens the connections, so that the heap baseline is the
      // steady state.
      const warmUp = await run(client, 'warm-up', CONCURRENCY, CONCURRENCY);
      expect(warmUp.failures).toEqual([]);
      heapBefore = await collectedHeap();
      result = await run(client, 'load', TOTAL_REQUESTS, CONCURRENCY);
      sent = await emulator.sent();
    } finally {
      await emulator.close();
    }

    expect(result.failures).toEqual([]);
    expect(result.peakInFlight).toBe(CONCURRENCY);
    expect(result.latenciesMs).toHaveLength(TOTAL_REQUESTS);
    const loadSent = [...sent].filter(([input]) => input.startsWith('load '));
    expect(loadSent, 'the server answered every request once').toHaveLength(TOTAL_REQUESTS);
    const mismatches = loadSent.filter(([input, text]) => result.rebuilt.get(input) !== text);
    expect(mismatches, 'streams whose rebuilt text is not what the server sent').toEqual([]);

    const leaked = await leftOver(resourcesBefore);
    const rps = TOTAL_REQUESTS / (result.elapsedMs / 1000);
    const p50 = percentile(result.latenciesMs, 50);
    const p99 = percentile(result.latenciesMs, 99);
    const max = Math.max(...result.latenciesMs);
    // What the test itself keeps (10,000 texts) is let go first: the heap check is about the client.
    result.rebuilt.clear();
    sent.clear();
    const heapAfter = await collectedHeap();
    console.log(
      [
        `load: ${TOTAL_REQUESTS} streamed requests, ${CONCURRENCY} at a time, one client, emulator in its own process`,
        `  ${rps.toFixed(0)} requests/s (${(result.elapsedMs / 1000).toFixed(2)} s)`,
        `  latency p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${max.toFixed(1)} ms`,
        `  heap after gc: ${mib(heapBefore)} before, ${mib(heapAfter)} after ` +
          `(growth ${mib(heapAfter - heapBefore)}, limit ${mib(HEAP_GROWTH_LIMIT_BYTES)}); rss ${mib(process.memoryUsage().rss)}`,
        `  resources left after closing: ${leaked.length === 0 ? 'none' : leaked.join(', ')} ` +
          `(before: ${resourcesBefore.join(', ') || 'none'})`,
      ].join('\n'),
    );
    expect(leaked, 'sockets, timers and handles left after closing').toEqual([]);
    expect(heapAfter - heapBefore).toBeLessThan(HEAP_GROWTH_LIMIT_BYTES);
  });
});
