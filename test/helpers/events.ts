// A small SYNTHETIC Responses stream (not a recording): created → one message with two text deltas → completed.
// Tests that need genuine server output use the recordings (fixtures.ts) instead.

/** A stream event as a test writes it: a `type` and any fields. */
export type TestEvent = { readonly type: string; readonly [field: string]: unknown };

/** A minimal `response` object with the given status and output. */
export const response = (status: string, output: unknown[] = []) => ({
  id: 'resp_1',
  object: 'response',
  created_at: 1,
  model: 'gpt-5-mini',
  status,
  output,
});

/** An assistant message item `msg_1` holding one `output_text` part. */
export const message = (text: string, status = 'completed') => ({
  id: 'msg_1',
  type: 'message',
  role: 'assistant',
  status,
  content: [{ type: 'output_text', text, annotations: [] }],
});

/** A text delta for `msg_1`'s first part. */
export const textDelta = (delta: string, sequenceNumber: number): TestEvent => ({
  type: 'response.output_text.delta',
  sequence_number: sequenceNumber,
  item_id: 'msg_1',
  output_index: 0,
  content_index: 0,
  delta,
});

/** The text the stream below builds. */
export const TEXT = 'Hello, wörld 🌍';

/** The whole synthetic stream, in order; six events, the last one terminal. */
export const textEvents = [
  { type: 'response.created', sequence_number: 0, response: response('in_progress') },
  {
    type: 'response.output_item.added',
    sequence_number: 1,
    output_index: 0,
    item: { ...message('', 'in_progress'), content: [] },
  },
  {
    type: 'response.content_part.added',
    sequence_number: 2,
    item_id: 'msg_1',
    output_index: 0,
    content_index: 0,
    part: { type: 'output_text', text: '', annotations: [] },
  },
  textDelta('Hello, ', 3),
  textDelta('wörld 🌍', 4),
  { type: 'response.completed', sequence_number: 5, response: response('completed', [message(TEXT)]) },
] as const satisfies readonly TestEvent[];

/** The stream's first event. */
export const [created] = textEvents;

/** An `error` event in the real (nested) shape. */
export const errorEvent = (error: Record<string, unknown>, sequenceNumber = 2): TestEvent => ({
  type: 'error',
  sequence_number: sequenceNumber,
  error,
});
