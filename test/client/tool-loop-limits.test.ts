// The limits of the Responses tool loop (`client.responses.runTools`): maxRounds, maxToolCallsPerRound, aborts,
// and error replies, against the loopback server that plays Sequrity with the emulator's session rules.
import { setTimeout as sleep } from 'node:timers/promises';
import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { functionTool } from '../../src/client/function-tools.js';
import { ToolLoopLimitError } from '../../src/client/tool-loop.js';
import {
  APIUserAbortError,
  BadRequestError,
  InternalServerError,
  RateLimitError,
} from '../../src/errors/index.js';
import { closed } from '../helpers/http-server.js';
import {
  functionCall,
  message,
  outputsOf,
  useToolServer,
  type Answer,
  type Turn,
} from '../helpers/tool-server.js';
import { ANSWER, time, twoCallsThenText, weather, wireWeather } from './tool-loop-fixtures.js';

const { serve, client } = useToolServer();

describe('runTools: maxRounds', () => {
  const alwaysCalls = (turn: Turn): Answer => ({
    output: [functionCall(turn.session, 'get_weather', { city: 'Paris' })],
  });

  it('stops after maxRounds responses that still call functions, with the last response on the error', async () => {
    const s = await serve(alwaysCalls);
    let runs = 0;
    const counted = functionTool({ ...wireWeather, run: () => ++runs });
    const error = await client(s)
      .responses.runTools({ model: 'gpt-5-mini', input: 'Go', tools: [counted] }, { maxRounds: 3 })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ToolLoopLimitError);
    const limit = error as ToolLoopLimitError;
    expect(limit.name).toBe('ToolLoopLimitError');
    expect(limit.maxRounds).toBe(3);
    expect(limit.response.id).toBe([...s.stored.keys()][2]);
    expect(limit.message).toContain('3 rounds');
    expect(s.turns).toHaveLength(3);
    expect(runs).toBe(2);
  });

  it('defaults to 10 rounds', async () => {
    const s = await serve(alwaysCalls);
    const error = await client(s)
      .responses.runTools({ model: 'gpt-5-mini', input: 'Go', tools: [weather] })
      .catch((e: unknown) => e);
    expect((error as ToolLoopLimitError).maxRounds).toBe(10);
    expect(s.turns).toHaveLength(10);
  });

  it.each([
    [0, RangeError],
    [-1, RangeError],
    [1.5, RangeError],
    [Number.NaN, RangeError],
    [Infinity, RangeError],
    ['3', TypeError],
  ])('refuses maxRounds %s before sending anything', async (value, type) => {
    const s = await serve(alwaysCalls);
    await expect(
      client(s).responses.runTools(
        { model: 'gpt-5-mini', input: 'Go', tools: [weather] },
        { maxRounds: value as number },
      ),
    ).rejects.toThrow(type);
    expect(s.turns).toHaveLength(0);
  });
});

