// The Responses tool loop (`client.responses.runTools`) against a loopback server that plays Sequrity with the
// emulator's session rules: it refuses an output for a call never issued, a call left without its output, a foreign
// session or an unknown previous response.
import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseDualLlmResult } from '../../src/client/dual-llm-result.js';
import { sessionIdFromCallId } from '../../src/client/sessions.js';
import { functionTool } from '../../src/client/function-tools.js';
import {
  functionCall,
  message,
  outputsOf,
  useToolServer,
  type Answer,
  type Turn,
} from '../helpers/tool-server.js';
import {
  ANSWER,
  time,
  twoCallsThenText,
  weather,
  weatherParameters,
  wireTime,
  wireWeather,
} from './tool-loop-fixtures.js';

const { serve, client } = useToolServer();

/** A tool that notes in `log` when its run starts and ends, and waits for `gate` in between. */
const loggedTool = (name: string, log: string[], gate: () => Promise<unknown> = () => sleep(20)) =>
  functionTool({
    name,
    parameters: weatherParameters,
    run: async () => {
      log.push(`${name} started`);
      await gate();
      log.push(`${name} ended`);
      return 'done';
    },
  });

describe('runTools', () => {
  it('runs both calls of a round and sends exactly one output per call id, threaded to the previous response', async () => {
    const s = await serve(twoCallsThenText);
    const sequrity = client(s);

    const response = await sequrity.responses.runTools({
      model: 'gpt-5-mini',
      instructions: 'Answer briefly.',
      temperature: 0.2,
      input: 'Weather in Paris and time in Oslo?',
      tools: [weather, time],
    });

    expect(response.output_text).toBe(ANSWER);
    expect(s.turns).toHaveLength(2);
    const [first, second] = s.turns as [Turn, Turn];
    expect(first.sentSession).toBeUndefined();
    expect(first.body).toEqual({
      model: 'gpt-5-mini',
      instructions: 'Answer briefly.',
      temperature: 0.2,
      input: 'Weather in Paris and time in Oslo?',
      tools: [wireWeather, wireTime],
    });
    const calls = s.stored.get(second.body.previous_response_id ?? '')?.output ?? [];
    expect(calls.map((call) => call['name'])).toEqual(['get_weather', 'get_time']);
    // The follow-up: same model, instructions, settings and tools; only the new outputs as input.
    expect(second.body).toEqual({
      model: 'gpt-5-mini',
      instructions: 'Answer briefly.',
      temperature: 0.2,
      tools: [wireWeather, wireTime],
      previous_response_id: [...s.stored.keys()][0],
      input: [
        {
          type: 'function_call_output',
          call_id: calls[0]?.['call_id'],
          output: '{"city":"Paris","forecast":"sunny"}',
        },
        { type: 'function_call_output', call_id: calls[1]?.['call_id'], output: '12:00 in Oslo' },
      ],
    });
    expect(second.sentSession).toBe(first.session);
    expect(sessionIdFromCallId(calls[0]?.['call_id'] as string)).toBe(first.session);
    expect(response.session_id).toBe(first.session);
    expect(response.id).toBe([...s.stored.keys()][1]);
  });

  it('never sends run: the raw bodies carry the tools as wire objects only', async () => {
    const s = await serve(twoCallsThenText);
    await client(s).responses.runTools({ model: 'gpt-5-mini', input: 'Hi', tools: [weather, time] });
    for (const turn of s.turns) {
      expect(turn.request.body).not.toContain('"run"');
      for (const tool of turn.body.tools ?? []) expect(Object.keys(tool as object)).not.toContain('run');
    }
  });

  it('runs the calls of a round in parallel: each tool starts before the other ends', async () => {
    const s = await serve(twoCallsThenText);
    const log: string[] = [];
    // Neither tool ends before both have started: run one after the other, they would wait forever.
    let started = 0;
    let bothStarted!: () => void;
    const barrier = new Promise<void>((resolve) => (bothStarted = resolve));
    const gate = () => {
      if (++started === 2) bothStarted();
      return barrier;
    };

    await client(s).responses.runTools({
      model: 'gpt-5-mini',
      input: 'Both, please.',
      tools: [loggedTool('get_weather', log, gate), loggedTool('get_time', log, gate)],
    });

    expect(log.slice(0, 2).sort()).toEqual(['get_time started', 'get_weather started']);
    expect(log.slice(2).sort()).toEqual(['get_time ended', 'get_weather ended']);
  }, 10_000); // run one after the other, the tools would wait for each other until this timeout

  it('runs them one after the other with parallel_tool_calls: false, in the order of the calls', async () => {
    const s = await serve(twoCallsThenText);
    const log: string[] = [];

    await client(s).responses.runTools({
      model: 'gpt-5-mini',
      input: 'Both, please.',
      parallel_tool_calls: false,
      tools: [loggedTool('get_time', log), loggedTool('get_weather', log)],
    });

    expect(log).toEqual(['get_weather started', 'get_weather ended', 'get_time started', 'get_time ended']);
    expect(s.turns.map((turn) => turn.body['parallel_tool_calls'])).toEqual([false, false]);
  });

  it('repeats until a round has no function calls, each round continuing the one before', async () => {
    const s = await serve((turn) =>
      turn.index < 4
        ? { output: [functionCall(turn.session, 'get_weather', { city: `City ${turn.index}` })] }
        : { output: [message('Done after three rounds of tools.')] },
    );
    const response = await client(s).responses.runTools({
      model: 'gpt-5-mini',
      input: 'Go',
      tools: [weather],
    });

    expect(response.output_text).toBe('Done after three rounds of tools.');
    const ids = [...s.stored.keys()];
    expect(s.turns.map((turn) => turn.body.previous_response_id)).toEqual([
      undefined,
      ids[0],
      ids[1],
      ids[2],
    ]);
    expect(s.turns.slice(1).map((turn) => outputsOf(turn.body).map((output) => output.output))).toEqual([
      ['{"city":"City 1","forecast":"rain"}'],
      ['{"city":"City 2","forecast":"rain"}'],
      ['{"city":"City 3","forecast":"rain"}'],
    ]);
    expect(new Set(s.turns.map((turn) => turn.session)).size).toBe(1);
  });

  it('returns the first response when the model calls no function, after one request', async () => {
    const s = await serve(() => ({ output: [message('No tools needed.')] }));
    const response = await client(s).responses.runTools({
      model: 'gpt-5-mini',
      input: 'Hi',
      tools: [weather],
    });
    expect(response.output_text).toBe('No tools needed.');
    expect(s.turns).toHaveLength(1);
  });

  it('gives each tool its parsed arguments and its call id', async () => {
    const s = await serve(twoCallsThenText);
    const seen: unknown[] = [];
    const probe = functionTool<{ city: string }>({
      name: 'get_weather',
      parameters: weatherParameters,
      run: (args, context) => {
        seen.push({ args, callId: context.callId, aborted: context.signal.aborted });
        return 'ok';
      },
    });
    await client(s).responses.runTools({ model: 'gpt-5-mini', input: 'Hi', tools: [probe, time] });
    const callId = (s.stored.values().next().value?.output[0]?.['call_id'] as string) ?? '';
    expect(seen).toEqual([{ args: { city: 'Paris' }, callId, aborted: false }]);
  });
});

