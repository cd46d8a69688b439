/**
 * A seeded, realistic Responses API transcript as server-sent-event bytes, for benchmarks.
 *
 * The transcript is one response: `response.created` and `response.in_progress` (~1.3 KB each), then
 * message items made of many `response.output_text.delta` events (1–20 characters each, with CJK, emoji
 * and accents, and an `obfuscation` pad as the real API sends), an occasional function call streamed as
 * `response.function_call_arguments.delta`s, and finally `response.completed`. Every frame is
 * `event: <type>\ndata: <json>\n\n` and `sequence_number` increases by one per event.
 *
 * Size cap: a real `response.completed` repeats every output item, which for a million-event transcript
 * would be one event of megabytes. Here its `output` holds only the last function call and the last
 * {@link COMPLETED_MESSAGES} message items (each item's text is capped at about {@link MAX_ITEM_TEXT}
 * characters), so it stays around 5 KB. It is therefore not a complete snapshot of a long transcript.
 *
 * @module
 */
import { createSseEncoder } from '../src/streaming/sse-encoder.js';

/** How many of the last message items `response.completed` repeats in its `output`. */
export const COMPLETED_MESSAGES = 3;

/** Largest text of one message item, in characters; bounds `output_text.done` and `response.completed`. */
export const MAX_ITEM_TEXT = 3_000;

/** The transcript and what a correct consumer must find in it. */
export interface Transcript {
  /** The SSE bytes. */
  bytes: Uint8Array;
  /** Number of events (frames). */
  events: number;
  /** Sum of every event's `sequence_number`: a checksum that proves each payload was parsed. */
  sequenceSum: number;
}

const RESPONSE_ID = 'resp_0b1f6c2d9e8a47b3a5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0';

// Deltas as a tokenizer would cut them: words with their leading space, punctuation, CJK runs, emoji.
const TOKENS = [
  ' the',
  ' of',
  ' and',
  ' stream',
  ' event',
  ' response',
  ' token',
  ' model',
  ' policy',
  ' Sequrity',
  ',',
  '.',
  ' —',
  ':',
  ' (',
  ')',
  '\n\n',
  '\n- ',
  ' **',
  '**',
  ' `code`',
  ' "quoted"',
  ' café',
  ' naïve',
  ' über',
  ' São Paulo',
  ' façade',
  ' Ångström',
  ' déjà vu',
  '中文',
  '数据流',
  '安全',
  '模型输出',
  'です',
  'ありがとう',
  '한국어',
  ' Привет',
  ' مرحبا',
  ' 😀',
  '🚀',
  ' 👍🏽',
  '🇨🇭',
  ' 🧪',
  ' ✅',
  ' 1,234',
  ' 42',
  ' 3.14',
] as const;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** mulberry32: small, fast and good enough to make transcripts reproducible. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function responseObject(status: string, output: unknown[], usage: unknown): Record<string, unknown> {
  return {
    id: RESPONSE_ID,
    object: 'response',
    created_at: 1_765_552_659,
    status,
    background: false,
    error: null,
    incomplete_details: null,
    instructions:
      'You are a careful assistant. Answer briefly, cite tools you used, and never reveal secrets.',
    max_output_tokens: null,
    max_tool_calls: null,
    model: 'gpt-5.1-2025-11-13',
    output,
    parallel_tool_calls: true,
    previous_response_id: null,
    prompt_cache_key: null,
    reasoning: { effort: 'medium', summary: null },
    safety_identifier: null,
    service_tier: 'auto',
    store: false,
    temperature: 1,
    text: { format: { type: 'text' }, verbosity: 'medium' },
    tool_choice: 'auto',
    tools: [
      {
        type: 'function',
        name: 'get_weather',
        description: 'Look up the current weather for a city. Call once per city.',
        parameters: {
          type: 'object',
          properties: {
            city: { type: 'string', description: 'City name, in English.' },
            unit: { type: 'string', enum: ['celsius', 'fahrenheit'], default: 'celsius' },
          },
          required: ['city', 'unit'],
          additionalProperties: false,
        },
        strict: true,
      },
    ],
    top_logprobs: 0,
    top_p: 1,
    truncation: 'disabled',
    usage,
    user: null,
    metadata: { session: 'bench', tenant: 'sequrity-bench' },
  };
}

/**
 * Generates a transcript of exactly `events` events (at least 8).
 *
 * @param events - Number of events to generate.
 * @param seed - PRNG seed; the same seed gives the same bytes.
 * @returns The bytes and their checksum.
 */
