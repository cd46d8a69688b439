// The wire types of the spec, for the handwritten layer: everything in src/ imports them from here rather than from
// generated/. They are generated from openapi/ and listed by name in generated/index.gen.ts; nothing here
// re-declares them.
export type * from '../generated/index.gen.js';

import type { components } from '../generated/types.gen.js';

/** The endpoint type of a route: the path segment after `/control/`. */
export type EndpointType = components['parameters']['EndpointType'];
/** The provider segment of a route, for `/control/{endpoint_type}/{provider}/v1/responses`. */
export type Provider = components['parameters']['Provider'];
