/**
 * SSE consumer benchmark: every contender in `contenders.ts` reads the same generated Responses transcript,
 * delivered as a `ReadableStream` in fixed-size chunks, in one process.
 *
 * Usage: `npx tsx bench/stream.bench.ts [--json] [--events 10000,100000,1000000] [--chunks 1024,65536]
 * [--rounds 5]`. For the heap figures run `node --expose-gc --import tsx bench/stream.bench.ts`.
 *
 * Method: a warm-up of every contender on a small transcript, then per (events, chunk size) cell
 * `--rounds` interleaved rounds (three times as many for small cells; each round runs every contender
 * once, in a rotated order), medians. With `--expose-gc`, a GC precedes every timed run.
 * The ratio to the floor is the median of per-round ratios, so drift of the machine between rounds cancels.
 *
 * @module
 */
import { contenders, type Contender, type RunResult } from './contenders.js';
import { chunkedStreamFactory, generateTranscript, type Transcript } from './transcript.js';

interface CellResult {
  contender: string;
  events: number;
  chunkSize: number;
  bytes: number;
  roundsMs: number[];
  medianMs: number;
  eventsPerSecond: number;
  megabytesPerSecond: number;
  ratioToFloor: number;
}

interface HeapResult {
  contender: string;
  events: number;
  chunkSize: number;
  gcAvailable: boolean;
  /** heapUsed after the run (after a GC when available) minus heapUsed before it, in MB. */
  growthMb: number;
  /** Highest heapUsed after a GC in the middle of the run minus heapUsed before it, in MB (live data only). */
  liveMb: number;
  /** Highest heapUsed sampled during the run minus heapUsed before it, in MB. */
  peakMb: number;
}

const LARGE = 1_000_000;
/** Cells below this many events run three times the rounds: they take milliseconds and are noisy. */
const SMALL = 100_000;
const roundsFor = (events: number, rounds: number): number => (events < SMALL ? rounds * 3 : rounds);
const MB = 1e6;

function parseArgs(argv: readonly string[]): {
  json: boolean;
  events: number[];
  chunks: number[];
  rounds: number;
} {
  const value = (flag: string): string | undefined => {
    const index = argv.indexOf(flag);
    return index === -1 ? undefined : argv[index + 1];
  };
  const list = (flag: string, fallback: number[]): number[] =>
    value(flag)
      ?.split(',')
      .map((item) => Number(item.replace(/_/g, ''))) ?? fallback;
  const options = {
    json: argv.includes('--json'),
    events: list('--events', [10_000, 100_000, 1_000_000]),
    chunks: list('--chunks', [1024, 65_536]),
    rounds: Number(value('--rounds') ?? 5),
  };
  if ([...options.events, ...options.chunks, options.rounds].some((n) => !Number.isInteger(n) || n < 1)) {
    throw new TypeError(
      '--events, --chunks and --rounds take positive integers, e.g. --events 10000,100000.',
    );
  }
  return options;
}

const gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;
const log = (line: string): void => void process.stderr.write(`${line}\n`);
const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Runs one contender once and checks that it saw the whole transcript. */
async function timeRun(
  contender: Contender,
  transcript: Transcript,
  body: ReadableStream<Uint8Array>,
): Promise<number> {
  gc?.();
  const started = performance.now();
  const result: RunResult = await contender.run!(body);
  const elapsed = performance.now() - started;
  if (result.events !== transcript.events || result.sequenceSum !== transcript.sequenceSum) {
    throw new Error(
      `${contender.name} parsed ${result.events} events (checksum ${result.sequenceSum}); ` +
        `expected ${transcript.events} (checksum ${transcript.sequenceSum}).`,
    );
  }
  return elapsed;
}

async function measureCell(
  runnable: readonly Contender[],
  transcript: Transcript,
  chunkSize: number,
  rounds: number,
): Promise<CellResult[]> {
  const makeBody = chunkedStreamFactory(transcript.bytes, chunkSize);
  const times = new Map<string, number[]>(runnable.map((c) => [c.name, []]));
  const ratios = new Map<string, number[]>(runnable.map((c) => [c.name, []]));
  for (let round = 0; round < rounds; round++) {
    const timesThisRound = new Map<string, number>();
    for (let i = 0; i < runnable.length; i++) {
      const contender = runnable[(i + round) % runnable.length]!;
      const cap = transcript.events >= LARGE ? (contender.maxRoundsLarge ?? rounds) : rounds;
      if (round >= cap) continue;
      const elapsed = await timeRun(contender, transcript, makeBody());
      timesThisRound.set(contender.name, elapsed);
      times.get(contender.name)!.push(elapsed);
    }
    const floorMs = timesThisRound.get(runnable[0]!.name)!;
    for (const [name, elapsed] of timesThisRound) ratios.get(name)!.push(elapsed / floorMs);
  }
  return runnable.map((contender) => {
    const roundsMs = times.get(contender.name)!;
    const medianMs = median(roundsMs);
    return {
      contender: contender.name,
      events: transcript.events,
      chunkSize,
      bytes: transcript.bytes.length,
      roundsMs,
      medianMs,
      eventsPerSecond: transcript.events / (medianMs / 1000),
      megabytesPerSecond: transcript.bytes.length / MB / (medianMs / 1000),
      ratioToFloor: median(ratios.get(contender.name)!),
    };
  });
}

