// The package's own reading path against the emulator: the generated low-level client (createLowLevelClient) and
// ResponseStream read its JSON replies, streams and faults correctly, over HTTP and through the in-process fetch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createLowLevelClient,
  encodeJsonHeaders,
  ResponseStream,
  StreamError,
  type LowLevelClient,
  type StreamEvent,
} from '../../src/index.js';
import { createEmulator, startMockServer, type MockServer } from '../../src/testing/index.js';
import { expectSchema, functionTool } from './helpers.js';

let server: MockServer;
let overHttp: LowLevelClient;
let inProcess: LowLevelClient;
beforeAll(async () => {
  server = await startMockServer();
  const headers = { Authorization: 'Bearer sk-test-0123456789' };
  overHttp = createLowLevelClient({ baseUrl: server.url, headers });
  const emulator = await createEmulator();
  inProcess = createLowLevelClient({ baseUrl: 'http://emulator.test', headers, fetch: emulator.fetch });
});
afterAll(() => server.close());

async function streamed(
  client: LowLevelClient,
  body: Record<string, unknown>,
  header: Record<string, string> = {},
): Promise<ResponseStream> {
  const { response } = await client.createResponse({
    params: { path: { endpoint_type: 'chat' }, header },
    body: { model: 'gpt-5-mini', ...body, stream: true },
    parseAs: 'stream',
  });
  return ResponseStream.fromResponse(response);
}

describe.each(['over HTTP', 'in process'])('the low-level client and ResponseStream, %s', (transport) => {
  // The clients exist once beforeAll ran, so each test picks its own when it runs.
  const client = (): LowLevelClient => (transport === 'over HTTP' ? overHttp : inProcess);

  it('read a JSON reply and its session header', async () => {
    const { data, error, response } = await client().createResponse({
      params: {
        path: { endpoint_type: 'chat' },
        header: encodeJsonHeaders({ 'X-Features': { agent_arch: 'single-llm' } }),
      },
      body: { model: 'gpt-5-mini', input: 'Say hello' },
    });
    expect(error).toBeUndefined();
    expect(data?.status).toBe('completed');
    expect(response.headers.get('x-session-id')).toMatch(/^[0-9a-f-]{36}$/);
    expectSchema('Response', data);
  });

  it('rebuild the streamed answer: the final response equals the server’s completed event', async () => {
    const stream = await streamed(client(), { input: 'What is the largest prime number below 100?' });
    const events: StreamEvent[] = [];
    for await (const event of stream) events.push(event);
    const final = await stream.finalResponse();
    const completed = events.at(-1) as { type: string; response: Record<string, unknown> };
    expect(completed.type).toBe('response.completed');
    expect(final).toEqual({
      ...completed.response,
      session_id: stream.sessionId,
      request_id: stream.requestId,
      output_text: 'The largest prime number below 100 is 97.',
    });
    expect(stream.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(stream.requestId).toMatch(/^req_/);
  });

  it('rebuild streamed function calls and a dual-LLM answer', async () => {
    const tools = [
      functionTool('get_weather', {
        type: 'object',
        properties: { city: { type: 'string' } },
        required: ['city'],
      }),
      functionTool('get_time'),
    ];
    const calls = await (
      await streamed(client(), { input: 'get_weather and get_time', tools })
    ).finalResponse();
    expect(calls.output.map((item) => item.type === 'function_call' && [item.name, item.arguments])).toEqual([
      ['get_weather', '{"city":"example city"}'],
      ['get_time', '{}'],
    ]);
    const dual = await (
      await streamed(
        client(),
        { input: 'Say hello' },
        encodeJsonHeaders({ 'X-Features': { agent_arch: 'dual-llm' } }),
      )
    ).finalResponse();
    expect(JSON.parse(dual.output_text)).toMatchObject({
      status: 'success',
      final_return_value: { value: 'Hello!' },
    });
  });

  it('resolve a streamed policy denial as a failed response, not an error', async () => {
    const final = await (
      await streamed(
        client(),
        { input: 'send_email', tools: [functionTool('send_email')] },
        encodeJsonHeaders({ 'X-Policy': { codes: { code: 'deny send_email', language: 'sqrt' } } }),
      )
    ).finalResponse();
    expect(final.status).toBe('failed');
    expect(final.output_text).toContain("'send_email' is denied");
  });

  it('report a dropped stream as a failure with the partial response', async () => {
    const stream = await streamed(
      client(),
      { input: 'one two three' },
      { 'x-emulator-fault': 'drop-mid-stream' },
    );
    const failure = await stream.finalResponse().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StreamError);
    expect(['read-failed', 'incomplete-stream']).toContain((failure as StreamError).type);
    expect((failure as StreamError).response?.status).toBe('in_progress');
  });
});
