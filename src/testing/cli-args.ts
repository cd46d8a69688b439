// The command's arguments: `sequrity-responses emulator [--port 8000] [--host 127.0.0.1] [--replay FILE] …`.
import { parseArgs as parseNodeArgs } from 'node:util';
import { checkValue, enumKind } from '../internal/validate.js';
import { FAULT_DESCRIPTIONS, FAULT_KINDS, type FaultKind } from './options.js';

/** What the command was asked to do. */
export type CliCommand =
  | {
      kind: 'emulator';
      port: number;
      host: string;
      replay?: string;
      latencyMs?: number;
      tokensPerSecond?: number;
      keepaliveIntervalMs?: number;
      fault?: FaultKind;
    }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

/** The `--help` text: every flag and every fault kind. */
export function helpText(): string {
  const faults = FAULT_KINDS.map((kind) => `  ${kind.padEnd(22)}${FAULT_DESCRIPTIONS[kind]}`).join('\n');
  return `Usage: sequrity-responses emulator [options]

Runs a local emulator of Sequrity Control's Responses API (validation against the bundled OpenAPI spec, sessions,
tool calls, dual-LLM results, policy denials, replay of recordings, and faults). Any HTTP client can use it: point
it at http://HOST:PORT/control/chat/v1/responses with any bearer token.

Options:
  --port PORT             Port to listen on (0 picks a free one). Default: 8000
  --host HOST             Address to listen on. Default: 127.0.0.1
  --replay FILE           Replay a recording, one exchange per request, in order and then again from the start:
                          .sse (raw SSE), .chunks.txt/.jsonl (one JSON event per line) or .yaml (VCR cassette).
  --latency MS            Time to first token: streams pause (with keepalives) before the first output event,
                          JSON replies before their headers. Default: 0
  --tokens-per-second N   Pace of text and argument deltas. Default: no delay
  --keepalive MS          A keepalive event for every MS of silence in a stream. Default: 15000
  --fault KIND            Inject a fault into every Responses request (a request's x-emulator-fault header wins).
  -h, --help              Show this help.

Faults (for --fault, or per request with the header x-emulator-fault: KIND):
${faults}

Stop with Ctrl-C (SIGINT) or SIGTERM.
`;
}

function number(
  name: string,
  value: string | undefined,
  check: (n: number) => boolean,
  rule: string,
): number | string | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  return value.trim() !== '' && check(parsed)
    ? parsed
    : // The option's text as typed: a command line is the user's own, and `"eighty"` says more than `NaN`.
      `--${name} must be ${rule}, got ${JSON.stringify(value)}.`;
}

/** The error of a command line whose positionals are not exactly `emulator`. */
function commandError(positionals: readonly string[]): CliCommand | undefined {
  if (positionals.length === 0)
    return { kind: 'error', message: 'Missing the command: sequrity-responses emulator [options].' };
  if (positionals[0] !== 'emulator' || positionals.length > 1) {
    return {
      kind: 'error',
      message: `Unknown command ${JSON.stringify(positionals.join(' '))}; the only command is "emulator".`,
    };
  }
  return undefined;
}

/** The numeric options, each checked; the first one's error message when one is wrong. */
function numericOptions(values: {
  port?: string | undefined;
  latency?: string | undefined;
  'tokens-per-second'?: string | undefined;
  keepalive?: string | undefined;
}): { port: number; latency?: number; tps?: number; keepalive?: number } | string {
  const port = number(
    'port',
    values.port ?? '8000',
    (n) => Number.isInteger(n) && n >= 0 && n <= 65535,
    'an integer from 0 to 65535',
  );
  const latency = number(
    'latency',
    values.latency,
    (n) => Number.isFinite(n) && n >= 0,
    'a number of milliseconds ≥ 0',
  );
  const tps = number('tokens-per-second', values['tokens-per-second'], (n) => n > 0, 'a number > 0');
  const keepalive = number(
    'keepalive',
    values.keepalive,
    (n) => Number.isFinite(n) && n > 0,
    'a number of milliseconds > 0',
  );
  for (const value of [port, latency, tps, keepalive]) if (typeof value === 'string') return value;
  return {
    port: port as number,
    ...(latency === undefined ? {} : { latency: latency as number }),
    ...(tps === undefined ? {} : { tps: tps as number }),
    ...(keepalive === undefined ? {} : { keepalive: keepalive as number }),
  };
}

/** Parses the command line (without `node` and the script). */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseNodeArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        replay: { type: 'string' },
        latency: { type: 'string' },
        'tokens-per-second': { type: 'string' },
        keepalive: { type: 'string' },
        fault: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const wrongCommand = commandError(positionals);
  if (wrongCommand) return wrongCommand;
  const numbers = numericOptions(values);
  if (typeof numbers === 'string') return { kind: 'error', message: numbers };
  try {
    checkValue('--fault', values.fault, enumKind(FAULT_KINDS));
  } catch (error) {
    return { kind: 'error', message: (error as Error).message };
  }
  if (values.host === '') return { kind: 'error', message: '--host must not be empty.' };
  return {
    kind: 'emulator',
    port: numbers.port,
    host: values.host ?? '127.0.0.1',
    ...(values.replay === undefined ? {} : { replay: values.replay }),
    ...(numbers.latency === undefined ? {} : { latencyMs: numbers.latency }),
    ...(numbers.tps === undefined ? {} : { tokensPerSecond: numbers.tps }),
    ...(numbers.keepalive === undefined ? {} : { keepaliveIntervalMs: numbers.keepalive }),
    ...(values.fault === undefined ? {} : { fault: values.fault as FaultKind }),
  };
}