/** Heap growth and sampled peak while `contender` consumes the transcript. */
async function measureHeap(
  contender: Contender,
  transcript: Transcript,
  chunkSize: number,
): Promise<HeapResult> {
  const source = chunkedStreamFactory(transcript.bytes, chunkSize)().getReader();
  gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  let live = before;
  let reads = 0;
  // Sampling in pull(): timers cannot fire while a stream is consumed through microtasks only.
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (++reads % 64 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
      // Now and then, what is still reachable mid-stream (after a full GC): the number that must not grow.
      if (gc && reads % 512 === 0) {
        gc();
        live = Math.max(live, process.memoryUsage().heapUsed);
      }
      const read = await source.read();
      if (read.done) controller.close();
      else controller.enqueue(read.value);
    },
  });
  await contender.run!(body);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  gc?.();
  const after = process.memoryUsage().heapUsed;
  return {
    contender: contender.name,
    events: transcript.events,
    chunkSize,
    gcAvailable: gc !== undefined,
    growthMb: (after - before) / MB,
    peakMb: (peak - before) / MB,
    liveMb: (live - before) / MB,
  };
}

function formatTable(results: readonly CellResult[], placeholders: readonly string[]): string {
  const rows = [
    '| events | chunk | contender | rounds | median ms | events/s | MB/s | × floor |',
    '|---:|---:|---|---:|---:|---:|---:|---:|',
  ];
  const number = (n: number, digits = 0): string =>
    n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  for (const r of results) {
    rows.push(
      `| ${number(r.events)} | ${r.chunkSize >= 1024 ? `${r.chunkSize / 1024} KiB` : `${r.chunkSize} B`} | ` +
        `${r.contender} | ${r.roundsMs.length} | ${number(r.medianMs, 1)} | ${number(r.eventsPerSecond)} | ` +
        `${number(r.megabytesPerSecond, 1)} | ${number(r.ratioToFloor, 2)} |`,
    );
  }
  for (const name of placeholders) rows.push(`| – | – | ${name} | 0 | not wired yet | | | |`);
  return rows.join('\n');
}

/** ours-full against ours-decoder+JSON.parse per cell: what typed events and accumulation add to decoding. */
function accumulationCost(results: readonly CellResult[]): string[] {
  return results
    .filter((r) => r.contender === 'ours-full')
    .flatMap((full) => {
      const decoder = results.find(
        (r) =>
          r.contender === 'ours-decoder+JSON.parse' &&
          r.events === full.events &&
          r.chunkSize === full.chunkSize,
      );
      if (!decoder) return [];
      const added = (full.medianMs / decoder.medianMs - 1) * 100;
      return [
        `ours-full vs ours-decoder+JSON.parse at ${full.events.toLocaleString('en-US')} events, ${full.chunkSize} B chunks: ${added >= 0 ? '+' : ''}${added.toFixed(0)}%`,
      ];
    });
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const runnable = contenders.filter((c) => c.run !== undefined);
  const placeholders = contenders.filter((c) => c.run === undefined).map((c) => c.name);
  const startedAt = performance.now();

  log(
    `Node ${process.version}, gc ${gc ? 'exposed' : 'not exposed (run with --expose-gc for heap figures)'}`,
  );
  const warmUp = generateTranscript(10_000, 7);
  for (const chunkSize of options.chunks) {
    for (const contender of runnable) {
      for (let i = 0; i < 3; i++)
        await timeRun(contender, warmUp, chunkedStreamFactory(warmUp.bytes, chunkSize)());
    }
  }

  const results: CellResult[] = [];
  const heap: HeapResult[] = [];
  for (const events of options.events) {
    const generating = performance.now();
    const transcript = generateTranscript(events);
    log(
      `${events} events: ${(transcript.bytes.length / MB).toFixed(1)} MB generated in ` +
        `${((performance.now() - generating) / 1000).toFixed(1)} s`,
    );
    for (const chunkSize of options.chunks) {
      const cell = await measureCell(runnable, transcript, chunkSize, roundsFor(events, options.rounds));
      results.push(...cell);
      log(cell.map((r) => `  ${chunkSize} B ${r.contender}: ${r.medianMs.toFixed(0)} ms`).join('\n'));
    }
    if (events === Math.max(...options.events)) {
      for (const ours of runnable.filter((c) => c.name.startsWith('ours'))) {
        heap.push(await measureHeap(ours, transcript, Math.max(...options.chunks)));
      }
    }
  }

  const totalSeconds = (performance.now() - startedAt) / 1000;
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify({ node: process.version, totalSeconds, results, heap }, null, 2)}\n`,
    );
    return;
  }
  const notes = [
    `Node ${process.version}; ${options.rounds} interleaved rounds per cell (×3 below ` +
      `${SMALL.toLocaleString('en-US')} events) after a warm-up, medians; ` +
      '× floor = median of per-round ratios to the floor.',
    ...contenders
      .filter((c) => c.maxRoundsLarge !== undefined && options.events.some((e) => e >= LARGE))
      .map(
        (c) =>
          `${c.name} runs only ${c.maxRoundsLarge} rounds at ≥ ${LARGE.toLocaleString('en-US')} events (slow).`,
      ),
    ...heap.map(
      (h) =>
        `Heap, ${h.contender} over ${h.events.toLocaleString('en-US')} events at ${h.chunkSize} B chunks: ` +
        (h.gcAvailable
          ? `growth after gc ${h.growthMb.toFixed(1)} MB, live mid-stream (after gc) at most +${h.liveMb.toFixed(1)} MB, `
          : `growth ${h.growthMb.toFixed(1)} MB (no --expose-gc: includes garbage), `) +
        `sampled peak +${h.peakMb.toFixed(1)} MB (garbage included).`,
    ),
    ...accumulationCost(results),
    `Total ${totalSeconds.toFixed(0)} s.`,
  ];
  process.stdout.write(`${formatTable(results, placeholders)}\n\n${notes.filter(Boolean).join('\n')}\n`);
}

await main();
