// The streaming tool loop (`client.responses.runToolsStream`) against the loopback server that plays Sequrity and
// streams each response as the emulator does (created, item added, argument/text deltas, item done, completed).
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { functionTool } from '../../src/client/function-tools.js';
import { ToolLoopLimitError } from '../../src/client/tool-loop.js';
import {
  APIUserAbortError,
  InternalServerError,
  StreamError,
  StreamEventError,
} from '../../src/errors/index.js';
import type { StreamEvent } from '../../src/streaming/stream-event.js';
import { closed } from '../helpers/http-server.js';
import { functionCall, outputsOf, useToolServer, type Turn } from '../helpers/tool-server.js';
import { ANSWER, time, twoCallsThenText, weather } from './tool-loop-fixtures.js';

const { serve, client } = useToolServer();

/**
 * The event types the server streams for two function calls, then for one message, with one delta per token of
 * twelve characters at most: `{"city":"Par` + `is"}`, `{"city":"Osl` + `o"}`, and the eight words of
 * {@link ANSWER}.
 */
const callRound = [
  'response.created',
  'response.in_progress',
  ...Array.from({ length: 2 }, () => [
    'response.output_item.added',
    'response.function_call_arguments.delta',
    'response.function_call_arguments.delta',
    'response.function_call_arguments.done',
    'response.output_item.done',
  ]).flat(),
  'response.completed',
];
const textRound = [
  'response.created',
  'response.in_progress',
  'response.output_item.added',
  'response.content_part.added',
  ...Array.from({ length: 8 }, () => 'response.output_text.delta'),
  'response.output_text.done',
  'response.content_part.done',
  'response.output_item.done',
  'response.completed',
];

describe('runToolsStream', () => {
  it('yields every event of every round, then gives the final response', async () => {
    const s = await serve(twoCallsThenText);
    const sequrity = client(s);
    const loop = sequrity.responses.runToolsStream({
      model: 'gpt-5-mini',
      instructions: 'Answer briefly.',
      input: 'Weather in Paris and time in Oslo?',
      tools: [weather, time],
    });

    const events: StreamEvent[] = [];
    for await (const event of loop) events.push(event);
    const final = await loop.finalResponse();

    expect(events.map((event) => event.type)).toEqual([...callRound, ...textRound]);
    expect(final.output_text).toBe(ANSWER);
    const [round1, round2] = [...s.stored.keys()];
    expect(final.id).toBe(round2);
    expect(s.turns.map((turn) => turn.body['stream'])).toEqual([true, true]);
    const [first, second] = s.turns as [Turn, Turn];
    const calls = s.stored.get(round1 ?? '')?.output ?? [];
    expect(second.body).toEqual({
      model: 'gpt-5-mini',
      instructions: 'Answer briefly.',
      tools: first.body.tools,
      previous_response_id: round1,
      input: [
        {
          type: 'function_call_output',
          call_id: calls[0]?.['call_id'],
          output: '{"city":"Paris","forecast":"sunny"}',
        },
        { type: 'function_call_output', call_id: calls[1]?.['call_id'], output: '12:00 in Oslo' },
      ],
      stream: true,
    });
    expect(second.sentSession).toBe(first.session);
    expect(final.session_id).toBe(first.session);
    expect(sequrity.sessionId).toBe(first.session);
  });

  it('hands each event over as it arrives, before the server sends the next', async () => {
    let seen!: () => void;
    const consumerSawFirst = new Promise<void>((resolve) => (seen = resolve));
    const s = await serve((turn) => ({
      ...twoCallsThenText(turn),
      // The server writes nothing after the first event until the consumer has it: a buffering loop would hang.
      beforeEvent: (index) => (turn.previous === undefined && index === 1 ? consumerSawFirst : undefined),
    }));
    const loop = client(s).responses.runToolsStream({
      model: 'gpt-5-mini',
      input: 'Go',
      tools: [weather, time],
    });
    const types: string[] = [];
    for await (const event of loop) {
      types.push(event.type);
      if (types.length === 1) seen();
    }
    expect(types).toEqual([...callRound, ...textRound]);
  });

  it('finalResponse() alone runs the whole loop', async () => {
    const s = await serve(twoCallsThenText);
    const final = await client(s)
      .responses.runToolsStream({ model: 'gpt-5-mini', input: 'Go', tools: [weather, time] })
      .finalResponse();
    expect(final.output_text).toBe(ANSWER);
    expect(s.turns).toHaveLength(2);
  });

  it('finalResponse() called while iterating settles when the iteration ends', async () => {
    const s = await serve(twoCallsThenText);
    const loop = client(s).responses.runToolsStream({
      model: 'gpt-5-mini',
      input: 'Go',
      tools: [weather, time],
    });
    let final: Promise<unknown> | undefined;
    let count = 0;
    for await (const _ of loop) {
      final ??= loop.finalResponse();
      count++;
    }
    expect(count).toBe(callRound.length + textRound.length);
    await expect(final).resolves.toMatchObject({ output_text: ANSWER });
  });

  it('runs the calls of a streamed round in parallel: each tool starts before the other ends', async () => {
    const s = await serve(twoCallsThenText);
    const log: string[] = [];
    // Neither tool ends before both have started: run one after the other, they would wait forever.
    let bothStarted!: () => void;
    const barrier = new Promise<void>((resolve) => (bothStarted = resolve));
    const meeting = (name: string) =>
      functionTool({
        name,
        run: async () => {
          if (log.push(`${name} started`) === 2) bothStarted();
          await barrier;
          log.push(`${name} ended`);
          return 'done';
        },
      });
    await client(s)
      .responses.runToolsStream({
        model: 'gpt-5-mini',
        input: 'Go',
        tools: [meeting('get_weather'), meeting('get_time')],
      })
      .finalResponse();
    expect(log.slice(0, 2).sort()).toEqual(['get_time started', 'get_weather started']);
    expect(log.slice(2).sort()).toEqual(['get_time ended', 'get_weather ended']);
  }, 10_000); // run one after the other, the tools would wait for each other until this timeout

  it('refuses bad tools or options at once, before sending anything', async () => {
    const s = await serve(twoCallsThenText);
    const sequrity = client(s);
    expect(() =>
      sequrity.responses.runToolsStream({
        model: 'gpt-5-mini',
        input: 'Go',
        tools: [weather, { ...weather }],
      }),
    ).toThrow(new TypeError('Two tools are named get_weather; tool names must be unique.'));
    expect(() =>
      sequrity.responses.runToolsStream(
        { model: 'gpt-5-mini', input: 'Go', tools: [weather] },
        { maxRounds: 0 },
      ),
    ).toThrow(RangeError);
    expect(s.turns).toHaveLength(0);
  });

  it('can be iterated once', async () => {
    const s = await serve(twoCallsThenText);
    const loop = client(s).responses.runToolsStream({
      model: 'gpt-5-mini',
      input: 'Go',
      tools: [weather, time],
    });
    await loop.finalResponse();
    const again = loop[Symbol.asyncIterator]();
    await expect(again.next()).rejects.toMatchObject({ type: 'stream-consumed' });
  });
});

