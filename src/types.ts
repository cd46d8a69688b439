// The wire types of the spec, re-exported for the handwritten layer and for users. They are generated from
// openapi/ (see generated/schemas.gen.ts); nothing here re-declares them.
export type * from '../generated/schemas.gen.js';
export type {
  ResponseStreamEventType,
  ResponseStreamEventMap,
  ResponseOutputItemType,
  ResponseOutputItemMap,
} from '../generated/unions.gen.js';

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

import type { components } from '../generated/types.gen.js';

/** The endpoint type of a route: the path segment after `/control/`. */
export type EndpointType = components['parameters']['EndpointType'];
/** The provider segment of a route, for `/control/{endpoint_type}/{provider}/v1/responses`. */
export type Provider = components['parameters']['Provider'];
