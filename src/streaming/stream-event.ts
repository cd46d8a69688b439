/**
 * The stream-event concept in one place: what a stream hands out ({@link StreamEvent}, known or
 * {@link UnknownStreamEvent}), the guard that narrows it to the spec's union, and which event types carry the whole
 * response (lifecycle) or end the stream (terminal).
 *
 * @module
 */
import { isResponseStreamEventType } from '../spec.js';
import type { ResponseStreamEvent, ResponseStreamEventType } from '../types.js';

declare const unknownStreamEvent: unique symbol;

/**
 * A stream event whose `type` this version of the spec does not list. Servers add event types over time; such
 * events are passed through unchanged, never dropped and never an error. Narrow a stream event to the known union
 * with {@link isResponseStreamEvent} before switching on `type`.
 */
export interface UnknownStreamEvent {
  /** The event's `type`, as the server sent it. */
  readonly type: string;
  /** Marks the type as unknown at compile time only; there is no such property at run time. */
  readonly [unknownStreamEvent]?: never;
  readonly [key: string]: unknown;
}

/** An event of a Responses stream: one the spec lists, or one it does not (passed through as unknown). */
export type StreamEvent = ResponseStreamEvent | UnknownStreamEvent;

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

/** The events that carry the server's whole response; each replaces the rebuilt snapshot. */
export const LIFECYCLE_EVENT_TYPES = [
  'response.created',
  'response.queued',
  'response.in_progress',
  'response.completed',
  'response.failed',
  'response.incomplete',
] as const satisfies readonly ResponseStreamEventType[];

/** The lifecycle events after which the server sends nothing more: a stream without one was cut short. */
export const TERMINAL_EVENT_TYPES = [
  'response.completed',
  'response.incomplete',
  'response.failed',
] as const satisfies readonly (typeof LIFECYCLE_EVENT_TYPES)[number][];

/** A `type` of {@link LIFECYCLE_EVENT_TYPES}. */
export type LifecycleEventType = (typeof LIFECYCLE_EVENT_TYPES)[number];
/** A `type` of {@link TERMINAL_EVENT_TYPES}. */
export type TerminalEventType = (typeof TERMINAL_EVENT_TYPES)[number];

// Pure: a bundle that drops the guards below drops the sets too.
const LIFECYCLE: ReadonlySet<string> = /* @__PURE__ */ new Set(LIFECYCLE_EVENT_TYPES);
const TERMINAL: ReadonlySet<string> = /* @__PURE__ */ new Set(TERMINAL_EVENT_TYPES);

/** Whether an event of this `type` carries the whole response. */
export function isLifecycleEventType(type: string): type is LifecycleEventType {
  return LIFECYCLE.has(type);
}

/** Whether an event of this `type` ends the stream. */
export function isTerminalEventType(type: string): type is TerminalEventType {
  return TERMINAL.has(type);
}