describe('runToolsStream: leaving early', () => {
  it('breaking out cancels the current stream and sends no further round', async () => {
    let serverSawClose!: Promise<void>;
    const s = await serve((turn) => ({
      ...twoCallsThenText(turn),
      beforeEvent: (index, response) => {
        if (index !== 1) return;
        serverSawClose = closed(response);
        return serverSawClose; // holds the stream open after response.created until the client goes away
      },
    }));
    const loop = client(s).responses.runToolsStream({
      model: 'gpt-5-mini',
      input: 'Go',
      tools: [weather, time],
    });
    const types: string[] = [];
    for await (const event of loop) {
      types.push(event.type);
      break;
    }
    await serverSawClose;
    expect(types).toEqual(['response.created']);
    const error = await loop.finalResponse().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamError);
    expect((error as StreamError).type).toBe('aborted');
    await sleep(50);
    expect(s.turns).toHaveLength(1);
  });

  it('breaking out in the second round cancels that round', async () => {
    let serverSawClose: Promise<void> | undefined;
    const s = await serve((turn) => ({
      ...twoCallsThenText(turn),
      beforeEvent: (index, response) => {
        if (turn.previous === undefined || index !== 3) return;
        serverSawClose = closed(response);
        return serverSawClose;
      },
    }));
    const loop = client(s).responses.runToolsStream({
      model: 'gpt-5-mini',
      input: 'Go',
      tools: [weather, time],
    });
    let count = 0;
    for await (const _ of loop) if (++count === callRound.length + 1) break;
    await serverSawClose;
    expect(serverSawClose).toBeDefined();
    expect(s.turns).toHaveLength(2);
    await expect(loop.finalResponse()).rejects.toMatchObject({ type: 'aborted' });
  });
});

