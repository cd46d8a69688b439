// Reading a (validated) request: its input items in a normalised form, the newest user text and the tool outputs.
import type { ResponseCreateParams } from '../types.js';
import { isObject } from '../internal/validate.js';

/** One input item, reduced to what the emulator's behaviours look at. */
export type InputEntry =
  | { kind: 'message'; role: string; text: string; index: number }
  | { kind: 'function_call'; callId: string; name: string; index: number }
  | { kind: 'function_call_output'; callId: string; output: string; index: number }
  | { kind: 'other'; type: string; index: number };

/** The text of a message's `content`: the string itself, or its text parts joined. */
function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((part) => (isObject(part) && typeof part['text'] === 'string' ? part['text'] : ''))
    .filter((text) => text !== '')
    .join('\n');
}

/** The output of a function call as text (a string, or the text parts of a content list). */
function outputText(output: unknown): string {
  return typeof output === 'string' ? output : contentText(output);
}

/** The request's input as a list of entries (a string input is one user message). */
export function inputEntries(body: ResponseCreateParams): InputEntry[] {
  const input = body.input;
  if (input === undefined) return [];
  if (typeof input === 'string') return [{ kind: 'message', role: 'user', text: input, index: 0 }];
  return (input as unknown[]).map((item, index): InputEntry => {
    const record = isObject(item) ? item : {};
    const type = typeof record['type'] === 'string' ? record['type'] : undefined;
    if ((type === undefined || type === 'message') && typeof record['role'] === 'string') {
      return { kind: 'message', role: record['role'], text: contentText(record['content']), index };
    }
    if (type === 'function_call') {
      return {
        kind: 'function_call',
        callId: String(record['call_id']),
        name: String(record['name']),
        index,
      };
    }
    if (type === 'function_call_output') {
      return {
        kind: 'function_call_output',
        callId: String(record['call_id']),
        output: outputText(record['output']),
        index,
      };
    }
    return { kind: 'other', type: type ?? 'unknown', index };
  });
}

/** Whether the newest input item is a user message: such a request starts a new turn. */
export function startsTurn(entries: readonly InputEntry[]): boolean {
  const newest = entries.at(-1);
  return newest?.kind === 'message' && newest.role === 'user';
}

/** The text of the newest user message, or `''` when the newest item is not one. */
export function newestUserText(entries: readonly InputEntry[]): string {
  const newest = entries.at(-1);
  return newest?.kind === 'message' && newest.role === 'user' ? newest.text : '';
}

/** A rough token count of text, as tokenizers average about four characters per token. */
export function estimateTokens(text: string): number {
  return text.length === 0 ? 0 : Math.max(1, Math.ceil(text.length / 4));
}

/** Input tokens of a request: its instructions, input items and tool definitions, plus a few per item. */
export function inputTokens(body: ResponseCreateParams, entries: readonly InputEntry[]): number {
  let tokens = estimateTokens(body.instructions ?? '');
  for (const entry of entries) {
    tokens += 4;
    if (entry.kind === 'message') tokens += estimateTokens(entry.text);
    else if (entry.kind === 'function_call_output') tokens += estimateTokens(entry.output);
    else if (entry.kind === 'function_call') tokens += estimateTokens(entry.name) + 8;
  }
  if (body.tools !== undefined && body.tools.length > 0) tokens += estimateTokens(JSON.stringify(body.tools));
  return tokens + 3;
}
