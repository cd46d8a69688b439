/**
 * The JSON Schema sent for a schema: converted from a Standard Schema (its input side, draft 2020-12) or copied from
 * a plain one, with the Responses API's strict-mode rules applied. Used by `textFormat` and by schema-typed
 * `functionTool`s.
 *
 * @module
 */
import { isObject, showValue } from '../internal/validate.js';
import type { StandardJSONSchemaV1 } from './standard-schema.js';

/**
 * The JSON Schema to send for `schema`: converted from a Standard Schema (input side, draft 2020-12) or copied from
 * a plain one, with the strict-mode rules applied when `strict`.
 *
 * @param where - What the schema is for, to start error messages with.
 */
export function jsonSchemaOf(schema: unknown, strict: boolean, where: string): Record<string, unknown> {
  if (!isObject(schema) && typeof schema !== 'function')
    throw new TypeError(`${where}: the schema must be a Standard Schema or a JSON Schema object.`);
  const standard = (schema as { '~standard'?: Partial<StandardJSONSchemaV1['~standard']> })['~standard'];
  let json: unknown = schema;
  if (standard !== undefined) {
    const convert = standard?.jsonSchema?.input;
    if (typeof convert !== 'function') {
      throw new TypeError(
        `${where}: the ${String(standard?.vendor)} schema has no ~standard.jsonSchema; convert it first (valibot: ` +
          'toStandardJsonSchema from @valibot/to-json-schema) or pass a JSON Schema object.',
      );
    }
    try {
      json = convert({ target: 'draft-2020-12' });
    } catch (cause) {
      throw new TypeError(
        `${where}: ${standard.vendor} could not convert the schema to JSON Schema: ${(cause as Error)?.message}`,
        { cause },
      );
    }
  }
  let copy: unknown;
  try {
    // A copy: the caller's object is never changed, and what is sent is plain JSON.
    copy = JSON.parse(JSON.stringify(json));
  } catch (cause) {
    throw new TypeError(`${where}: the JSON Schema is not JSON (${(cause as Error).message}).`, { cause });
  }
  if (!isObject(copy))
    throw new TypeError(`${where}: the JSON Schema must be an object, got ${showValue(copy)}.`);
  // The dialect is the API's to choose; the keyword is not in its strict-mode subset.
  delete copy['$schema'];
  if (strict) {
    if (copy['type'] !== 'object') {
      throw new TypeError(
        `${where}: strict mode needs an object at the root (type: "object"), got ${showValue(copy['type'], true)}; ` +
          'wrap the value in an object, or pass strict: false.',
      );
    }
    applyStrictRules(copy, '#', where);
  }
  return copy;
}

/** Keywords whose value is a schema, and those whose value is a map or list of schemas. */
const SUBSCHEMA = ['items', 'additionalItems', 'contains', 'not', 'if', 'then', 'else'];
const SUBSCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const SUBSCHEMA_LISTS = ['anyOf', 'allOf', 'oneOf', 'prefixItems'];

/** A JSON Pointer segment (RFC 6901). */
const segment = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The Responses API's strict mode, on every object schema in `node`: `additionalProperties: false` (added where
 * missing) and every property in `required` (checked: making one required would change what the model may omit).
 */
function applyStrictRules(node: unknown, path: string, where: string): void {
  if (!isObject(node)) return;
  const types = node['type'];
  if (
    types === 'object' ||
    (Array.isArray(types) && types.includes('object')) ||
    isObject(node['properties'])
  ) {
    const additional = node['additionalProperties'];
    if (additional === undefined) node['additionalProperties'] = false;
    else if (additional !== false) {
      throw new TypeError(
        `${where}: strict mode needs additionalProperties: false at ${path}, got ${showValue(additional)}; ` +
          'drop the catch-all (zod: no .catchall() or .passthrough()), or pass strict: false.',
      );
    }
    const required = Array.isArray(node['required']) ? (node['required'] as unknown[]) : [];
    const optional = Object.keys(isObject(node['properties']) ? node['properties'] : {}).filter(
      (key) => !required.includes(key),
    );
    if (optional.length > 0) {
      const paths = optional.map((key) => `${path}/properties/${segment(key)}`).join(', ');
      throw new TypeError(
        `${where}: strict mode needs every property required, but ${paths} ${optional.length > 1 ? 'are' : 'is'} ` +
          'optional; make it required and nullable (zod: .nullable() for .optional(); arktype: "T | null" for ' +
          '"key?"), or pass strict: false.',
      );
    }
  }
  for (const key of SUBSCHEMA) applyStrictRules(node[key], `${path}/${key}`, where);
  for (const key of SUBSCHEMA_MAPS) {
    const map = node[key];
    if (isObject(map))
      for (const name of Object.keys(map))
        applyStrictRules(map[name], `${path}/${key}/${segment(name)}`, where);
  }
  for (const key of SUBSCHEMA_LISTS) {
    const list = node[key];
    if (Array.isArray(list)) list.forEach((item, i) => applyStrictRules(item, `${path}/${key}/${i}`, where));
  }
}
