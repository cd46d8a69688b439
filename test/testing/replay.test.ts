// Replaying every recording in the shared fixtures: the streamed bytes and events are the recorded ones, a JSON
// request gets the recorded final response, and recorded error replies keep their status.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadTranscript,
  parseTranscript,
  startMockServer,
  transcriptFormat,
  type MockServer,
} from '../../src/testing/index.js';
import { fixturesDir, hasFixtures, loadRecordings, missingFixturesReason } from '../helpers/fixtures.js';
import { parseSse, post, postJson } from './helpers.js';

const TERMINAL = new Set(['response.completed', 'response.failed', 'response.incomplete']);
const recordings = loadRecordings();
const files = hasFixtures
  ? readdirSync(fixturesDir)
      .filter((file) => transcriptFormat(file) !== undefined)
      .sort()
  : [];
const derived = hasFixtures
  ? readdirSync(join(fixturesDir, 'derived'))
      .filter((file) => file.endsWith('.sse'))
      .sort()
  : [];

async function withServer<T>(path: string, run: (server: MockServer) => Promise<T>): Promise<T> {
  const server = await startMockServer({ replay: path });
  try {
    return await run(server);
  } finally {
    await server.close();
  }
}

const request = { model: 'gpt-5-mini', input: 'replay' };

describe.skipIf(!hasFixtures)(
  `replay of the shared recordings ${hasFixtures ? '' : missingFixturesReason}`,
  () => {
    it('finds the recordings', () => {
      expect(files.length).toBeGreaterThanOrEqual(15);
      expect(derived.length).toBeGreaterThanOrEqual(9);
    });

    it.each(files)(
      '%s: streams every recorded event exactly, then the final responses as JSON',
      async (file) => {
        const expected = recordings.filter((recording) => recording.name.startsWith(`${file}#`));
        const transcript = await loadTranscript(join(fixturesDir, file));
        const streams = transcript.exchanges.filter((exchange) => exchange.kind === 'stream');
        expect(streams).toHaveLength(expected.length);
        await withServer(join(fixturesDir, file), async (server) => {
          for (const exchange of transcript.exchanges) {
            const reply = await post(server.url, { ...request, stream: true });
            if (exchange.kind === 'json') {
              expect(reply.status).toBe(exchange.status);
              expect(await reply.text()).toBe(exchange.body);
              continue;
            }
            const recording = expected.shift();
            const text = await reply.text();
            expect(reply.headers.get('content-type')).toContain('text/event-stream');
            expect(parseSse(text).map((message) => message.data)).toEqual(recording?.rawEvents);
            // Cassettes hold the raw SSE: the bytes are the recorded ones.
            if (!file.endsWith('.chunks.txt')) expect(text).toBe(new TextDecoder().decode(recording?.sse));
          }
          for (const exchange of transcript.exchanges) {
            const reply = await post(server.url, request);
            const text = await reply.text();
            if (exchange.kind === 'json') {
              expect(reply.status).toBe(exchange.status);
              continue;
            }
            const terminal = exchange.frames
              .map((frame) => parseSse(frame)[0]?.data ?? '')
              .map((data) => JSON.parse(data) as { type: string; response?: unknown })
              .findLast((event) => TERMINAL.has(event.type));
            if (terminal) {
              expect(reply.status).toBe(200);
              // Equal down to a recorded -0, which only the recorded JSON text (not a re-serialisation) keeps.
              expect(JSON.parse(text)).toEqual(terminal.response);
            } else {
              expect(reply.status).toBe(502);
            }
          }
        });
      },
    );

    it.each(derived)('derived/%s: replays the raw SSE byte for byte', async (file) => {
      const path = join(fixturesDir, 'derived', file);
      await withServer(path, async (server) => {
        const reply = await post(server.url, { ...request, stream: true });
        expect(await reply.text()).toBe(readFileSync(path, 'utf8'));
      });
    });

    it('replays a recorded error reply with its status and body', async () => {
      await withServer(join(fixturesDir, 'dd-trace-py__response_error.yaml'), async (server) => {
        const reply = await postJson(server.url, request);
        expect(reply.status).toBe(401);
        expect(reply.body).toMatchObject({ error: { code: 'invalid_api_key' } });
      });
    });

    it('serves the exchanges in order, then from the start again', async () => {
      const file = join(fixturesDir, 'vercel-ai__openai-reasoning-encrypted-content.1.chunks.txt');
      const transcript = await loadTranscript(file);
      expect(transcript.exchanges).toHaveLength(4);
      await withServer(file, async (server) => {
        const ids = [];
        for (let i = 0; i < 5; i++) ids.push((await postJson(server.url, request)).body['id']);
        expect(ids[4]).toBe(ids[0]);
        expect(new Set(ids.slice(0, 4)).size).toBe(4);
      });
    });

    it('still validates requests and assigns a session while replaying', async () => {
      await withServer(join(fixturesDir, 'derived', derived[0] as string), async (server) => {
        expect((await postJson(server.url, { input: 'no model' })).status).toBe(400);
        const reply = await post(server.url, { ...request, stream: true });
        expect(reply.headers.get('x-session-id')).toMatch(/^[0-9a-f-]{36}$/);
        await reply.body?.cancel();
      });
    });
  },
);

describe('parseTranscript', () => {
  it('splits JSONL chunks into responses at response.created', async () => {
    const lines = [
      { type: 'response.created', response: { id: 'a' } },
      { type: 'response.completed', response: { id: 'a', status: 'completed' } },
      { type: 'response.created', response: { id: 'b' } },
    ].map((event) => JSON.stringify(event));
    const transcript = await parseTranscript(lines.join('\n'), 'jsonl', 'two.jsonl');
    expect(
      transcript.exchanges.map((exchange) => exchange.kind === 'stream' && exchange.frames.length),
    ).toEqual([2, 1]);
    expect(transcript.exchanges[0]).toMatchObject({ final: { id: 'a', status: 'completed' } });
    expect(transcript.exchanges[1]).toMatchObject({ final: undefined });
  });

  it('names the file and line of a JSONL recording that is not JSON', async () => {
    await expect(parseTranscript('{"type":"x"}\nnot json', 'jsonl', 'bad.jsonl')).rejects.toThrow(
      'Line 2 of bad.jsonl is not JSON.',
    );
  });

  it('frames JSONL chunks as event: <type> and data: <line>, and names a line without a one-line type', async () => {
    const line = '{"type":"response.created","response":{"id":"a"}}';
    const transcript = await parseTranscript(line, 'jsonl', 'one.jsonl');
    expect(transcript.exchanges[0]).toMatchObject({ frames: [`event: response.created\ndata: ${line}\n\n`] });
    await expect(parseTranscript('{"type":"x"}\n{"no":"type"}', 'jsonl', 'bad.jsonl')).rejects.toThrow(
      'Line 2 of bad.jsonl has no one-line string "type".',
    );
    await expect(parseTranscript('{"type":"a\\nb"}', 'jsonl', 'bad.jsonl')).rejects.toThrow(
      'Line 1 of bad.jsonl has no one-line string "type".',
    );
  });

  it('refuses an empty recording and a file of an unknown kind', async () => {
    await expect(parseTranscript('\n\n', 'sse', 'empty.sse')).rejects.toThrow(
      'empty.sse holds no recorded exchange.',
    );
    await expect(loadTranscript('/tmp/recording.txt')).rejects.toThrow(/expected a \.sse, \.chunks\.txt/);
    await expect(startMockServer({ replay: '/nonexistent/x.sse' })).rejects.toThrow(
      'Cannot read the recording /nonexistent/x.sse.',
    );
  });
});