export function generateTranscript(events: number, seed = 1): Transcript {
  if (events < 8) throw new RangeError('A transcript needs at least 8 events.');
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const pad = (length: number): string => {
    let text = '';
    for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(random() * ALPHABET.length)];
    return text;
  };
  const encoder = new TextEncoder();
  let bytes = new Uint8Array(1 << 20);
  let length = 0;
  let sequence = 0;
  let sequenceSum = 0;

  const sse = createSseEncoder();

  function emit(type: string, payload: Record<string, unknown>): void {
    const frame = sse.event({ type, sequence_number: sequence, ...payload });
    sequenceSum += sequence++;
    // UTF-8 needs at most 3 bytes per UTF-16 code unit.
    if (length + frame.length * 3 > bytes.length) {
      const grown = new Uint8Array(Math.max(bytes.length * 2, length + frame.length * 3));
      grown.set(bytes.subarray(0, length));
      bytes = grown;
    }
    length += encoder.encodeInto(frame, bytes.subarray(length)).written;
  }

  emit('response.created', { response: responseObject('in_progress', [], null) });
  emit('response.in_progress', { response: responseObject('in_progress', [], null) });

  let outputIndex = 0;
  const recentMessages: unknown[] = [];
  let lastCall: unknown;
  // Events still to emit before response.completed. A message item takes 5 + deltas events and a function
  // call 3 + pieces, so each item is sized to leave either nothing or room for one more message (>= 6).
  const remaining = (): number => events - 1 - sequence;
  const size = (wanted: number, overhead: number): number => {
    const left = remaining() - overhead - wanted;
    return left > 0 && left < 6 ? wanted + left : wanted;
  };
  while (remaining() > 0) {
    if (recentMessages.length > 0 && remaining() >= 30 && random() < 0.15) {
      const itemId = `fc_${pad(40)}`;
      const item = {
        id: itemId,
        type: 'function_call',
        status: 'in_progress',
        arguments: '',
        call_id: `call_${pad(24)}`,
        name: 'get_weather',
      };
      emit('response.output_item.added', { output_index: outputIndex, item });
      const args = JSON.stringify({
        city: pick(['Zürich', 'São Paulo', '東京', 'Reykjavík']),
        unit: 'celsius',
      });
      const pieces = size(2 + Math.floor(random() * 10), 3);
      let streamed = '';
      for (let i = 1; i <= pieces; i++) {
        const delta = args.slice(streamed.length, Math.ceil((i * args.length) / pieces));
        streamed += delta;
        emit('response.function_call_arguments.delta', {
          item_id: itemId,
          output_index: outputIndex,
          delta,
          obfuscation: pad(Math.max(2, 16 - delta.length)),
        });
      }
      emit('response.function_call_arguments.done', {
        item_id: itemId,
        output_index: outputIndex,
        arguments: args,
      });
      lastCall = { ...item, status: 'completed', arguments: args };
      emit('response.output_item.done', { output_index: outputIndex, item: lastCall });
      outputIndex++;
      continue;
    }
    const itemId = `msg_${pad(40)}`;
    const emptyPart = { type: 'output_text', annotations: [], logprobs: [], text: '' };
    const deltas = Math.min(remaining() - 5, size(20 + Math.floor(random() * 300), 5));
    emit('response.output_item.added', {
      output_index: outputIndex,
      item: { id: itemId, type: 'message', status: 'in_progress', content: [], role: 'assistant' },
    });
    emit('response.content_part.added', {
      item_id: itemId,
      output_index: outputIndex,
      content_index: 0,
      part: emptyPart,
    });
    let text = '';
    for (let i = 0; i < deltas; i++) {
      let delta = pick(TOKENS);
      if (random() < 0.2) delta += pick(TOKENS);
      // Past the cap, keep the event count but stop growing the text much.
      if (text.length + delta.length > MAX_ITEM_TEXT) delta = '.';
      text += delta;
      emit('response.output_text.delta', {
        item_id: itemId,
        output_index: outputIndex,
        content_index: 0,
        delta,
        logprobs: [],
        obfuscation: pad(Math.max(2, 16 - delta.length)),
      });
    }
    const part = { ...emptyPart, text };
    emit('response.output_text.done', {
      item_id: itemId,
      output_index: outputIndex,
      content_index: 0,
      text,
      logprobs: [],
    });
    emit('response.content_part.done', {
      item_id: itemId,
      output_index: outputIndex,
      content_index: 0,
      part,
    });
    const message = { id: itemId, type: 'message', status: 'completed', content: [part], role: 'assistant' };
    emit('response.output_item.done', { output_index: outputIndex, item: message });
    if (recentMessages.push(message) > COMPLETED_MESSAGES) recentMessages.shift();
    outputIndex++;
  }
  const output = lastCall === undefined ? recentMessages : [lastCall, ...recentMessages];
  const usage = {
    input_tokens: 1_234,
    input_tokens_details: { cached_tokens: 0 },
    output_tokens: events,
    output_tokens_details: { reasoning_tokens: 0 },
    total_tokens: 1_234 + events,
  };
  emit('response.completed', { response: responseObject('completed', output, usage) });
  return { bytes: bytes.slice(0, length), events: sequence, sequenceSum };
}

/**
 * Makes a factory of byte streams that deliver `bytes` in chunks of `chunkSize` bytes, so chunk
 * boundaries land mid-line and mid-character. Each call returns a fresh stream; chunks are views, not copies.
 *
 * @param bytes - The whole body.
 * @param chunkSize - Bytes per chunk (the last chunk may be shorter).
 * @returns A function returning a new `ReadableStream<Uint8Array>` over the bytes.
 */
export function chunkedStreamFactory(bytes: Uint8Array, chunkSize: number): () => ReadableStream<Uint8Array> {
  return () => {
    let offset = 0;
    return new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= bytes.length) {
          controller.close();
          return;
        }
        controller.enqueue(bytes.subarray(offset, offset + chunkSize));
        offset += chunkSize;
      },
    });
  };
}