describe('runTools: what the model sees when a call cannot be run', () => {
  const badCalls = (turn: Turn): Answer =>
    turn.previous === undefined
      ? {
          output: [
            functionCall(turn.session, 'get_weather', '{"city": "Paris"'),
            functionCall(turn.session, 'get_stock_price', { symbol: 'ACME' }),
            functionCall(turn.session, 'explode', {}),
            functionCall(turn.session, 'get_weather', '[1, 2]'),
          ],
        }
      : { output: [message('Sorry, the tools failed.')] };
  const explode = functionTool({
    name: 'explode',
    parameters: { type: 'object' },
    run: () => {
      throw new Error('the database is down');
    },
  });

  it('sends an error output for invalid JSON, an unknown tool, a throwing tool and non-object arguments', async () => {
    const s = await serve(badCalls);
    let weatherRuns = 0;
    const counted = functionTool({ ...wireWeather, run: () => ++weatherRuns });

    const response = await client(s).responses.runTools({
      model: 'gpt-5-mini',
      input: 'Go',
      tools: [counted, explode],
    });

    expect(response.output_text).toBe('Sorry, the tools failed.');
    expect(weatherRuns).toBe(0);
    const outputs = outputsOf(s.turns[1]?.body ?? {}).map((output) => output.output as string);
    expect(outputs).toHaveLength(4);
    expect(outputs[0]).toMatch(
      /^Error: the arguments are not valid JSON \(.+\); call the tool again with JSON\.$/,
    );
    expect(outputs[1]).toBe('Error: there is no tool named "get_stock_price" (tools: get_weather, explode).');
    expect(outputs[2]).toBe('Error: the tool failed: the database is down');
    expect(outputs[3]).toBe('Error: the arguments must be a JSON object, got an array.');
  });

  it('reports a tool that rejects with a non-Error, and one whose result cannot be serialised', async () => {
    const s = await serve((turn) =>
      turn.previous === undefined
        ? {
            output: [functionCall(turn.session, 'reject', {}), functionCall(turn.session, 'circular', {})],
          }
        : { output: [message('ok')] },
    );
    const reject = functionTool({ name: 'reject', run: () => Promise.reject('no quota left') });
    const circular = functionTool({
      name: 'circular',
      run: () => {
        const value: Record<string, unknown> = {};
        value['self'] = value;
        return value;
      },
    });
    await client(s).responses.runTools({ model: 'gpt-5-mini', input: 'Go', tools: [reject, circular] });
    const outputs = outputsOf(s.turns[1]?.body ?? {}).map((output) => output.output as string);
    expect(outputs[0]).toBe('Error: the tool failed: no quota left');
    expect(outputs[1]).toMatch(/^Error: the tool's result could not be sent as JSON: .*circular/i);
  });

  it('answers a call id the server repeated in one round once', async () => {
    const s = await serve((turn) => {
      if (turn.previous !== undefined) return { output: [message('ok')] };
      const call = functionCall(turn.session, 'get_weather', { city: 'Paris' });
      return { output: [call, { ...call, id: 'fc_again' }] };
    });
    let runs = 0;
    const counted = functionTool({ ...wireWeather, run: () => `run ${++runs}` });
    await client(s).responses.runTools({ model: 'gpt-5-mini', input: 'Go', tools: [counted] });
    expect(outputsOf(s.turns[1]?.body ?? {}).map((output) => output.output)).toEqual(['run 1']);
    expect(runs).toBe(1);
  });
});

describe('runTools: tools', () => {
  it('sends plain tools as they are, next to function tools', async () => {
    const s = await serve(twoCallsThenText);
    const webSearch = {
      type: 'web_search',
      search_context_size: 'low',
      user_location: { type: 'approximate' },
    };
    const plainFunction = { type: 'function', name: 'lookup', parameters: { type: 'object' } } as const;
    await client(s).responses.runTools({
      model: 'gpt-5-mini',
      input: 'Go',
      tools: [webSearch as never, weather, plainFunction, time],
    });
    for (const turn of s.turns)
      expect(turn.body.tools).toEqual([webSearch, wireWeather, plainFunction, wireTime]);
  });

  it('tells the model that a plain function tool has no implementation', async () => {
    const s = await serve((turn) =>
      turn.previous === undefined
        ? { output: [functionCall(turn.session, 'lookup', {})] }
        : { output: [message('ok')] },
    );
    await client(s).responses.runTools({
      model: 'gpt-5-mini',
      input: 'Go',
      tools: [{ type: 'function', name: 'lookup' }, weather],
    });
    expect(outputsOf(s.turns[1]?.body ?? {})[0]?.output).toBe(
      'Error: there is no tool named "lookup" (tools: get_weather).',
    );
  });

  it('refuses two tools with one name before sending anything, also when one is a plain function tool', async () => {
    const s = await serve(twoCallsThenText);
    const sequrity = client(s);
    await expect(
      sequrity.responses.runTools({ model: 'gpt-5-mini', input: 'Go', tools: [weather, { ...weather }] }),
    ).rejects.toThrow(new TypeError('Two tools are named get_weather; tool names must be unique.'));
    await expect(
      sequrity.responses.runTools({
        model: 'gpt-5-mini',
        input: 'Go',
        tools: [wireWeather as never, weather],
      }),
    ).rejects.toThrow(new TypeError('Two tools are named get_weather; tool names must be unique.'));
    expect(s.turns).toHaveLength(0);
  });

  it('refuses a tool whose run is not a function, rather than sending it', async () => {
    const s = await serve(twoCallsThenText);
    await expect(
      client(s).responses.runTools({
        model: 'gpt-5-mini',
        input: 'Go',
        tools: [{ ...wireWeather, run: 'get_weather()' } as never],
      }),
    ).rejects.toThrow(TypeError);
    expect(s.turns).toHaveLength(0);
  });

  it('functionTool needs a run function and a name', () => {
    const needs = new TypeError('functionTool needs a name and a run function.');
    expect(() => functionTool({ name: 'x' } as never)).toThrow(needs);
    expect(() => functionTool({ name: 'x', run: 'x' } as never)).toThrow(needs);
    expect(() => functionTool({ name: '', run: () => 1 })).toThrow(needs);
    expect(() => functionTool({ run: () => 1 } as never)).toThrow(needs);
    expect(() => functionTool(undefined as never)).toThrow(TypeError);
    expect(functionTool({ name: 'x', run: () => 1 })).toMatchObject({ type: 'function', name: 'x' });
  });

  it('functionTool refuses an unknown key, naming the nearest, and a field of the wrong type', () => {
    const run = () => 1;
    expect(() => functionTool({ name: 'x', run, parameter: {} } as never)).toThrow(
      new TypeError('parameter is not one of the functionTool options; did you mean parameters?'),
    );
    expect(() => functionTool({ name: 'x', run, strict: 'yes' } as never)).toThrow(
      new TypeError('functionTool: strict must be a boolean, got "yes".'),
    );
    expect(() => functionTool({ name: 'x', run, parameters: 'object' } as never)).toThrow(
      /^functionTool: parameters must be an object, a function/,
    );
    expect(() => functionTool({ name: 'x', run, type: 'custom' } as never)).toThrow(
      /^functionTool: type must be "function", got "custom"\.$/,
    );
  });

  it('functionTool takes a schema of any class or a function (a Standard Schema) as parameters', () => {
    const jsonSchema = { input: () => ({ type: 'object', properties: {}, required: [] }) };
    class Schema {
      readonly '~standard' = {
        version: 1,
        vendor: 'test',
        validate: (value: unknown) => ({ value }),
        jsonSchema,
      };
    }
    const callable = Object.assign(() => true, {
      '~standard': { version: 1, vendor: 'arktype', jsonSchema },
    });
    for (const parameters of [new Schema(), callable]) {
      const tool = functionTool({ name: 'x', run: () => 1, parameters: parameters as never });
      expect(tool.parameters).toEqual({ type: 'object', properties: {}, required: [] });
    }
    for (const parameters of [Object.create(null) as object, null]) {
      const tool = functionTool({ name: 'x', run: () => 1, parameters: parameters as never });
      expect(tool.parameters).toBe(parameters);
    }
    // A Standard Schema that cannot give its JSON Schema cannot be sent: a TypeError saying so, not an object of
    // another class on the wire.
    const opaque = Object.assign(() => true, { '~standard': { version: 1, vendor: 'arktype' } });
    expect(() => functionTool({ name: 'x', run: () => 1, parameters: opaque as never })).toThrow(
      /^functionTool x parameters: the arktype schema has no ~standard\.jsonSchema/,
    );
    // A wire tool spread into a definition carries `type: 'function'`.
    expect(functionTool({ ...wireWeather, run: () => 1 })).toMatchObject(wireWeather);
  });
});

describe('runTools: sessions and threading', () => {
  it("continues the client's session on the first round and keeps the client's session up to date", async () => {
    const s = await serve(twoCallsThenText);
    const sequrity = client(s);
    sequrity.sessionId = '3f0c3d2e-1111-4222-8333-944455556666';
    await sequrity.responses.runTools({ model: 'gpt-5-mini', input: 'Go', tools: [weather, time] });
    expect(s.turns.map((turn) => turn.sentSession)).toEqual([sequrity.sessionId, sequrity.sessionId]);

    sequrity.resetSession();
    const response = await sequrity.responses.runTools({
      model: 'gpt-5-mini',
      input: 'Go',
      tools: [weather, time],
    });
    const fresh = s.turns[2]?.session;
    expect(s.turns[2]?.sentSession).toBeUndefined();
    expect(s.turns[3]?.sentSession).toBe(fresh);
    // Like responses.create, the loop leaves the client on the session of its latest reply.
    expect(sequrity.sessionId).toBe(fresh);
    expect(response.session_id).toBe(fresh);
  });

  it('sessionId: null starts a fresh session, which the later rounds then continue', async () => {
    const s = await serve(twoCallsThenText);
    const sequrity = client(s);
    sequrity.sessionId = 'old-session';
    await sequrity.responses.runTools(
      { model: 'gpt-5-mini', input: 'Go', tools: [weather, time] },
      { sessionId: null },
    );
    expect(s.turns[0]?.sentSession).toBeUndefined();
    expect(s.turns[1]?.sentSession).toBe(s.turns[0]?.session);
  });

  it('sends a previous_response_id of the body on the first round, and the latest id afterwards', async () => {
    // Turn 1 is a plain create; the loop's first round (turn 2) calls the tools, its second answers.
    const s = await serve((turn) =>
      turn.index === 2
        ? { output: [functionCall(turn.session, 'get_weather', { city: 'Paris' })] }
        : { output: [message(turn.index === 1 ? 'Hello.' : 'Sunny.')] },
    );
    const sequrity = client(s);
    const first = await sequrity.responses.create({ model: 'gpt-5-mini', input: 'Hello' });
    await sequrity.responses.runTools({
      model: 'gpt-5-mini',
      input: 'Weather?',
      previous_response_id: first.id,
      tools: [weather, time],
    });
    const ids = [...s.stored.keys()];
    expect(s.turns.map((turn) => turn.body.previous_response_id)).toEqual([undefined, ids[0], ids[1]]);
    expect(s.turns[1]?.body.input).toBe('Weather?');
  });

  it('runs inside a conversation with conversation.runTools, threading its session and previous response', async () => {
    const s = await serve((turn) =>
      turn.index === 2
        ? { output: [functionCall(turn.session, 'get_weather', { city: 'Paris' })] }
        : { output: [message(`Answer ${turn.index}.`)] },
    );
    const sequrity = client(s);
    const chat = sequrity.conversation();
    await chat.create({ model: 'gpt-5-mini', input: 'Hello' });
    const final = await chat.runTools({ model: 'gpt-5-mini', input: 'Weather?', tools: [weather] });
    await chat.create({ model: 'gpt-5-mini', input: 'Thanks' });

    const ids = [...s.stored.keys()];
    expect(s.turns.map((turn) => turn.body.previous_response_id)).toEqual([
      undefined,
      ids[0],
      ids[1],
      ids[2],
    ]);
    expect(final.id).toBe(ids[2]);
    const session = s.turns[0]?.session;
    expect(s.turns.map((turn) => turn.sentSession)).toEqual([undefined, session, session, session]);
    expect(sequrity.sessionId).toBeUndefined();
  });

  it('keeps concurrent loops on one client apart', async () => {
    const s = await serve(async (turn) => {
      await sleep(turn.index * 10);
      return twoCallsThenText(turn);
    });
    const sequrity = client(s);
    const [a, b] = await Promise.all([
      sequrity.responses.runTools(
        { model: 'gpt-5-mini', input: 'A', tools: [weather, time] },
        { sessionId: null },
      ),
      sequrity.responses.runTools(
        { model: 'gpt-5-mini', input: 'B', tools: [weather, time] },
        { sessionId: null },
      ),
    ]);
    expect(a.session_id).not.toBe(b.session_id);
    // The server refuses a follow-up from another session, so four accepted turns prove the threading.
    expect(s.turns).toHaveLength(4);
    expect(s.turns.filter((turn) => turn.sentSession === a.session_id)).toHaveLength(1);
    expect(s.turns.filter((turn) => turn.sentSession === b.session_id)).toHaveLength(1);
  });

  it('resets a tool_choice that forces a call after the round that ran it, so the loop can end', async () => {
    const s = await serve(twoCallsThenText);
    const response = await client(s).responses.runTools({
      model: 'gpt-5-mini',
      input: 'Go',
      tool_choice: 'required',
      tools: [weather, time],
    });
    expect(response.output_text).toBe(ANSWER);
    expect(s.turns.map((turn) => turn.body['tool_choice'])).toEqual(['required', 'auto']);

    const t = await serve(twoCallsThenText);
    await client(t).responses.runTools({
      model: 'gpt-5-mini',
      input: 'Go',
      tool_choice: {
        type: 'allowed_tools',
        mode: 'required',
        tools: [{ type: 'function', name: 'get_weather' }],
      },
      tools: [weather, time],
    });
    expect(t.turns.map((turn) => turn.body['tool_choice'])).toEqual([
      { type: 'allowed_tools', mode: 'required', tools: [{ type: 'function', name: 'get_weather' }] },
      { type: 'allowed_tools', mode: 'auto', tools: [{ type: 'function', name: 'get_weather' }] },
    ]);
  });
});

describe("runTools: the Python SDK's dual-LLM multi-turn booking (sequrity-api's test_responses.py)", () => {
  const bookFlight = {
    type: 'function',
    name: 'book_flight',
    description: 'Book a flight',
    parameters: {
      type: 'object',
      properties: {
        flight_number: { type: 'string' },
        origin: { type: 'string' },
        destination: { type: 'string' },
        date: { type: 'string' },
      },
      required: ['flight_number', 'origin', 'destination', 'date'],
    },
  } as const;
  type Booking = { flight_number: string; origin: string; destination: string; date: string };

  it('books the outbound flight, then the return flight in a second loop continuing the session', async () => {
    const final = (value: string) =>
      message(
        JSON.stringify({
          status: 'success',
          final_return_value: { value, meta: { tags: [], consumers: ['*'], producers: [] } },
        }),
      );
    const s = await serve((turn) => {
      // The model books what the user's new message asks for, and answers once the tool's output is in.
      const asked = JSON.stringify(outputsOf(turn.body).length > 0 ? [] : turn.body.input);
      if (asked.includes('BA263')) {
        return {
          output: [
            functionCall(turn.session, 'book_flight', {
              flight_number: 'BA263',
              origin: 'LHR',
              destination: 'IAD',
              date: '2026-06-10',
            }),
          ],
        };
      }
      if (asked.includes('BA289')) {
        return {
          output: [
            functionCall(turn.session, 'book_flight', {
              flight_number: 'BA289',
              origin: 'IAD',
              destination: 'LHR',
              date: '2026-06-20',
            }),
          ],
        };
      }
      return { output: [final(`Booked: ${String(outputsOf(turn.body)[0]?.output)}`)] };
    });
    const sequrity = client(s, {
      features: { agent_arch: 'dual-llm' },
      config: { fsm: { max_n_turns: 5, enabled_internal_tools: [] } },
    });
    const booked: Booking[] = [];
    const book = functionTool<Booking>({
      ...bookFlight,
      run: (booking) => {
        booked.push(booking);
        return `Flight booked ${booking.flight_number} on ${booking.date}. Confirmation ABC1234${booked.length}.`;
      },
    });

    const outbound = await sequrity.responses.runTools({
      model: 'gpt-5-mini',
      input: [{ role: 'user', content: 'Book me the flight BA263 from LHR to IAD on 10th June, 2026.' }],
      tools: [book],
    });
    const back = await sequrity.responses.runTools({
      model: 'gpt-5-mini',
      previous_response_id: outbound.id,
      input: [{ role: 'user', content: 'Can you also book the return flight BA289 on 20th June, 2026?' }],
      tools: [book],
    });

    expect(booked.map((booking) => [booking.flight_number, booking.date])).toEqual([
      ['BA263', '2026-06-10'],
      ['BA289', '2026-06-20'],
    ]);
    expect(parseDualLlmResult(outbound).final_return_value?.value).toBe(
      'Booked: Flight booked BA263 on 2026-06-10. Confirmation ABC12341.',
    );
    expect(parseDualLlmResult(back).final_return_value?.value).toBe(
      'Booked: Flight booked BA289 on 2026-06-20. Confirmation ABC12342.',
    );
    const session = s.turns[0]?.session;
    expect(s.turns.map((turn) => turn.sentSession)).toEqual([undefined, session, session, session]);
    for (const turn of s.turns) {
      expect(turn.request.headers['x-features']).toBe('{"agent_arch":"dual-llm"}');
      expect(turn.request.headers['x-config']).toBe('{"fsm":{"max_n_turns":5,"enabled_internal_tools":[]}}');
      expect(turn.body.tools).toEqual([bookFlight]);
    }
    const ids = [...s.stored.keys()];
    expect(s.turns.map((turn) => turn.body.previous_response_id)).toEqual([
      undefined,
      ids[0],
      ids[1],
      ids[2],
    ]);
  });
});

describe('the scripted server refuses what the emulator refuses', () => {
  const post = (url: string, body: unknown, session?: string) =>
    fetch(`${url}/control/chat/v1/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(session ? { 'x-session-id': session } : {}) },
      body: JSON.stringify(body),
    });

  it('an unknown previous response, a call left without its output, and an output for a call never issued', async () => {
    const s = await serve(twoCallsThenText);
    const first = (await (await post(s.url, { model: 'm', input: 'Go' })).json()) as { id: string };
    const [call] = s.stored.get(first.id)?.output ?? [];
    const session = s.turns[0]?.session;
    const answers = [
      await post(s.url, { model: 'm', previous_response_id: 'resp_unknown', input: 'Go' }),
      await post(s.url, { model: 'm', previous_response_id: first.id, input: [] }, session),
      await post(s.url, {
        model: 'm',
        input: [{ type: 'function_call_output', call_id: `tc-${session}-${randomUUID()}`, output: 'x' }],
      }),
    ];
    const details = await Promise.all(
      answers.map(async (answer) => [answer.status, JSON.stringify(await answer.json())]),
    );
    expect(details[0]).toEqual([
      400,
      expect.stringContaining("Previous response with id 'resp_unknown' not found."),
    ]);
    expect(details[1]).toEqual([
      400,
      expect.stringContaining(`No tool output found for function call ${String(call?.['call_id'])}`),
    ]);
    expect(details[2]).toEqual([400, expect.stringContaining('No tool call found for function call output')]);
    expect(s.stored.size).toBe(1);
  });
});
