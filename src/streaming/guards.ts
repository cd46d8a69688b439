import { isResponseStreamEventType } from '../spec.js';
import type { ResponseStreamEvent } from '../types.js';
import type { StreamEvent } from './event-decoding.js';

/**
 * Whether `event` has a `type` the spec lists. Narrow with it before a `switch (event.type)`: events of unknown
 * types are passed through by the stream, and TypeScript cannot narrow them away on `type` alone.
 *
 * @example
 * ```ts
 * for await (const event of stream) {
 *   if (!isResponseStreamEvent(event)) continue; // a newer event type
 *   switch (event.type) {
 *     case 'response.output_text.delta': process.stdout.write(event.delta); break;
 *   }
 * }
 * ```
 */
export function isResponseStreamEvent(event: StreamEvent): event is ResponseStreamEvent {
  return isResponseStreamEventType(event.type);
}
