// State like the real server: sessions, Sequrity call ids, previous_response_id, tool-output pairing, turn limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionOfCallId, startMockServer, type MockServer } from '../../src/testing/index.js';
import { details, expectSchema, functionTool, outputTextOf, postJson } from './helpers.js';

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server.close());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const tools = [
  functionTool('book_flight', {
    type: 'object',
    properties: { flight_number: { type: 'string' }, date: { type: 'string', format: 'date' } },
    required: ['flight_number', 'date'],
  }),
];

type Call = { type: string; call_id: string; name: string; arguments: string };
const callsOf = (response: Record<string, unknown>): Call[] =>
  (response['output'] as Call[]).filter((item) => item.type === 'function_call');

describe('sessions', () => {
  it('assigns a session to a request without X-Session-ID and echoes one that is sent', async () => {
    const first = await postJson(server.url, { model: 'm', input: 'hi' });
    const session = first.headers.get('x-session-id') ?? '';
    expect(session).toMatch(UUID);
    const again = await postJson(server.url, { model: 'm', input: 'hi' }, { 'x-session-id': session });
    expect(again.headers.get('x-session-id')).toBe(session);
    const other = await postJson(server.url, { model: 'm', input: 'hi' });
    expect(other.headers.get('x-session-id')).not.toBe(session);
  });

  it('encodes the session into function-call ids: tc-<session>-<call>', async () => {
    const reply = await postJson(server.url, { model: 'm', input: 'Book me a flight', tools });
    const session = reply.headers.get('x-session-id') ?? '';
    const [call] = callsOf(reply.body);
    expect(call?.call_id).toMatch(/^tc-[0-9a-f-]{36}-[0-9a-f-]{36}$/);
    expect(call?.call_id.slice(3, 39)).toBe(session);
    expect(sessionOfCallId(call?.call_id ?? '')).toBe(session);
  });

  it('keeps history: a previous_response_id continues its session, and tool outputs pair with the calls', async () => {
    const first = await postJson(server.url, { model: 'm', input: 'Book me a flight', tools });
    const [call] = callsOf(first.body);
    const second = await postJson(server.url, {
      model: 'm',
      previous_response_id: first.body['id'],
      input: [{ type: 'function_call_output', call_id: call?.call_id, output: 'Booked: ABC12345' }],
    });
    expect(second.status).toBe(200);
    expect(second.headers.get('x-session-id')).toBe(first.headers.get('x-session-id'));
    expect(second.body['previous_response_id']).toBe(first.body['id']);
    expect(outputTextOf(second.body)).toBe('The tools returned:\nbook_flight: Booked: ABC12345');
    expectSchema('Response', second.body);
  });

  it('finds the session from the call id alone when nothing else names it', async () => {
    const first = await postJson(server.url, { model: 'm', input: 'Book me a flight', tools });
    const [call] = callsOf(first.body);
    const second = await postJson(server.url, {
      model: 'm',
      input: [{ type: 'function_call_output', call_id: call?.call_id, output: 'ok' }],
    });
    expect(second.status).toBe(200);
    expect(second.headers.get('x-session-id')).toBe(first.headers.get('x-session-id'));
  });

  it('rejects an unknown previous_response_id with 400', async () => {
    const reply = await postJson(server.url, { model: 'm', input: 'hi', previous_response_id: 'resp_nope' });
    expect(reply.status).toBe(400);
    expect(details(reply.body)).toEqual([
      {
        loc: ['body', 'previous_response_id'],
        msg: "Previous response with id 'resp_nope' not found.",
        type: 'value_error',
      },
    ]);
  });

  it('rejects a function_call_output whose call_id it never issued', async () => {
    const reply = await postJson(server.url, {
      model: 'm',
      input: [{ type: 'function_call_output', call_id: 'call_made_up', output: 'x' }],
    });
    expect(reply.status).toBe(400);
    expect(details(reply.body)).toEqual([
      {
        loc: ['body', 'input', 0, 'call_id'],
        msg: 'No tool call found for function call output with call_id call_made_up.',
        type: 'value_error',
      },
    ]);
  });

  it('rejects a follow-up that leaves an issued call unanswered, in OpenAI’s words', async () => {
    const first = await postJson(server.url, {
      model: 'm',
      input: 'book_flight twice, and book_hotel',
      tools: [...tools, functionTool('book_hotel')],
    });
    const calls = callsOf(first.body);
    expect(calls.map((call) => call.name)).toEqual(['book_flight', 'book_hotel']);
    const reply = await postJson(server.url, {
      model: 'm',
      previous_response_id: first.body['id'],
      input: [{ type: 'function_call_output', call_id: calls[0]?.call_id, output: 'ok' }],
    });
    expect(reply.status).toBe(400);
    expect(details(reply.body)).toEqual([
      {
        loc: ['body', 'input'],
        msg: `No tool output found for function call ${calls[1]?.call_id}.`,
        type: 'value_error',
      },
    ]);
  });

  it('requires an output for a function_call replayed in the input (stateless history)', async () => {
    const input = [
      { role: 'user', content: 'Book me a flight' },
      { type: 'function_call', call_id: 'call_1', name: 'book_flight', arguments: '{}' },
      { role: 'user', content: 'and?' },
    ];
    const missing = await postJson(server.url, { model: 'm', input, tools });
    expect(details(missing.body)[0]?.msg).toBe('No tool output found for function call call_1.');
    const answered = await postJson(server.url, {
      model: 'm',
      input: [...input.slice(0, 2), { type: 'function_call_output', call_id: 'call_1', output: 'ok' }],
      tools,
    });
    expect(answered.status).toBe(200);
    expect(outputTextOf(answered.body)).toBe('The tools returned:\nbook_flight: ok');
  });
});

