// The one module of src/ that imports run-time code from generated/: the low-level client, the lists of known
// union tags and the type guards. Everything else in src/ imports them from here.
export { createLowLevelClient, encodeJsonHeaders, OPERATIONS, SERVERS } from '../generated/client.gen.js';
export type { JsonHeaderDocuments, LowLevelClient } from '../generated/client.gen.js';
export * from '../generated/unions.gen.js';
export * from '../generated/guards.gen.js';
