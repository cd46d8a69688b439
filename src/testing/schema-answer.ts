// Values for a request's JSON Schema, proven with Ajv: a valid one (function-call arguments, structured answers)
// and, for the `invalid-output` fault, an invalid one that is still JSON.
import type { SchemaCheck } from './schema-check.js';
import { exampleValue, type SampleOptions } from './schema-example.js';

const HASHED_CHARACTERS = 100_000;

/** The seed of the answers to `text` (FNV-1a over its first 100,000 characters, and its length). */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5 ^ text.length;
  const end = Math.min(text.length, HASHED_CHARACTERS);
  for (let i = 0; i < end; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function accepts(check: SchemaCheck, value: unknown): boolean {
  if (value === undefined) return false;
  try {
    // Only what survives JSON counts: the value is sent as JSON text.
    return check(JSON.parse(JSON.stringify(value)));
  } catch {
    return false;
  }
}

/**
 * A value that `check` (the compiled `schema`) accepts, or `undefined`. Tries, in order: the seeded value, the
 * first choices, both again without `examples`/`default`, the smallest value, then two more seeds.
 */
export function validInstance(
  schema: unknown,
  check: SchemaCheck,
  seed: number,
): { value: unknown } | undefined {
  const attempts: SampleOptions[] = [
    { seed },
    {},
    { seed, examples: false },
    { examples: false },
    { examples: false, minimal: true },
    { seed: seed + 1, examples: false },
    { seed: seed + 2, examples: false },
  ];
  for (const options of attempts) {
    const value = exampleValue(schema, options);
    if (accepts(check, value)) return { value };
  }
  return undefined;
}

const WRONG = 'invalid-output';

/** Variants of `valid` that break one rule each: a required property left out, one of another type, one too many. */
function mutations(schema: unknown, valid: unknown): unknown[] {
  if (typeof valid !== 'object' || valid === null) return [];
  if (Array.isArray(valid)) {
    return valid.length > 0
      ? [
          [typeof valid[0] === 'string' ? 0 : WRONG, ...valid.slice(1)],
          [...valid, WRONG],
        ]
      : [];
  }
  const entries = Object.entries(valid);
  const required = (schema as { required?: unknown }).required;
  const requiredKeys = Array.isArray(required) ? required.filter((key) => typeof key === 'string') : [];
  const out: unknown[] = [];
  for (const key of requiredKeys.slice(0, 4)) {
    if (Object.hasOwn(valid, key)) out.push(Object.fromEntries(entries.filter(([name]) => name !== key)));
  }
  const [first] = entries;
  if (first) {
    const swapped = typeof first[1] === 'string' ? 0 : WRONG;
    out.push(Object.fromEntries(entries.map(([name, value]) => [name, name === first[0] ? swapped : value])));
  }
  out.push(Object.fromEntries([...entries, [WRONG, true]]));
  return out;
}

/**
 * A JSON value that `check` rejects: `valid` with a required property left out, a property of the wrong type or an
 * unexpected property, else `null`, `{}`, `[]`, a string, a number or `true`. `undefined` when the schema accepts
 * them all (it accepts any JSON).
 */
export function invalidInstance(
  schema: unknown,
  valid: unknown,
  check: SchemaCheck,
): { value: unknown } | undefined {
  const candidates = [...mutations(schema, valid), null, {}, [], WRONG, 0, true, { [WRONG]: true }];
  for (const value of candidates) {
    let ok: boolean;
    try {
      ok = check(value);
    } catch {
      ok = false;
    }
    if (!ok) return { value };
  }
  return undefined;
}
