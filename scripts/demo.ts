// `npm start`: the main job. Runs three steps through the real SequrityClient — a streamed answer, a dual-LLM
// tool-calling turn with a local tool, a policy denial — then prints a summary table. Without SEQURITY_API_KEY it
// talks to the emulator, started in this process on 127.0.0.1; with it, to the Sequrity API (SEQURITY_BASE_URL
// optional). Exits 0 when every step showed what it should, 1 otherwise; it never waits longer than its deadline.
import { SequrityClient } from '../src/index.js';
import { createMeter } from './demo/meter.js';
import { runStep, STEPS } from './demo/steps.js';
import { formatSummaryTable, type StepSummary } from './demo/summary-table.js';
import { openTarget } from './demo/target.js';

const print = (line = ''): void => void process.stdout.write(`${line}\n`);
const write = (text: string): void => void process.stdout.write(text);

const target = await openTarget(process.env);
// A last resort: whatever happens, the process ends. Unreferenced, so it never keeps the process alive itself.
const deadlineMs = target.stepTimeoutMs * STEPS.length + 10_000;
setTimeout(() => {
  process.stderr.write(`The demo did not finish within ${deadlineMs / 1000} s; stopping.\n`);
  process.exit(1);
}, deadlineMs).unref();

const meter = createMeter();
const results: (StepSummary & { ok: boolean })[] = [];
try {
  const client = new SequrityClient({
    ...target.client,
    fetch: meter.fetch,
    timeout: target.timeoutMs,
    idleTimeoutMs: target.timeoutMs,
    maxRetries: 2,
  });
  print(`sequrity-responses demo: talking to ${target.description}`);
  for (const [index, step] of STEPS.entries()) {
    print();
    print(`${index + 1}. ${step.title} — ${step.summary}`);
    const indent = (line: string): void => print(`  ${line}`);
    results.push(
      await runStep(step, { client, meter, model: target.model, print: indent, write }, target.stepTimeoutMs),
    );
  }
} finally {
  await target.close();
}

print();
print('Summary');
print(formatSummaryTable(results));
print(
  'first token: time to the first text delta (streamed steps); total: the whole step, every request in it.',
);
const failed = results.filter((result) => !result.ok);
print();
print(
  failed.length === 0
    ? `All ${results.length} steps behaved as expected.`
    : `${failed.length} of ${results.length} steps did not: ${failed.map((step) => step.title).join(', ')}.`,
);
process.exitCode = failed.length === 0 ? 0 : 1;
