/**
 * Options of the emulator, the fault kinds it can inject, and their documentation (shared by the README, the
 * command's `--help` and the `x-emulator-fault` validation).
 *
 * @module
 */
import { checkValue, enumKind, isObject, type Kind } from '../internal/validate.js';
import type { Transcript } from './replay.js';
import type { RecordedRequest } from './request-log.js';

/** Every fault the emulator can inject, by the name used in options, `--fault` and `x-emulator-fault`. */
export const FAULT_KINDS = [
  'rate-limit',
  'server-error',
  'service-unavailable',
  'reset-before-headers',
  'drop-mid-stream',
  'stall',
  'keepalive-only',
  'slow-drip',
  'malformed-event',
  'oversized-event',
  'error-event',
  'invalid-output',
  'refusal',
] as const;

/** A fault the emulator can inject; see {@link FAULT_DESCRIPTIONS}. */
export type FaultKind = (typeof FAULT_KINDS)[number];

/** What each fault does, in one line (used by `--help` and the README). */
export const FAULT_DESCRIPTIONS: Readonly<Record<FaultKind, string>> = {
  'rate-limit': '429 with retry-after (seconds) and retry-after-ms, body {"detail": "..."}.',
  'server-error': '500 with body {"detail": "..."}.',
  'service-unavailable': '503 with retry-after, body {"detail": "..."}.',
  'reset-before-headers':
    'The connection is reset before any byte of the reply (in-process fetch rejects with a TypeError).',
  'drop-mid-stream':
    'Headers and about half of the body (events, or JSON bytes), then the connection is reset.',
  stall: 'Nothing is sent, not even headers, until the client gives up or the server closes.',
  'keepalive-only':
    'Headers, then only keepalive events (or JSON whitespace) every keepaliveIntervalMs, never an answer.',
  'slow-drip':
    'The normal reply, written a few bytes at a time (frames and UTF-8 characters split anywhere).',
  'malformed-event': 'A stream with one frame whose data is truncated JSON (a JSON reply: a truncated body).',
  'oversized-event':
    'The answer text carries one delta of oversizedEventBytes bytes (the turn answers in text).',
  'error-event':
    'The stream starts, then sends an error event (nested shape) and response.failed; JSON: a 200 failed response.',
  'invalid-output':
    'The answer is JSON that text.format rejects: a document its json_schema does not accept, or an array for json_object.',
  refusal:
    'The turn answers with a refusal content part instead of text or calls (streamed: response.refusal.delta/.done).',
};

/** Whether `value` names a fault kind. */
export function isFaultKind(value: unknown): value is FaultKind {
  return typeof value === 'string' && (FAULT_KINDS as readonly string[]).includes(value);
}

/** A server-wide fault: `kind` applies to every Responses request, or to the first `count` of them. */
export interface FaultSetting {
  kind: FaultKind;
  /** How many Responses requests get the fault before the emulator behaves normally again. @defaultValue every request */
  count?: number;
}

/** What a custom {@link EmulatorOptions.answer} function is given. */
export interface AnswerContext {
  /** Text of the newest user message of this request, or `''` when the newest input is not a user message. */
  userText: string;
  /** The outputs of function calls sent in this request, in order. */
  toolOutputs: readonly { callId: string; name: string; output: string }[];
  /** The model named in the request. */
  model: string;
}

