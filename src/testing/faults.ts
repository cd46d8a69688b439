// Faults: which one applies to a request (the `x-emulator-fault` header, else the server's setting), the replies of
// the faults that replace the answer, and how the others reshape a stream or a JSON body.
import { createSseEncoder } from '../streaming/sse-encoder.js';
import type { Response as ApiResponse, ValidationErrorDetail } from '../types.js';
import { connectionReset, errorReply } from './http-replies.js';
import {
  FAULT_KINDS,
  isFaultKind,
  type EmulatorOptions,
  type FaultKind,
  type ResolvedOptions,
} from './options.js';
import type { BodyPart, WriteOptions } from './sse.js';

/** The request header that asks for a fault. */
export const FAULT_HEADER = 'x-emulator-fault';

/** Hands out the server-wide fault, counting down its `count`. */
export class ServerFault {
  readonly #kind: FaultKind | undefined;
  #remaining: number;

  constructor(setting: EmulatorOptions['fault']) {
    this.#kind = typeof setting === 'string' ? setting : setting?.kind;
    this.#remaining = typeof setting === 'object' ? (setting.count ?? Infinity) : Infinity;
  }

  /** The fault for the next request, if any (each call uses up one of `count`). */
  take(): FaultKind | undefined {
    if (this.#kind === undefined || this.#remaining <= 0) return undefined;
    this.#remaining--;
    return this.#kind;
  }
}

/** The fault a request asked for with `x-emulator-fault`, `undefined` for none, or the error of an unknown kind. */
export function requestedFault(request: Request): FaultKind | undefined | ValidationErrorDetail[] {
  const value = request.headers.get(FAULT_HEADER)?.trim();
  if (value === undefined || value === '') return undefined;
  if (isFaultKind(value)) return value;
  return [
    {
      loc: ['header', FAULT_HEADER],
      msg: `Unknown fault ${JSON.stringify(value.slice(0, 64))}; expected one of ${FAULT_KINDS.join(', ')}.`,
      type: 'enum',
    },
  ];
}

/**
 * The reply of a fault that replaces the answer (`rate-limit`, `server-error`, `service-unavailable`,
 * `reset-before-headers`, `stall`), or `undefined` for a fault that reshapes the answer instead.
 */
export async function replacingFault(
  kind: FaultKind,
  options: ResolvedOptions,
  signal: AbortSignal,
): Promise<globalThis.Response | undefined> {
  const retryAfter = {
    'retry-after': String(options.retryAfterSeconds),
    'retry-after-ms': String(options.retryAfterSeconds * 1000),
  };
  switch (kind) {
    case 'rate-limit':
      return errorReply(
        429,
        `Rate limit exceeded (emulated fault rate-limit); retry after ${options.retryAfterSeconds} s.`,
        retryAfter,
      );
    case 'server-error':
      return errorReply(500, 'Internal server error (emulated fault server-error).');
    case 'service-unavailable':
      return errorReply(503, 'Service unavailable (emulated fault service-unavailable).', retryAfter);
    case 'reset-before-headers':
      return connectionReset();
    case 'stall':
      // Nothing is sent until the client gives up or the server closes (both abort the signal).
      await new Promise<void>((resolve) => {
        if (signal.aborted) resolve();
        else signal.addEventListener('abort', () => resolve(), { once: true });
      });
      return connectionReset();
    default:
      return undefined;
  }
}

const ERROR_MESSAGE = 'The emulator injected an error event (fault error-event).';

/** The `error` event in the nested shape the real API sends. */
function errorEvent(): BodyPart {
  return {
    event: {
      type: 'error',
      sequence_number: 0,
      error: { type: 'server_error', code: 'server_error', message: ERROR_MESSAGE, param: null },
    },
  };
}

/** A response as `failed` by an injected server error. */
export function failedResponse(response: ApiResponse): ApiResponse {
  return {
    ...response,
    status: 'failed',
    completed_at: null,
    error: { code: 'server_error', message: ERROR_MESSAGE },
    output: [],
    usage: null,
  };
}

/** Index of the first delta part, or of the third part when there is none (after created and in_progress). */
function firstDeltaIndex(parts: readonly BodyPart[]): number {
  const index = parts.findIndex((part) => 'event' in part && part.event.type.endsWith('.delta'));
  return index >= 0 ? index : Math.min(2, parts.length);
}

/**
 * How a fault reshapes a stream: the parts to write and the writer options to add. `snapshot` is the response the
 * stream is about (for `error-event`'s `response.failed`); `oversizedBytes` pads a keepalive for replayed streams.
 */
export function shapeStream(
  kind: FaultKind | undefined,
  parts: BodyPart[],
  options: ResolvedOptions,
  snapshot: ApiResponse | undefined,
  replayed: boolean,
): { parts: BodyPart[]; write: Partial<WriteOptions> } {
  switch (kind) {
    case 'drop-mid-stream':
      return {
        parts: [...parts.slice(0, Math.max(2, Math.floor(parts.length / 2))), { drop: true }],
        write: {},
      };
    case 'keepalive-only':
      return { parts: [], write: { endless: true } };
    case 'slow-drip':
      return { parts, write: { drip: { bytes: options.dripBytes, intervalMs: options.dripIntervalMs } } };
    case 'malformed-event': {
      const at = firstDeltaIndex(parts) + 1;
      const broken = createSseEncoder().frame({
        event: 'response.output_text.delta',
        data: '{"type":"response.output_text.delta","delta":"trunc',
      });
      return { parts: [...parts.slice(0, at), { text: broken }, ...parts.slice(at)], write: {} };
    }
    case 'error-event': {
      const head = parts.slice(0, firstDeltaIndex(parts) + 1);
      const failed: BodyPart[] = snapshot
        ? [{ event: { type: 'response.failed', sequence_number: 0, response: failedResponse(snapshot) } }]
        : [];
      return { parts: [...head, errorEvent(), ...failed], write: {} };
    }
    case 'oversized-event': {
      if (!replayed) return { parts, write: {} };
      const padding: BodyPart = {
        event: { type: 'keepalive', sequence_number: 0, padding: 'x'.repeat(options.oversizedEventBytes) },
      };
      const at = Math.min(2, parts.length);
      return { parts: [...parts.slice(0, at), padding, ...parts.slice(at)], write: {} };
    }
    default:
      return { parts, write: {} };
  }
}

/** How a fault reshapes a JSON reply body. */
export function shapeJson(
  kind: FaultKind | undefined,
  text: string,
  options: ResolvedOptions,
): { parts: BodyPart[]; write: Partial<WriteOptions> } {
  const half = text.slice(0, Math.floor(text.length / 2));
  switch (kind) {
    case 'drop-mid-stream':
      return { parts: [{ text: half }, { drop: true }], write: {} };
    case 'malformed-event':
      return { parts: [{ text: half }], write: {} };
    case 'keepalive-only':
      return { parts: [], write: { endless: true, keepaliveText: ' ' } };
    case 'slow-drip':
      return {
        parts: [{ text }],
        write: { drip: { bytes: options.dripBytes, intervalMs: options.dripIntervalMs } },
      };
    default:
      return { parts: [{ text }], write: {} };
  }
}
