// Access to the shared recordings of real Responses API streams. They are read in place from the folder named by
// SEQURITY_FIXTURES (default ../shared/fixtures beside the project) and never copied into the project.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const projectDir = fileURLToPath(new URL('../..', import.meta.url));

/** The folder the recordings are read from. */
export const fixturesDir = resolve(projectDir, process.env['SEQURITY_FIXTURES'] ?? '../shared/fixtures');

/** Whether the recordings are present; tests that need them are skipped (with this reason) when they are not. */
export const hasFixtures = existsSync(join(fixturesDir, 'INDEX.md'));
export const missingFixturesReason = `recorded fixtures not found in ${fixturesDir} (set SEQURITY_FIXTURES to their folder)`;

if (!hasFixtures) console.warn(`Skipping fixture tests: ${missingFixturesReason}`);

/** One recorded HTTP response body that is a Responses event stream. */
export interface Recording {
  /** `<file>#<interaction or stream number>`. */
  name: string;
  /** The stream as SSE bytes, exactly as the server sent them (JSONL recordings are re-framed). */
  sse: Uint8Array;
  /** The recorded events, in order, parsed independently of the code under test. */
  events: { type: string; [key: string]: unknown }[];
  /** Each event's JSON text exactly as recorded (re-serialising would lose details such as `-0`). */
  rawEvents: string[];
}

const encoder = new TextEncoder();
type RecordedEvent = Recording['events'][number];

/** JSONL chunk files hold one JSON event per line; several responses in a row are split at `response.created`. */
function jsonlRecordings(file: string): Recording[] {
  const lines = readFileSync(join(fixturesDir, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const groups: string[][] = [];
  for (const line of lines) {
    const type = (JSON.parse(line) as RecordedEvent).type;
    if (type === 'response.created' || groups.length === 0) groups.push([]);
    groups.at(-1)?.push(line);
  }
  return groups.map((group, index) => ({
    name: `${file}#${index}`,
    // The real wire shape: an `event:` line equal to the type, then the JSON on one `data:` line.
    sse: encoder.encode(
      group.map((line) => `event: ${(JSON.parse(line) as RecordedEvent).type}\ndata: ${line}\n\n`).join(''),
    ),
    events: group.map((line) => JSON.parse(line) as RecordedEvent),
    rawEvents: group,
  }));
}

interface Cassette {
  interactions: {
    response: { status: { code: number }; headers: Record<string, string[]>; body: { string: string } };
  }[];
}

function isEventStream(headers: Record<string, string[]>): boolean {
  return Object.entries(headers).some(
    ([name, values]) =>
      name.toLowerCase() === 'content-type' && values.some((v) => v.includes('text/event-stream')),
  );
}

/** VCR cassettes hold the raw SSE body of each interaction. */
function cassetteRecordings(file: string): Recording[] {
  const cassette = parse(readFileSync(join(fixturesDir, file), 'utf8')) as Cassette;
  return cassette.interactions.flatMap((interaction, index) => {
    const { headers, body } = interaction.response;
    if (!isEventStream(headers)) return [];
    const rawEvents = body.string
      .split('\n')
      .filter((line) => line.startsWith('data: '))
      .map((line) => line.slice('data: '.length));
    const events = rawEvents.map((line) => JSON.parse(line) as RecordedEvent);
    return [{ name: `${file}#${index}`, sse: encoder.encode(body.string), events, rawEvents }];
  });
}

/** Every recorded event stream in the fixtures folder. */
export function loadRecordings(): Recording[] {
  if (!hasFixtures) return [];
  return readdirSync(fixturesDir)
    .sort()
    .flatMap((file) =>
      file.endsWith('.chunks.txt')
        ? jsonlRecordings(file)
        : file.endsWith('.yaml')
          ? cassetteRecordings(file)
          : [],
    );
}

/** Every recorded HTTP error body (JSON), with its status. */
export function loadErrorBodies(): {
  name: string;
  status: number;
  body: unknown;
  headers: Record<string, string>;
}[] {
  if (!hasFixtures) return [];
  const bodies = [];
  for (const file of readdirSync(fixturesDir).sort()) {
    if (file.endsWith('.json') && file !== 'manifest.json') {
      bodies.push({
        name: file,
        status: 429,
        body: JSON.parse(readFileSync(join(fixturesDir, file), 'utf8')),
        headers: {},
      });
    } else if (file.endsWith('.yaml')) {
      const cassette = parse(readFileSync(join(fixturesDir, file), 'utf8')) as Cassette;
      cassette.interactions.forEach(({ response }, index) => {
        if (response.status.code < 400) return;
        const headers = Object.fromEntries(
          Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), v[0] ?? '']),
        );
        bodies.push({
          name: `${file}#${index}`,
          status: response.status.code,
          body: JSON.parse(response.body.string),
          headers,
        });
      });
    }
  }
  return bodies;
}

/** Splits bytes into chunks of `size` bytes (the last may be shorter). */
export function chunk(bytes: Uint8Array, size: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let start = 0; start < bytes.length; start += size) chunks.push(bytes.subarray(start, start + size));
  return chunks;
}

/** A fetch `Response` whose body delivers `chunks` one by one, as a network would. */
export function streamResponse(chunks: Uint8Array[], headers: Record<string, string> = {}): Response {
  let index = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[index++];
      if (next) controller.enqueue(next);
      else controller.close();
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream', ...headers } });
}