describe('runToolsStream: errors propagate', () => {
  it('an error reply ends the iteration after the earlier rounds were yielded', async () => {
    const s = await serve((turn) =>
      turn.previous === undefined
        ? twoCallsThenText(turn)
        : { error: { status: 500, body: { detail: 'the provider failed' } } },
    );
    const loop = client(s).responses.runToolsStream({
      model: 'gpt-5-mini',
      input: 'Go',
      tools: [weather, time],
    });
    const types: string[] = [];
    const error = await (async () => {
      for await (const event of loop) types.push(event.type);
    })().catch((e: unknown) => e);

    expect(types).toEqual(callRound);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as Error).message).toContain('the provider failed');
    await expect(loop.finalResponse()).rejects.toBe(error);
    expect(s.turns).toHaveLength(2);
  });

  it('an error event in the stream ends the loop with a StreamEventError', async () => {
    const s = await serve((turn) =>
      turn.previous === undefined
        ? twoCallsThenText(turn)
        : {
            write: (response, sse) => {
              response.writeHead(200, { 'content-type': 'text/event-stream', 'x-session-id': turn.session });
              response.write(
                sse.event({
                  type: 'response.created',
                  sequence_number: 0,
                  response: {
                    id: 'resp_x',
                    object: 'response',
                    created_at: 1,
                    model: 'gpt-5-mini',
                    output: [],
                  },
                }),
              );
              response.end(
                sse.event({
                  type: 'error',
                  sequence_number: 1,
                  code: 'server_error',
                  message: 'The model crashed.',
                }),
              );
            },
          },
    );
    const error = await client(s)
      .responses.runToolsStream({ model: 'gpt-5-mini', input: 'Go', tools: [weather, time] })
      .finalResponse()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamEventError);
    expect((error as Error).message).toContain('The model crashed.');
  });

  it('maxRounds ends it with ToolLoopLimitError carrying the last response', async () => {
    const s = await serve((turn) => ({
      output: [functionCall(turn.session, 'get_weather', { city: 'Paris' })],
    }));
    const loop = client(s).responses.runToolsStream(
      { model: 'gpt-5-mini', input: 'Go', tools: [weather] },
      { maxRounds: 2 },
    );
    let created = 0;
    const error = await (async () => {
      for await (const event of loop) if (event.type === 'response.created') created++;
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ToolLoopLimitError);
    expect((error as ToolLoopLimitError).response.id).toBe([...s.stored.keys()][1]);
    expect(created).toBe(2);
    expect(s.turns).toHaveLength(2);
  });

  it('aborting while the tools run rejects promptly and aborts them', async () => {
    const s = await serve(twoCallsThenText);
    const controller = new AbortController();
    let toolSignal: AbortSignal | undefined;
    const waits = functionTool({
      name: 'get_weather',
      run: (_args, { signal }) => {
        toolSignal = signal;
        setImmediate(() => controller.abort());
        return new Promise(() => {}); // never settles: the loop must not wait for it
      },
    });
    const error = await client(s)
      .responses.runToolsStream(
        { model: 'gpt-5-mini', input: 'Go', tools: [waits, time] },
        { signal: controller.signal },
      )
      .finalResponse()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(toolSignal?.aborted).toBe(true);
    expect(s.turns).toHaveLength(1);
  });

  it('aborting during a stream fails it as aborted, and the server sees the stream closed', async () => {
    const controller = new AbortController();
    let serverSawClose: Promise<void> | undefined;
    const s = await serve((turn) => ({
      ...twoCallsThenText(turn),
      beforeEvent: (index, response) => {
        if (index !== 1) return;
        serverSawClose = closed(response);
        return serverSawClose;
      },
    }));
    const loop = client(s).responses.runToolsStream(
      { model: 'gpt-5-mini', input: 'Go', tools: [weather, time] },
      { signal: controller.signal },
    );
    const error = await (async () => {
      for await (const _ of loop) controller.abort(new Error('user left'));
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamError);
    expect((error as StreamError).type).toBe('aborted');
    await serverSawClose;
    await expect(loop.finalResponse()).rejects.toBe(error);
    expect(s.turns).toHaveLength(1);
  });
});

describe('runToolsStream: what the model is sent when a call fails', () => {
  it('reports a throwing tool as an output and carries on streaming', async () => {
    const s = await serve(twoCallsThenText);
    const broken = functionTool({
      name: 'get_weather',
      run: () => {
        throw new Error('no forecast today');
      },
    });
    const final = await client(s)
      .responses.runToolsStream({ model: 'gpt-5-mini', input: 'Go', tools: [broken, time] })
      .finalResponse();
    expect(final.output_text).toBe(ANSWER);
    expect(outputsOf(s.turns[1]?.body ?? {}).map((output) => output.output)).toEqual([
      'Error: the tool failed: no forecast today',
      '12:00 in Oslo',
    ]);
  });
});
