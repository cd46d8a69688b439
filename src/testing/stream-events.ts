// The events of a streamed response, shaped like the real protocol: lifecycle snapshots, every structure and delta
// event each output item needs, and the terminal event. Built from the final response, so the stream and the JSON
// reply always agree.
import type { Response, ResponseOutputItem } from '../types.js';
import type { BodyPart } from './sse.js';

/** Pacing of a stream. */
export interface Pacing {
  /** Pause before the first output event (keepalives are sent during it). */
  latencyMs: number;
  /** Deltas per second; `Infinity` for no delay. */
  tokensPerSecond: number;
}

/** Splits text into token-like deltas (a word with its leading spaces, at most 12 characters of it). */
export function tokenize(text: string): string[] {
  // The u flag counts code points, so that a delta never ends in half a surrogate pair.
  return text.match(/\s*\S{1,12}|\s+/gu) ?? [];
}

/** The snapshot of `response` as it starts: in progress, no output, no usage. */
export function startingSnapshot(response: Response): Response {
  return {
    ...response,
    status: 'in_progress',
    completed_at: null,
    error: null,
    incomplete_details: null,
    output: [],
    usage: null,
  };
}

type Event = Extract<BodyPart, { event: unknown }>['event'];

const TERMINAL: Record<string, string> = {
  completed: 'response.completed',
  failed: 'response.failed',
  incomplete: 'response.incomplete',
};

/** How one item's events are paced: `first` for the first output event, `delta` for each delta. */
interface ItemPacing {
  /** Whether the text or arguments go out in one delta. */
  whole: boolean;
  delta: (event: Event) => BodyPart;
  first: (event: Event) => BodyPart;
}

type MessageItem = Extract<ResponseOutputItem, { type: 'message' }>;
type FunctionCallItem = Extract<ResponseOutputItem, { type: 'function_call' }>;

function messageEvents(item: MessageItem, index: number, pacing: ItemPacing, parts: BodyPart[]): void {
  const at = { output_index: index };
  const id = item.id;
  const part = item.content[0] ?? { type: 'output_text', annotations: [], text: '' };
  const where = { item_id: id, ...at, content_index: 0 };
  parts.push(
    pacing.first({
      type: 'response.output_item.added',
      sequence_number: 0,
      ...at,
      item: { ...item, status: 'in_progress', content: [] },
    }),
    {
      event: {
        type: 'response.content_part.added',
        sequence_number: 0,
        ...where,
        part:
          part.type === 'refusal'
            ? { type: 'refusal', refusal: '' }
            : { type: 'output_text', annotations: [], logprobs: [], text: '' },
      },
    },
  );
  // A refusal streams like text, with its own event types.
  const text = part.type === 'refusal' ? part.refusal : part.text;
  const kind = part.type === 'refusal' ? 'refusal' : 'output_text';
  for (const piece of pacing.whole ? [text] : tokenize(text)) {
    parts.push(
      pacing.delta(
        kind === 'refusal'
          ? { type: 'response.refusal.delta', sequence_number: 0, ...where, delta: piece }
          : {
              type: 'response.output_text.delta',
              sequence_number: 0,
              ...where,
              delta: piece,
              logprobs: [],
            },
      ),
    );
  }
  parts.push(
    {
      event:
        kind === 'refusal'
          ? { type: 'response.refusal.done', sequence_number: 0, ...where, refusal: text }
          : { type: 'response.output_text.done', sequence_number: 0, ...where, text, logprobs: [] },
    },
    { event: { type: 'response.content_part.done', sequence_number: 0, ...where, part } },
  );
}

function functionCallEvents(
  item: FunctionCallItem,
  index: number,
  pacing: ItemPacing,
  parts: BodyPart[],
): void {
  const at = { output_index: index };
  const id = item.id ?? '';
  parts.push(
    pacing.first({
      type: 'response.output_item.added',
      sequence_number: 0,
      ...at,
      item: { ...item, status: 'in_progress', arguments: '' },
    }),
  );
  for (const piece of pacing.whole ? [item.arguments] : tokenize(item.arguments)) {
    parts.push(
      pacing.delta({
        type: 'response.function_call_arguments.delta',
        sequence_number: 0,
        item_id: id,
        ...at,
        delta: piece,
      }),
    );
  }
  parts.push({
    event: {
      type: 'response.function_call_arguments.done',
      sequence_number: 0,
      item_id: id,
      ...at,
      name: item.name,
      arguments: item.arguments,
    },
  });
}

function itemEvents(item: ResponseOutputItem, index: number, pacing: ItemPacing): BodyPart[] {
  const parts: BodyPart[] = [];
  const at = { output_index: index };
  if (item.type === 'message') messageEvents(item, index, pacing, parts);
  else if (item.type === 'function_call') functionCallEvents(item, index, pacing, parts);
  else parts.push(pacing.first({ type: 'response.output_item.added', sequence_number: 0, ...at, item }));
  parts.push({ event: { type: 'response.output_item.done', sequence_number: 0, ...at, item } });
  return parts;
}

/**
 * The stream of `response`: `response.created` and `response.in_progress` (with the starting snapshot), then for
 * each output item `output_item.added`, its content part (text or refusal) or argument events with one delta per
 * token, the `.done`
 * events, and finally `response.completed`, `.failed` or `.incomplete` with the whole response.
 *
 * @param singleDelta - Output indexes whose text or arguments go out in one delta.
 */
export function responseEvents(
  response: Response,
  pacing: Pacing,
  singleDelta: ReadonlySet<number> = new Set(),
): BodyPart[] {
  const tokenDelay = Number.isFinite(pacing.tokensPerSecond) ? 1000 / pacing.tokensPerSecond : 0;
  let firstOutput = true;
  const first = (event: Event): BodyPart => {
    const delayMs = firstOutput ? pacing.latencyMs : 0;
    firstOutput = false;
    return { event, delayMs };
  };
  const delta = (event: Event): BodyPart => ({ event, delayMs: tokenDelay });
  const snapshot = startingSnapshot(response);
  const parts: BodyPart[] = [
    { event: { type: 'response.created', sequence_number: 0, response: snapshot } },
    { event: { type: 'response.in_progress', sequence_number: 0, response: snapshot } },
  ];
  response.output.forEach((item, index) =>
    parts.push(...itemEvents(item, index, { whole: singleDelta.has(index), delta, first })),
  );
  const terminal = TERMINAL[response.status] ?? 'response.completed';
  parts.push({
    event: { type: terminal, sequence_number: 0, response },
    delayMs: firstOutput ? pacing.latencyMs : 0,
  });
  return parts;
}
