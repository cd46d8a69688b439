/**
 * The three JSON security headers (`X-Features`, `X-Policy`, `X-Config`): presets that build the same documents as
 * the Python SDK's `single_llm()` / `dual_llm()` class methods, a deep merge for per-call overrides, and a
 * serialiser that turns a document into a header value fetch can send.
 *
 * @module
 */
export { features, type FeaturesPresetOptions } from './features.js';
export { policy, type DualLlmPolicyOptions, type SingleLlmPolicyOptions } from './policy.js';
export { config, type DualLlmConfigOptions, type SingleLlmConfigOptions } from './config.js';
export {
  mergeHeaderOverrides,
  type HeaderDocument,
  type HeaderOverrides,
  type MergeHeaderOverridesNames,
} from './merge.js';
export {
  DEFAULT_MAX_HEADER_BYTES,
  serializeJsonHeader,
  type SerializeJsonHeaderOptions,
} from './serialise.js';
