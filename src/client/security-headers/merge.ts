/**
 * Per-call overrides of a security header document: a deep merge that never reaches a prototype.
 *
 * @module
 */
import { FORBIDDEN_KEYS, isPlainObject } from '../../internal/validate.js';
import { checkFields, checkOption } from '../option-kinds.js';

/** A JSON object as sent in a header: known fields of the wire type plus any other keys. */
export type HeaderDocument = { [key: string]: unknown };

/** Per-call changes merged into a header document; any keys, at any depth, are allowed. */
export type HeaderOverrides = { readonly [key: string]: unknown };

/**
 * Merges `source` into `target`: where both are plain objects, key by key into `target` itself; everywhere else
 * `source` replaces it, plain objects and arrays as deep copies. Forbidden keys and `undefined` properties are
 * left out; `label` names the input in the message of a cycle. Copying is merging into nothing.
 */
function merge(target: unknown, source: unknown, ancestors: Set<object>, label: string): unknown {
  const array = Array.isArray(source);
  if (!array && !isPlainObject(source)) return source;
  if (ancestors.has(source)) throw new TypeError(`${label} contains a circular reference.`);
  ancestors.add(source);
  let result: unknown;
  if (array) result = source.map((item: unknown) => merge(undefined, item, ancestors, label));
  else {
    const object: HeaderDocument = isPlainObject(target) ? target : {};
    for (const key of Object.keys(source)) {
      const value = source[key];
      if (!FORBIDDEN_KEYS.has(key) && value !== undefined)
        object[key] = merge(Object.hasOwn(object, key) ? object[key] : undefined, value, ancestors, label);
    }
    result = object;
  }
  ancestors.delete(source);
  return result;
}

/** Names used in the error messages of {@link mergeHeaderOverrides}. */
export interface MergeHeaderOverridesNames {
  /**
   * What the base document is called, e.g. `'policy'`.
   * @defaultValue `'base'`
   */
  readonly base?: string;
  /**
   * What the overrides are called, e.g. `'policyOverrides'`.
   * @defaultValue `'overrides'`
   */
  readonly overrides?: string;
}

/**
 * Deep-merges overrides into a copy of a header document, as the Python SDK's `dump_for_headers(overrides=…)`
 * does: where both sides hold a plain object the two are merged key by key; everywhere else (arrays, scalars,
 * `null`, an object over a scalar) the override replaces the value. Keys unknown to the wire type are allowed at
 * any depth. Unlike the Python SDK, the overrides also apply when there is no base document (the result is then a
 * copy of the overrides), and neither input is mutated.
 *
 * Keys `__proto__`, `constructor` and `prototype` are dropped at every depth of both inputs, so they are never
 * merged, never sent and never reach a prototype. An override property whose value is `undefined` is ignored
 * (the base value stays).
 *
 * @param base - The document from a preset, a plain wire object, or `undefined`/`null` for none.
 * @param overrides - The changes to apply, or `undefined`/`null` for none.
 * @param names - What to call the two inputs in error messages.
 * @returns A new document; `undefined` only when there is no base and the overrides add nothing.
 * @throws TypeError when either input is not a plain object, or contains a circular reference.
 * @example
 * ```ts
 * mergeHeaderOverrides(config.dualLlm(), { fsm: { max_n_turns: 20, enabled_internal_tools: [] } });
 * // {"fsm":{"min_num_tools_for_filtering":10,"clear_session_meta":"never","max_n_turns":20,"disable_rllm":true,
 * //  "enabled_internal_tools":[]}}
 * ```
 */
export function mergeHeaderOverrides(
  base: object,
  overrides?: HeaderOverrides | null,
  names?: MergeHeaderOverridesNames,
): HeaderDocument;
export function mergeHeaderOverrides(
  base: object | null | undefined,
  overrides?: HeaderOverrides | null,
  names?: MergeHeaderOverridesNames,
): HeaderDocument | undefined;
export function mergeHeaderOverrides(
  base: object | null | undefined,
  overrides?: HeaderOverrides | null,
  names: MergeHeaderOverridesNames = {},
): HeaderDocument | undefined {
  checkFields('mergeHeaderOverrides names', names, { base: 'string', overrides: 'string' });
  const baseName = names.base ?? 'base';
  const overridesName = names.overrides ?? 'overrides';
  checkOption(baseName, base, 'plainObject?');
  checkOption(overridesName, overrides, 'plainObject?');
  // The base is copied first, so merging the overrides only ever changes objects of this copy.
  const result = merge(
    merge(undefined, base ?? {}, new Set(), baseName),
    overrides ?? {},
    new Set(),
    overridesName,
  );
  return base == null && Object.keys(result as object).length === 0 ? undefined : (result as HeaderDocument);
}
