// Helpers shared by the emulator's tests: the bundled spec's independent Ajv check (test/helpers/spec-tooling.ts), an
// independent SSE parser (eventsource-parser), and small HTTP helpers.
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { expect } from 'vitest';
import { describeErrors, validateAgainst } from '../helpers/spec-tooling.js';

/** Asserts that `value` validates against the component schema `name` of generated/openapi.json. */
export function expectSchema(name: string, value: unknown): void {
  const errors = describeErrors(validateAgainst(name, value));
  expect(errors, `${name}: ${JSON.stringify(value).slice(0, 300)}`).toEqual([]);
}

/** Every SSE message of `text`, parsed by eventsource-parser (independent of the code under test). */
export function parseSse(text: string): EventSourceMessage[] {
  const messages: EventSourceMessage[] = [];
  const parser = createParser({ onEvent: (message) => messages.push(message) });
  parser.feed(text);
  return messages;
}

/** A stream event as the tests read it. */
export type Event = { type: string; sequence_number?: number; [key: string]: unknown };

/** The events of an SSE body, checking that each frame's `event:` line equals its `type`. */
export function sseEvents(text: string): Event[] {
  return parseSse(text).map((message) => {
    const event = JSON.parse(message.data) as Event;
    expect(message.event).toBe(event.type);
    return event;
  });
}

/** The default headers of a Responses request: a bearer token and JSON. */
export const AUTH = { authorization: 'Bearer test-key', 'content-type': 'application/json' } as const;

/** The Responses URL of the default route. */
export const responsesUrl = (base: string, endpointType = 'chat'): string =>
  `${base}/control/${endpointType}/v1/responses`;

/** POSTs a JSON body (or raw text) to the Responses route of `base` with a bearer token. */
export function post(
  base: string,
  body: unknown,
  headers: Record<string, string> = {},
  fetchImpl: typeof fetch = fetch,
): Promise<Response> {
  return fetchImpl(responsesUrl(base), {
    method: 'POST',
    headers: { ...AUTH, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** POSTs and reads the JSON reply. */
export async function postJson(
  base: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  const reply = await post(base, body, headers);
  return {
    status: reply.status,
    headers: reply.headers,
    body: (await reply.json()) as Record<string, unknown>,
  };
}

/**
 * POSTs a request for `gpt-5-mini` (anything in `body` wins) and returns the reply's body, after checking that it
 * is a 200 and a valid `Response`.
 */
export async function askForResponse(
  base: string,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Record<string, unknown>> {
  const reply = await postJson(base, { model: 'gpt-5-mini', ...body }, headers);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  expectSchema('Response', reply.body);
  return reply.body;
}

/** The names of the function calls in a response's output, in order. */
export function calledNames(response: Record<string, unknown>): string[] {
  return (response['output'] as { type: string; name?: string }[])
    .filter((item) => item.type === 'function_call')
    .map((item) => item.name ?? '');
}

/** The text of every `output_text` part of every message of a response. */
export function outputTextOf(response: Record<string, unknown>): string {
  const items = (response['output'] ?? []) as { type: string; content?: { type: string; text?: string }[] }[];
  return items
    .filter((item) => item.type === 'message')
    .flatMap((item) => item.content ?? [])
    .filter((part) => part.type === 'output_text')
    .map((part) => part.text ?? '')
    .join('');
}

/** The `detail` list of a 400 reply. */
export function details(
  body: Record<string, unknown>,
): { loc: (string | number)[]; msg: string; type: string }[] {
  expect(Array.isArray(body['detail']), JSON.stringify(body)).toBe(true);
  return body['detail'] as { loc: (string | number)[]; msg: string; type: string }[];
}

/** A function tool definition. */
export function functionTool(name: string, parameters?: Record<string, unknown>): Record<string, unknown> {
  return { type: 'function', name, ...(parameters ? { parameters } : {}) };
}
