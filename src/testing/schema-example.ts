// Builds a value that satisfies a JSON Schema (a function tool's `parameters`), deterministically: the emulator's
// function-call arguments. The result is checked with Ajv afterwards; schemas this cannot satisfy are reported.

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const MAX_DEPTH = 12;

const FORMATS: Record<string, string> = {
  date: '2026-06-10',
  'date-time': '2026-06-10T09:30:00Z',
  time: '09:30:00Z',
  email: 'user@example.com',
  'idn-email': 'user@example.com',
  uri: 'https://example.com/',
  url: 'https://example.com/',
  'uri-reference': 'https://example.com/',
  iri: 'https://example.com/',
  uuid: '123e4567-e89b-42d3-a456-426614174000',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  hostname: 'example.com',
  duration: 'P1D',
};

/** Strings tried, in order, against a `pattern`. */
const PATTERN_CANDIDATES = [
  'A1',
  'AB123',
  'abc',
  'ABC',
  'a1',
  '1',
  '123',
  'user@example.com',
  '2026-06-10',
  'x',
];

function resolveRef(schema: Json, root: Json): Json {
  let current = schema;
  for (let hops = 0; hops < 16 && typeof current['$ref'] === 'string'; hops++) {
    const ref = current['$ref'];
    if (!ref.startsWith('#')) return {};
    let node: unknown = root;
    for (const raw of ref.slice(1).split('/').filter(Boolean)) {
      const segment = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
      node = isObject(node) ? node[segment] : undefined;
    }
    current = isObject(node) ? node : {};
  }
  return current;
}

function matches(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(value);
  } catch {
    return false;
  }
}

function stringFor(schema: Json, name: string): string {
  const format = typeof schema['format'] === 'string' ? FORMATS[schema['format']] : undefined;
  let value = format ?? `example ${name.replaceAll('_', ' ')}`.trim();
  if (typeof schema['pattern'] === 'string') {
    const pattern = schema['pattern'];
    value = [value, ...PATTERN_CANDIDATES].find((candidate) => matches(pattern, candidate)) ?? value;
  }
  const min = typeof schema['minLength'] === 'number' ? schema['minLength'] : 0;
  const max = typeof schema['maxLength'] === 'number' ? schema['maxLength'] : Infinity;
  if (value.length < min) value = value.padEnd(min, 'x');
  if (value.length > max) value = value.slice(0, Math.max(0, max));
  return value;
}

function numberFor(schema: Json, integer: boolean): number {
  const num = (key: string): number | undefined =>
    typeof schema[key] === 'number' ? (schema[key] as number) : undefined;
  const step = integer ? 1 : 0.5;
  let low =
    num('minimum') ??
    (num('exclusiveMinimum') === undefined ? undefined : (num('exclusiveMinimum') as number) + step);
  const high =
    num('maximum') ??
    (num('exclusiveMaximum') === undefined ? undefined : (num('exclusiveMaximum') as number) - step);
  low = low === undefined ? Math.min(1, high ?? 1) : low;
  let value = integer ? Math.ceil(low) : low;
  const multiple = num('multipleOf');
  if (multiple !== undefined && multiple > 0) value = Math.ceil(value / multiple) * multiple;
  return value;
}

function typeOf(schema: Json): string | undefined {
  const declared = schema['type'];
  if (typeof declared === 'string') return declared;
  if (Array.isArray(declared)) return declared.find((t) => t !== 'null') ?? declared[0];
  if (isObject(schema['properties'])) return 'object';
  if (schema['items'] !== undefined) return 'array';
  return undefined;
}

function defineField(target: Json, key: string, value: unknown): void {
  // defineProperty, so that a property named `__proto__` stays a plain field.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A value satisfying `schema` (as far as this can tell): `const`, the first `enum` value, `default` or the first
 * example when given; otherwise built from the type: every required property (all properties when none are
 * required), one item per array (or `minItems`), strings from `format` or the property name, numbers at the lower
 * bound, `true` for booleans.
 *
 * @param schema - The JSON Schema (refs resolve against `root`).
 * @param root - The schema document `$ref`s point into.
 * @param name - The property name, used for string values.
 */
export function exampleValue(schema: unknown, root: unknown, name = 'value', depth = 0): unknown {
  if (schema === true || !isObject(schema)) return `example ${name}`;
  const node = resolveRef(schema, isObject(root) ? root : {});
  if ('const' in node) return node['const'];
  if (Array.isArray(node['enum']) && node['enum'].length > 0) return node['enum'][0];
  if ('default' in node) return node['default'];
  if (Array.isArray(node['examples']) && node['examples'].length > 0) return node['examples'][0];
  if (depth > MAX_DEPTH) return null;
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    const members = node[keyword];
    if (Array.isArray(members) && members.length > 0) {
      const preferred = members.find((m) => !(isObject(m) && m['type'] === 'null')) ?? members[0];
      return exampleValue(preferred, root, name, depth + 1);
    }
  }
  if (Array.isArray(node['allOf']) && node['allOf'].length > 0) {
    const parts = node['allOf'].map((member) => exampleValue(member, root, name, depth + 1));
    if (parts.every(isObject)) {
      const merged: Json = {};
      for (const part of parts) for (const key of Object.keys(part)) defineField(merged, key, part[key]);
      return merged;
    }
    return parts[0];
  }
  switch (typeOf(node)) {
    case 'object': {
      const properties = isObject(node['properties']) ? node['properties'] : {};
      const required = Array.isArray(node['required'])
        ? node['required'].map(String)
        : Object.keys(properties);
      const value: Json = {};
      for (const key of required)
        defineField(value, key, exampleValue(properties[key] ?? {}, root, key, depth + 1));
      return value;
    }
    case 'array': {
      const count = Math.max(typeof node['minItems'] === 'number' ? node['minItems'] : 1, 1);
      const prefix = Array.isArray(node['prefixItems']) ? node['prefixItems'] : [];
      return Array.from({ length: Math.max(count, prefix.length) }, (_, index) => {
        const item = exampleValue(prefix[index] ?? node['items'] ?? {}, root, name, depth + 1);
        // Distinct items, in case the schema asks for uniqueItems.
        return index === 0
          ? item
          : typeof item === 'string'
            ? `${item} ${index + 1}`
            : typeof item === 'number'
              ? item + index
              : item;
      });
    }
    case 'integer':
      return numberFor(node, true);
    case 'number':
      return numberFor(node, false);
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return stringFor(node, name);
  }
}
