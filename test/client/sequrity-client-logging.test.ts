// Logging: `logLevel: 'debug'` logs each attempt (method, URL, status, duration, attempt) with the credentials
// masked; the default level logs nothing on success.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../src/client/logger.js';
import {
  API_KEY,
  clientFor,
  json,
  LLM_KEY,
  rejection,
  responseBody,
  useServers,
} from '../helpers/sequrity-server.js';

const start = useServers();
const body = { model: 'gpt-5-mini', input: 'Hello' };

afterEach(() => {
  vi.unstubAllEnvs();
});

/** A logger that keeps every line with its level. */
function capture(): Logger & { lines: [string, string][] } {
  const lines: [string, string][] = [];
  const keep =
    (level: string) =>
    (message: string, ...details: unknown[]) =>
      lines.push([level, [message, ...details.map(String)].join(' ')]);
  return { lines, error: keep('error'), warn: keep('warn'), info: keep('info'), debug: keep('debug') };
}

describe("logLevel: 'debug'", () => {
  it('logs method, URL, status, duration and attempt of a request', async () => {
    const server = await start((_request, response) => json(response, responseBody('resp_1', 'ok')));
    const logger = capture();
    await clientFor(server, { logLevel: 'debug', logger }).responses.create(body, { provider: 'openai' });
    expect(logger.lines).toHaveLength(1);
    const [level, line] = logger.lines[0] ?? [];
    expect(level).toBe('debug');
    expect(line).toMatch(
      new RegExp(
        `^\\[sequrity\\] POST ${server.url}/control/chat/openai/v1/responses -> 200 in \\d+ ms \\(attempt 1 of 3\\)`,
      ),
    );
  });

  it('shows Authorization and X-Api-Key as ***, and never the keys', async () => {
    const server = await start((_request, response) => json(response, responseBody('resp_1', 'ok')));
    const logger = capture();
    const client = clientFor(server, { logLevel: 'debug', logger, llmApiKey: LLM_KEY });
    await client.responses.create(body, { headers: { 'x-trace': 't-1' } });
    await client.responses.create(body, { llmApiKey: 'byok-per-call-Zq81xL' });
    const text = logger.lines.map(([, line]) => line).join('\n');
    expect(text).toContain('"authorization":"***"');
    expect(text).toContain('"x-api-key":"***"');
    expect(text).toContain('"x-trace":"t-1"');
    expect(text).not.toContain(API_KEY);
    expect(text).not.toContain(LLM_KEY);
    expect(text).not.toContain('byok-per-call-Zq81xL');
  });

  it('logs every attempt of a retried request, and the retry', async () => {
    let calls = 0;
    const server = await start((_request, response) =>
      ++calls === 1
        ? json(response, { detail: 'busy' }, { 'retry-after-ms': '10' }, 503)
        : json(response, responseBody('resp_1', 'ok')),
    );
    const logger = capture();
    await clientFor(server, { logLevel: 'debug', logger }).responses.create(body);
    expect(logger.lines.map(([level]) => level)).toEqual(['debug', 'info', 'debug']);
    expect(logger.lines[0]?.[1]).toMatch(/-> 503 in \d+ ms \(attempt 1 of 3\)/);
    expect(logger.lines[1]?.[1]).toMatch(
      /retrying POST \/control\/chat\/v1\/responses in 10 ms after: 503 busy/,
    );
    expect(logger.lines[2]?.[1]).toMatch(/-> 200 in \d+ ms \(attempt 2 of 3\)/);
  });

  it('names the error of an attempt that got no reply', async () => {
    const server = await start(() => {});
    const logger = capture();
    await rejection(clientFor(server, { logLevel: 'debug', logger, timeout: 50 }).responses.create(body));
    expect(logger.lines[0]?.[1]).toMatch(/-> APIConnectionTimeoutError in \d+ ms \(attempt 1 of 3\)/);
  });

  it('can come from SEQURITY_LOG', async () => {
    vi.stubEnv('SEQURITY_LOG', 'debug');
    const server = await start((_request, response) => json(response, responseBody('resp_1', 'ok')));
    const logger = capture();
    await clientFor(server, { logger }).responses.create(body);
    expect(logger.lines).toHaveLength(1);
  });
});

describe('a logger that throws', () => {
  it('does not fail the request', async () => {
    const server = await start((_request, response) => json(response, responseBody('resp_1', 'ok')));
    let calls = 0;
    const broken = () => {
      calls += 1;
      throw new Error('log sink is down');
    };
    const logger = { error: broken, warn: broken, info: broken, debug: broken };
    const result = await clientFor(server, { logLevel: 'debug', logger }).responses.create(body);
    expect(result.output_text).toBe('ok');
    expect(calls).toBe(1);
  });
});

describe('other levels', () => {
  it('the default logs nothing for a successful request', async () => {
    vi.stubEnv('SEQURITY_LOG', undefined);
    const server = await start((_request, response) => json(response, responseBody('resp_1', 'ok')));
    const logger = capture();
    await clientFor(server, { logger }).responses.create(body);
    expect(logger.lines).toEqual([]);
  });

  it("'info' logs the retries only, and 'off' nothing at all", async () => {
    const server = await start((_request, response) =>
      json(response, { detail: 'busy' }, { 'retry-after-ms': '0' }, 503),
    );
    const info = capture();
    await rejection(clientFor(server, { logLevel: 'info', logger: info }).responses.create(body));
    expect(info.lines.map(([level]) => level)).toEqual(['info', 'info']);
    const off = capture();
    await rejection(clientFor(server, { logLevel: 'off', logger: off }).responses.create(body));
    expect(off.lines).toEqual([]);
    expect(server.requests).toHaveLength(6);
  });
});