describe('fsm.max_n_turns', () => {
  it('ends the turn after the limit with a failed response naming the limit; tool rounds are not turns', async () => {
    const config = { 'x-config': JSON.stringify({ fsm: { max_n_turns: 2 } }) };
    const first = await postJson(server.url, { model: 'm', input: 'Book me a flight', tools }, config);
    const session = first.headers.get('x-session-id') ?? '';
    const [call] = callsOf(first.body);
    const headers = { ...config, 'x-session-id': session };
    const toolRound = await postJson(
      server.url,
      {
        model: 'm',
        previous_response_id: first.body['id'],
        input: [{ type: 'function_call_output', call_id: call?.call_id, output: 'ok' }],
      },
      headers,
    );
    expect(toolRound.body['status']).toBe('completed'); // turn 1 ends here
    const second = await postJson(server.url, { model: 'm', input: 'hello again' }, headers);
    expect(second.body['status']).toBe('completed'); // turn 2
    const third = await postJson(server.url, { model: 'm', input: 'one more' }, { 'x-session-id': session });
    expect(third.status).toBe(200);
    expect(third.body['status']).toBe('failed');
    expect(third.body['error']).toEqual({
      code: 'max_n_turns_exceeded',
      message: `Session ${session} has used all 2 turns that fsm.max_n_turns allows; start a new session (send no X-Session-ID) to continue.`,
    });
    expect(outputTextOf(third.body)).toContain('fsm.max_n_turns');
    expectSchema('Response', third.body);
  });

  it('puts the limit into the dual-LLM result when the session runs dual-LLM', async () => {
    const headers = {
      'x-config': JSON.stringify({ fsm: { max_n_turns: 1 } }),
      'x-features': JSON.stringify({ agent_arch: 'dual-llm' }),
    };
    const first = await postJson(server.url, { model: 'm', input: 'hi' }, headers);
    const session = first.headers.get('x-session-id') ?? '';
    const second = await postJson(
      server.url,
      { model: 'm', input: 'hi' },
      { ...headers, 'x-session-id': session },
    );
    const result = JSON.parse(outputTextOf(second.body)) as Record<string, unknown>;
    expect(result).toMatchObject({ status: 'failure', error: { code: 'max_n_turns_exceeded' } });
    expectSchema('DualLlmResult', result);
  });
});