describe('runTools: maxToolCallsPerRound', () => {
  /** Round 1: `count` calls of get_weather; then the answer. */
  const manyCalls =
    (count: number) =>
    (turn: Turn): Answer =>
      turn.previous === undefined
        ? {
            output: Array.from({ length: count }, (_, i) =>
              functionCall(turn.session, 'get_weather', { city: `City ${i}` }),
            ),
          }
        : { output: [message('Done.')] };

  it('stops a round that asks for more calls than the default of 128 before running any tool', async () => {
    const s = await serve(manyCalls(129));
    let runs = 0;
    const counted = functionTool({ ...wireWeather, run: () => ++runs });
    const error = await client(s)
      .responses.runTools({ model: 'gpt-5-mini', input: 'Go', tools: [counted] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ToolLoopLimitError);
    const limit = error as ToolLoopLimitError;
    expect(limit).toMatchObject({ limit: 'maxToolCallsPerRound', calls: 129, maxRounds: 10 });
    expect(limit.message).toBe(
      'The tool loop stopped: a response asked for 129 function calls, more than maxToolCallsPerRound (128); ' +
        'none was run. Raise maxToolCallsPerRound if the model needs that many.',
    );
    expect(limit.response.id).toBe([...s.stored.keys()][0]);
    expect(runs).toBe(0);
    expect(s.turns).toHaveLength(1);
  });

  it('runs a round of exactly maxToolCallsPerRound calls', async () => {
    const s = await serve(manyCalls(3));
    let runs = 0;
    const counted = functionTool({ ...wireWeather, run: () => ++runs });
    const response = await client(s).responses.runTools(
      { model: 'gpt-5-mini', input: 'Go', tools: [counted] },
      { maxToolCallsPerRound: 3 },
    );
    expect(response.output_text).toBe('Done.');
    expect(runs).toBe(3);
    expect(outputsOf(s.turns[1]?.body ?? {})).toHaveLength(3);
  });

  it('stops a streamed loop the same way, after the round was read', async () => {
    const s = await serve(manyCalls(4));
    let runs = 0;
    const counted = functionTool({ ...wireWeather, run: () => ++runs });
    const loop = client(s).responses.runToolsStream(
      { model: 'gpt-5-mini', input: 'Go', tools: [counted] },
      { maxToolCallsPerRound: 2 },
    );
    await expect(loop.finalResponse()).rejects.toMatchObject({
      name: 'ToolLoopLimitError',
      limit: 'maxToolCallsPerRound',
      calls: 4,
    });
    expect(runs).toBe(0);
    expect(s.turns).toHaveLength(1);
  });

  it.each([0, 1.5, Number.NaN, '8'])(
    'refuses maxToolCallsPerRound %s before sending anything',
    async (value) => {
      const s = await serve(manyCalls(1));
      const send = () =>
        client(s).responses.runTools(
          { model: 'gpt-5-mini', input: 'Go', tools: [weather] },
          { maxToolCallsPerRound: value as number },
        );
      await expect(send()).rejects.toThrow(/^maxToolCallsPerRound must be a positive integer, got/);
      expect(s.turns).toHaveLength(0);
    },
  );

  it('refuses an unknown option before sending anything, naming the nearest', async () => {
    const s = await serve(manyCalls(1));
    const options = { maxRound: 3 } as never;
    await expect(
      client(s).responses.runTools({ model: 'gpt-5-mini', input: 'Go', tools: [weather] }, options),
    ).rejects.toThrow(new TypeError('maxRound is not one of the runTools options; did you mean maxRounds?'));
    expect(() =>
      client(s).responses.runToolsStream({ model: 'gpt-5-mini', input: 'Go', tools: [weather] }, options),
    ).toThrow(new TypeError('maxRound is not one of the runToolsStream options; did you mean maxRounds?'));
    expect(s.turns).toHaveLength(0);
  });
});

describe('runTools: abort', () => {
  it('aborts the running tools and rejects promptly, sending nothing more', async () => {
    const s = await serve(twoCallsThenText);
    const controller = new AbortController();
    const toolSignals: AbortSignal[] = [];
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const waits = functionTool({
      name: 'get_weather',
      run: (_args, { signal }) =>
        new Promise((_, reject) => {
          toolSignals.push(signal);
          started();
          signal.addEventListener('abort', () => reject(signal.reason), { once: true });
        }),
    });
    // A tool that ignores its signal must not hold the loop either: this one ends only when the test lets it.
    let release!: (value: string) => void;
    const deafRun = new Promise<string>((resolve) => (release = resolve));
    const deaf = functionTool({ name: 'get_time', run: () => deafRun });

    const loop = client(s).responses.runTools(
      { model: 'gpt-5-mini', input: 'Go', tools: [waits, deaf] },
      { signal: controller.signal },
    );
    await running;
    controller.abort(new Error('user left'));
    // The loop settles while the deaf tool still runs (it would hang here if the loop waited for it).
    const error = await loop.catch((e: unknown) => e);

    expect(error).toBeInstanceOf(APIUserAbortError);
    expect((error as APIUserAbortError).reason).toEqual(new Error('user left'));
    expect(toolSignals.map((signal) => signal.aborted)).toEqual([true]);
    // When the deaf tool ends after all, its result goes nowhere.
    release('late');
    await deafRun;
    await sleep(50);
    expect(s.turns).toHaveLength(1);
  });

  it('leaves no listener on the signal, however many rounds ran', async () => {
    const s = await serve((turn) =>
      turn.index <= 12
        ? { output: [functionCall(turn.session, 'get_weather', { city: 'Paris' })] }
        : { output: [message('Done.')] },
    );
    const controller = new AbortController();
    await client(s).responses.runTools(
      { model: 'gpt-5-mini', input: 'Go', tools: [weather] },
      { signal: controller.signal, maxRounds: 20 },
    );
    expect(s.turns).toHaveLength(13);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('does not start the next tool of a sequential round after the abort', async () => {
    const s = await serve(twoCallsThenText);
    const controller = new AbortController();
    const ran: string[] = [];
    const first = functionTool({
      name: 'get_weather',
      run: async () => {
        ran.push('get_weather');
        controller.abort();
        await sleep(20); // ignores the signal and finishes anyway
        return 'done';
      },
    });
    const second = functionTool({ name: 'get_time', run: () => void ran.push('get_time') });
    await expect(
      client(s).responses.runTools(
        { model: 'gpt-5-mini', input: 'Go', parallel_tool_calls: false, tools: [first, second] },
        { signal: controller.signal },
      ),
    ).rejects.toBeInstanceOf(APIUserAbortError);
    await sleep(60);
    expect(ran).toEqual(['get_weather']);
    expect(s.turns).toHaveLength(1);
  });

  it('aborts a request that is waiting for its reply', async () => {
    const controller = new AbortController();
    const s = await serve((turn) =>
      turn.previous === undefined
        ? twoCallsThenText(turn)
        : {
            write: async (response) => {
              controller.abort();
              await closed(response);
            },
          },
    );
    await expect(
      client(s).responses.runTools(
        { model: 'gpt-5-mini', input: 'Go', tools: [weather, time] },
        { signal: controller.signal },
      ),
    ).rejects.toBeInstanceOf(APIUserAbortError);
    expect(s.turns).toHaveLength(2);
  });

  it('rejects at once when the signal was aborted before the loop started', async () => {
    const s = await serve(twoCallsThenText);
    await expect(
      client(s).responses.runTools(
        { model: 'gpt-5-mini', input: 'Go', tools: [weather] },
        { signal: AbortSignal.abort() },
      ),
    ).rejects.toBeInstanceOf(APIUserAbortError);
    expect(s.turns).toHaveLength(0);
  });
});

describe('runTools: error replies end the loop, with no retries beyond the client policy', () => {
  it('ends with InternalServerError on a 500 mid-loop, after exactly one request for that round', async () => {
    const s = await serve((turn) =>
      turn.previous === undefined
        ? twoCallsThenText(turn)
        : { error: { status: 500, body: { detail: 'the provider failed' } } },
    );
    const error = await client(s, { maxRetries: 2 })
      .responses.runTools({ model: 'gpt-5-mini', input: 'Go', tools: [weather, time] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).status).toBe(500);
    expect((error as Error).message).toContain('the provider failed');
    expect(s.turns).toHaveLength(2);
  });

  it('sends a retryable 429 round once with maxRetries: 0, and as the client policy says otherwise', async () => {
    const rateLimited = (failures: number) => {
      let failed = 0;
      return (turn: Turn): Answer =>
        turn.previous !== undefined && failed++ < failures
          ? { error: { status: 429, body: { detail: 'slow down' }, headers: { 'retry-after-ms': '10' } } }
          : twoCallsThenText(turn);
    };
    const s = await serve(rateLimited(1));
    await expect(
      client(s, { maxRetries: 0 }).responses.runTools({
        model: 'gpt-5-mini',
        input: 'Go',
        tools: [weather, time],
      }),
    ).rejects.toBeInstanceOf(RateLimitError);
    expect(s.turns).toHaveLength(2);
    await s.close();

    const t = await serve(rateLimited(1));
    const response = await client(t, { maxRetries: 1 }).responses.runTools({
      model: 'gpt-5-mini',
      input: 'Go',
      tools: [weather, time],
    });
    expect(response.output_text).toBe(ANSWER);
    expect(t.turns).toHaveLength(3);
    expect(t.turns[2]?.body).toEqual(t.turns[1]?.body);
  });

  it('ends with the error the server gave, e.g. a 400 naming a missing tool output', async () => {
    const s = await serve((turn) =>
      turn.previous === undefined
        ? twoCallsThenText(turn)
        : { error: { status: 400, body: { detail: 'No tool output found for function call tc-x.' } } },
    );
    const error = await client(s)
      .responses.runTools({ model: 'gpt-5-mini', input: 'Go', tools: [weather, time] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as Error).message).toContain('No tool output found for function call tc-x: POST');
    expect((error as Error).message).not.toContain('sk-test-tool-loop');
  });
});