/** Options of {@link createEmulator}. */
export interface EmulatorOptions {
  /**
   * Time to first token: a streamed reply sends its headers, `response.created` and `response.in_progress` at
   * once and then waits this long (sending keepalives) before the first output event; a JSON reply waits this long
   * before its headers.
   * @defaultValue 0
   */
  latencyMs?: number;
  /** Pace of text and argument deltas (one delta is one token). @defaultValue `Infinity` (no delay) */
  tokensPerSecond?: number;
  /** A `keepalive` event is sent for every this many milliseconds of silence in a stream. @defaultValue 15000 */
  keepaliveIntervalMs?: number;
  /** A fault for every Responses request (or the first `count`); a request's `x-emulator-fault` header wins. */
  fault?: FaultKind | FaultSetting;
  /** `retry-after` of the `rate-limit` and `service-unavailable` faults, in seconds. @defaultValue 1 */
  retryAfterSeconds?: number;
  /** `slow-drip` pacing. @defaultValue `{ bytes: 7, intervalMs: 5 }` */
  slowDrip?: { bytes?: number; intervalMs?: number };
  /** Size of the delta that `oversized-event` sends, in bytes. @defaultValue 16 MiB */
  oversizedEventBytes?: number;
  /** Replay these recorded exchanges, one per Responses request, in order and then from the start again. */
  replay?: Transcript;
  /** The text answer, replacing the built-in deterministic answers. */
  answer?: string | ((context: AnswerContext) => string);
  /** Larger request bodies are refused with 413. @defaultValue 4 MiB */
  maxBodyBytes?: number;
  /** How many received requests {@link Emulator.requests} keeps (the oldest are dropped). @defaultValue 1000 */
  requestLogLimit?: number;
  /**
   * How much of the received bodies {@link Emulator.requests} keeps, in bytes (a body's size plus 48 bytes per JSON
   * value in it, an estimate of its size in memory). Past it, the oldest entries keep their summary (method, path,
   * headers, status, `bodyBytes`) and lose their `body` (`bodyOmitted: true`); a larger body is never kept.
   * @defaultValue 8 MiB
   */
  requestLogBytes?: number;
  /** Called for every request once its reply status is known (the command logs from here). */
  onRequest?: (request: RecordedRequest) => void;
  /**
   * The OpenAPI document to validate against. By default the package's own bundle (`sequrity-responses/openapi.json`)
   * is imported; pass it explicitly where that import cannot be resolved (some browser bundlers).
   */
  spec?: object;
}

/** The options with their defaults applied. */
export interface ResolvedOptions {
  latencyMs: number;
  tokensPerSecond: number;
  keepaliveIntervalMs: number;
  retryAfterSeconds: number;
  dripBytes: number;
  dripIntervalMs: number;
  oversizedEventBytes: number;
  maxBodyBytes: number;
  requestLogLimit: number;
  requestLogBytes: number;
}

const NON_NEGATIVE: Kind = ['a number ≥ 0', (value) => typeof value === 'number' && value >= 0, 'number'];
const POSITIVE: Kind = ['a number > 0', (value) => typeof value === 'number' && value > 0, 'number'];

/** `value` when it is given and of `kind` (else a `TypeError` or `RangeError` naming the option), or `fallback`. */
function numberOption(name: string, value: number | undefined, kind: Kind, fallback: number): number {
  checkValue(`Emulator option ${name}`, value, kind);
  return value ?? fallback;
}

/** Checks the fault and the numeric options and fills in their defaults. */
export function resolveOptions(options: EmulatorOptions): ResolvedOptions {
  const { fault, slowDrip } = options;
  checkValue(
    isObject(fault) ? 'Emulator option fault.kind' : 'Emulator option fault',
    isObject(fault) ? (fault.kind ?? null) : fault,
    enumKind(FAULT_KINDS),
  );
  return {
    latencyMs: numberOption('latencyMs', options.latencyMs, NON_NEGATIVE, 0),
    tokensPerSecond: numberOption('tokensPerSecond', options.tokensPerSecond, POSITIVE, Infinity),
    keepaliveIntervalMs: numberOption('keepaliveIntervalMs', options.keepaliveIntervalMs, POSITIVE, 15_000),
    retryAfterSeconds: numberOption('retryAfterSeconds', options.retryAfterSeconds, NON_NEGATIVE, 1),
    dripBytes: numberOption('slowDrip.bytes', slowDrip?.bytes, POSITIVE, 7),
    dripIntervalMs: numberOption('slowDrip.intervalMs', slowDrip?.intervalMs, NON_NEGATIVE, 5),
    oversizedEventBytes: numberOption(
      'oversizedEventBytes',
      options.oversizedEventBytes,
      POSITIVE,
      16 * 1024 * 1024,
    ),
    maxBodyBytes: numberOption('maxBodyBytes', options.maxBodyBytes, POSITIVE, 4 * 1024 * 1024),
    requestLogLimit: numberOption('requestLogLimit', options.requestLogLimit, NON_NEGATIVE, 1000),
    requestLogBytes: numberOption('requestLogBytes', options.requestLogBytes, NON_NEGATIVE, 8 * 1024 * 1024),
  };
}
