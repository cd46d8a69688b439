// Recorded transcripts to replay: raw SSE (`.sse`), JSONL event chunks (`.chunks.txt`, `.jsonl`) and VCR cassettes
// (`.yaml`, which need the optional `yaml` peer dependency). Frames are kept byte for byte as recorded.
import { createSseEncoder } from '../streaming/sse-encoder.js';
import type { Response } from '../types.js';
import { isObject } from '../internal/validate.js';
import { loadYamlParse } from './peer.js';
import { EmulatorSetupError } from './setup-error.js';

/** One recorded HTTP exchange. */
export type RecordedExchange =
  /**
   * A streamed response: its SSE frames as recorded, and the response of its terminal event, if it has one (parsed,
   * and as the recorded JSON text, which keeps details such as `-0` that re-serialising would lose).
   */
  | { kind: 'stream'; frames: string[]; final: Response | undefined; finalText: string | undefined }
  /** A JSON reply (an error body, say): its status and the body text as recorded. */
  | { kind: 'json'; status: number; body: string };

/** A recording to replay: its exchanges, served one per request in order, then from the start again. */
export interface Transcript {
  name: string;
  exchanges: RecordedExchange[];
}

/** The recording formats {@link parseTranscript} reads. */
export type TranscriptFormat = 'sse' | 'jsonl' | 'cassette';

/** The format of a recording, from its file name; `undefined` when it is not one the emulator reads. */
export function transcriptFormat(fileName: string): TranscriptFormat | undefined {
  if (/\.sse$/i.test(fileName)) return 'sse';
  if (/\.(chunks\.txt|jsonl|ndjson)$/i.test(fileName)) return 'jsonl';
  if (/\.ya?ml$/i.test(fileName)) return 'cassette';
  return undefined;
}

const TERMINAL = new Set(['response.completed', 'response.failed', 'response.incomplete']);
type Json = Record<string, unknown>;

/** The `data` of an SSE frame (its text, and the object it holds), or `undefined` when it has no JSON object. */
function frameData(frame: string): { text: string; value: Json } | undefined {
  const data = frame
    .split(/\r\n|\r|\n/)
    .filter((line) => line.startsWith('data:'))
    .map((line) => line.slice(5).replace(/^ /, ''));
  if (data.length === 0) return undefined;
  const text = data.join('\n');
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? { text, value } : undefined;
  } catch {
    return undefined;
  }
}

/** The text of the value of the top-level `key` of a (valid) JSON object, exactly as written. */
export function rawMember(json: string, key: string): string | undefined {
  let depth = 0;
  let start = -1;
  let pendingKey: string | undefined;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (c === '"') {
      const from = i;
      for (i++; i < json.length && json[i] !== '"'; i++) if (json[i] === '\\') i++;
      if (depth === 1 && start < 0) pendingKey = JSON.parse(json.slice(from, i + 1)) as string;
    } else if (c === ':' && depth === 1 && pendingKey === key && start < 0) {
      start = i + 1;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']' || (c === ',' && depth === 1)) {
      if (depth === 1 && start >= 0) return json.slice(start, i).trim();
      if (c !== ',') depth--;
      pendingKey = undefined;
    }
  }
  return undefined;
}

/** Groups frames into responses: a new one starts at each `response.created`. */
function streamExchanges(frames: string[]): RecordedExchange[] {
  const groups: { frames: string[]; final: Response | undefined; finalText: string | undefined }[] = [];
  for (const frame of frames) {
    const data = frameData(frame);
    if (groups.length === 0 || data?.value['type'] === 'response.created') {
      groups.push({ frames: [], final: undefined, finalText: undefined });
    }
    const group = groups.at(-1) as (typeof groups)[number];
    group.frames.push(frame);
    if (data && TERMINAL.has(String(data.value['type'])) && isObject(data.value['response'])) {
      group.final = data.value['response'] as Response;
      group.finalText = rawMember(data.text, 'response');
    }
  }
  return groups.map((group) => ({ kind: 'stream', ...group }));
}

/** Splits SSE text into frames, each with its blank-line terminator, exactly as recorded. */
function sseFrames(text: string): string[] {
  return text.split(/(?<=\r\n\r\n|\n\n|\r\r)/).filter((frame) => frame.trim() !== '');
}

const sse = createSseEncoder();

function jsonlFrames(text: string, name: string): string[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      let type: unknown;
      try {
        type = (JSON.parse(line) as Json)['type'];
      } catch (cause) {
        throw new EmulatorSetupError(`Line ${index + 1} of ${name} is not JSON.`, { cause });
      }
      if (typeof type !== 'string' || /[\r\n]/.test(type)) {
        throw new EmulatorSetupError(`Line ${index + 1} of ${name} has no one-line string "type".`);
      }
      // The real wire shape: an `event:` line equal to the type, then the JSON on one `data:` line.
      return sse.frame({ event: type, data: line });
    });
}

interface Cassette {
  interactions?: {
    response?: { status?: { code?: number }; headers?: Record<string, string[]>; body?: { string?: string } };
  }[];
}

async function cassetteExchanges(text: string, name: string): Promise<RecordedExchange[]> {
  const parse = await loadYamlParse();
  const cassette: unknown = parse(text);
  const interactions = isObject(cassette) ? (cassette as Cassette).interactions : undefined;
  if (!Array.isArray(interactions)) {
    throw new EmulatorSetupError(`${name} is not a VCR cassette (no interactions).`);
  }
  return interactions.flatMap((interaction): RecordedExchange[] => {
    const response = interaction.response ?? {};
    const body = String(response.body?.string ?? '');
    const type = Object.entries(response.headers ?? {}).find(
      ([key]) => key.toLowerCase() === 'content-type',
    )?.[1];
    const types: unknown[] = Array.isArray(type) ? type : [type];
    if (types.some((value) => String(value).includes('text/event-stream')))
      return streamExchanges(sseFrames(body));
    return [{ kind: 'json', status: response.status?.code ?? 200, body }];
  });
}

/**
 * Reads a recording.
 *
 * @param text - The file's content.
 * @param format - How it is written (see {@link transcriptFormat}).
 * @param name - A name for messages, e.g. the file name.
 * @throws {@link EmulatorSetupError} when it holds no exchange, or `yaml` is needed and not installed.
 */
export async function parseTranscript(
  text: string,
  format: TranscriptFormat,
  name = 'the recording',
): Promise<Transcript> {
  const exchanges =
    format === 'cassette'
      ? await cassetteExchanges(text, name)
      : streamExchanges(format === 'sse' ? sseFrames(text) : jsonlFrames(text, name));
  if (exchanges.length === 0) throw new EmulatorSetupError(`${name} holds no recorded exchange.`);
  return { name, exchanges };
}
