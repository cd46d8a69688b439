// SSE bodies for tests, written by the library's own encoder (src/streaming/sse-encoder.ts), so every test frames
// events the way the emulator does.
import { createSseEncoder, type SseEncoderOptions } from '../../src/streaming/sse-encoder.js';

const utf8 = new TextEncoder();

/** An event to frame: a `type` and any fields. */
type Event = { readonly type: string; readonly [field: string]: unknown };

/** UTF-8 bytes of `text`. */
export const bytes = (text: string): Uint8Array => utf8.encode(text);

/** The events as SSE text: `event: <type>` and `data: <json>` per event, each frame ended by a blank line. */
export function sseText(events: readonly Event[], options: SseEncoderOptions = {}): string {
  const encoder = createSseEncoder(options);
  return events.map((event) => encoder.event(event)).join('');
}

/** {@link sseText} as UTF-8 bytes. */
export const sseBytes = (events: readonly Event[], options: SseEncoderOptions = {}) =>
  bytes(sseText(events, options));

/** The encoder itself, for frames {@link sseText} does not write: comments, `id:`, `retry:`, `[DONE]`, raw data. */
export const sse = createSseEncoder();
export { createSseEncoder };
