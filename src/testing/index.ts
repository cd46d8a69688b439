/**
 * `sequrity-responses/testing`: a local emulator of Sequrity Control's Responses API, as a web request handler
 * (`createEmulator`), an in-process `fetch`, and a real HTTP server (`startMockServer`). It needs the optional peer
 * dependencies `ajv` (always) and `yaml` (to replay cassettes); the main entry point never loads this module.
 *
 * @module
 */

// The emulator and its server.
export { createEmulator } from './emulator.js';
export type { Emulator, HandleOptions } from './emulator.js';
export { startMockServer } from './node-server.js';
export type { MockServer, MockServerOptions, StaticFile } from './node-server.js';
export { isConnectionReset } from './http-replies.js';
export { EmulatorSetupError } from './setup-error.js';

// Options and faults.
export { FAULT_DESCRIPTIONS, FAULT_KINDS, isFaultKind } from './options.js';
export type { AnswerContext, EmulatorOptions, FaultKind, FaultSetting } from './options.js';
export { FAULT_HEADER } from './faults.js';

// Recordings.
export { parseTranscript, transcriptFormat } from './replay.js';
export type { RecordedExchange, Transcript, TranscriptFormat } from './replay.js';
export { loadTranscript } from './transcript-file.js';

// What the emulator received, and the Sequrity call ids it issues.
export type { RecordedRequest } from './request-log.js';
export { sessionOfCallId } from './sessions.js';
