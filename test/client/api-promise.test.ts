// Raw replies: responses.create, parse and runTools (and a conversation's create) return an APIPromise whose
// `.withResponse()` adds the fetch Response of the final attempt (body read) and whose `.asResponse()` gives that
// Response alone, body unread; a plain await gives what it always gave. Against the emulator.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { APIPromise, functionTool, ResponseStream, textFormat } from '../../src/index.js';
import { useEmulators } from '../helpers/emulator.js';
import { rejection } from '../helpers/sequrity-server.js';

const emulator = useEmulators();

const body = { model: 'gpt-5-mini', input: 'Say hello.' };
const Greeting = z.object({ greeting: z.string() });
const parseBody = { ...body, text: { format: textFormat(Greeting, { name: 'greeting' }) } };
const weather = functionTool({
  name: 'get_weather',
  parameters: z.object({ city: z.string() }),
  run: ({ city }) => `sunny in ${city}`,
});

describe('responses.create', () => {
  it('is a promise: awaiting it gives the response, as before', async () => {
    const { client } = await emulator();
    const promise = client.responses.create(body);
    expect(promise).toBeInstanceOf(APIPromise);
    expect(Object.prototype.toString.call(promise)).toBe('[object APIPromise]');
    expect((await promise).output_text).toBe('Hello!');
    expect(await client.responses.create(body).then((response) => response.status)).toBe('completed');
    expect(await client.responses.create(body).finally(() => {})).toMatchObject({ output_text: 'Hello!' });
  });

  it('withResponse() gives the response and the fetch Response, its body read', async () => {
    const { server, client } = await emulator();
    const { data, response } = await client.responses.create(body).withResponse();
    expect(data.output_text).toBe('Hello!');
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe(data.request_id);
    expect(response.headers.get('x-session-id')).toBe(data.session_id);
    expect(response.bodyUsed).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it('withResponse() gives the Response of the final attempt after a retry', async () => {
    const { server, client } = await emulator(
      { fault: { kind: 'rate-limit', count: 1 }, retryAfterSeconds: 0 },
      { maxRetries: 1 },
    );
    const { data, response } = await client.responses.create(body).withResponse();
    expect(server.requests.map((request) => request.status)).toEqual([429, 200]);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe(data.request_id);
  });

  it('asResponse() gives the Response alone, its body unread, and sends once', async () => {
    const { server, client } = await emulator();
    const response = await client.responses.create(body).asResponse();
    expect(response.bodyUsed).toBe(false);
    expect(response.headers.get('content-type')).toContain('application/json');
    const json = (await response.json()) as { object: string; output: unknown[] };
    expect(json.object).toBe('response');
    expect(JSON.stringify(json.output)).toContain('Hello!');
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.headers['accept']).toBe('application/json');
  });

  it('asResponse() still rejects with the APIError of an error status', async () => {
    const { client } = await emulator({ fault: 'server-error' });
    const error = await rejection(client.responses.create(body).asResponse());
    expect(error).toMatchObject({ name: 'InternalServerError', status: 500 });
  });

  it('for a stream: withResponse() gives the stream and the Response it reads; asResponse() the unread body', async () => {
    const { client } = await emulator();
    const { data: stream, response } = await client.responses
      .create({ ...body, stream: true })
      .withResponse();
    expect(stream).toBeInstanceOf(ResponseStream);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    // The stream carries the reply's ids itself.
    expect(stream.requestId).toBe(response.headers.get('x-request-id'));
    expect(stream.sessionId).toBe(response.headers.get('x-session-id'));
    expect((await stream.finalResponse()).output_text).toBe('Hello!');
    const raw = await client.responses.create({ ...body, stream: true }).asResponse();
    expect(raw.bodyUsed).toBe(false);
    expect(await raw.text()).toContain('event: response.completed');
  });

  it('rejects mixing asResponse() with await: whichever comes second is a TypeError', async () => {
    const { server, client } = await emulator();
    const awaited = client.responses.create(body);
    await awaited;
    const late = await rejection(awaited.asResponse());
    expect(late).toBeInstanceOf(TypeError);
    expect((late as Error).message).toBe(
      'asResponse() excludes await and withResponse(): call it at once on the promise the method returned.',
    );
    const raw = client.responses.create(body);
    const response = await raw.asResponse();
    expect(await rejection(raw.withResponse())).toBeInstanceOf(TypeError);
    await response.body?.cancel();
    expect(server.requests).toHaveLength(2);
  });

  it('works on a conversation, whose turn asResponse() leaves previousResponseId where it was', async () => {
    const { client } = await emulator();
    const chat = client.conversation();
    const { data, response } = await chat.create(body).withResponse();
    expect(response.headers.get('x-request-id')).toBe(data.request_id);
    expect(chat.previousResponseId).toBe(data.id);
    const raw = await chat.create(body).asResponse();
    expect(((await raw.json()) as { id: string }).id).not.toBe(data.id);
    expect(chat.previousResponseId).toBe(data.id);
    expect(chat.sessionId).toBe(raw.headers.get('x-session-id'));
  });
});

describe('responses.parse', () => {
  it('withResponse() gives the parsed response and the Response; asResponse() the unread body', async () => {
    const { client } = await emulator({ answer: '{"greeting":"Hello!"}' });
    const { data, response } = await client.responses.parse(parseBody).withResponse();
    expect(data.output_parsed).toEqual({ greeting: 'Hello!' });
    expect(response.headers.get('x-request-id')).toBe(data.request_id);
    const raw = await client.responses.parse(parseBody).asResponse();
    expect(raw.bodyUsed).toBe(false);
    expect(JSON.stringify(await raw.json())).toContain('{\\"greeting\\":\\"Hello!\\"}');
    const streamed = await client.responses.parse({ ...parseBody, stream: true }).withResponse();
    expect(streamed.response.headers.get('content-type')).toContain('text/event-stream');
    expect((await streamed.data.finalResponse()).output_parsed).toEqual({ greeting: 'Hello!' });
  });
});

describe('responses.runTools', () => {
  it("withResponse() gives the final round's Response; asResponse() one whose unread body is the final response", async () => {
    const { server, client } = await emulator();
    const loop = { model: 'gpt-5-mini', input: 'Weather in Paris?', tools: [weather] };
    const { data, response } = await client.responses.runTools(loop).withResponse();
    expect(server.requests).toHaveLength(2);
    expect(data.output_text).toMatch(/^The tools returned:\nget_weather: sunny in /);
    expect(response.headers.get('x-request-id')).toBe(data.request_id);
    expect(response.bodyUsed).toBe(true);
    const raw = await client.responses.runTools(loop).asResponse();
    expect(raw.bodyUsed).toBe(false);
    expect(raw.status).toBe(200);
    const final = (await raw.json()) as { id: string; output_text: string; request_id: string };
    expect(final.output_text).toMatch(/^The tools returned:/);
    expect(raw.headers.get('x-request-id')).toBe(final.request_id);
    expect(server.requests).toHaveLength(4);
    const chat = client.conversation();
    const turn = await chat.runTools(loop).withResponse();
    expect(turn.response.headers.get('x-request-id')).toBe(turn.data.request_id);
  });
});
