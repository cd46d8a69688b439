/**
 * The one redaction function every error, log line and inspected value of this package goes through.
 *
 * Credentials reach error text in two ways: a server echoes what it was sent ("Incorrect API key provided: sk-…"),
 * or a caller's own value ends up in a message (a header that fetch rejects). Both are masked here: well-known key
 * shapes by pattern, and the exact keys the caller gave the library by value.
 *
 * @module
 */

import { isPlainObject } from './validate.js';

/** What a masked secret is replaced with. */
export const REDACTED = '***';

/** Caller secrets shorter than this are not masked: replacing two-letter strings everywhere would garble text. */
const MIN_SECRET_LENGTH = 4;

// Each pattern keeps a short, non-secret prefix (its first group) so that a message still says what kind of
// credential it was.
const PATTERNS: readonly RegExp[] = [
  // `Authorization: Bearer <token>` and the token alone after "Bearer".
  /\b(Bearer\s+)[^\s"',;]+/gi,
  // OpenAI-style keys (`sk-…`, `sk-proj-…`, `sk-ant-…` for Anthropic, `sk-or-v1-…`) and similar prefixed tokens.
  /\b((?:sk|pk|rk|sess)[-_](?:[A-Za-z]+[-_])?)[A-Za-z0-9_-]{8,}/g,
  // Google API keys.
  /\b(AIza)[0-9A-Za-z_-]{20,}/g,
];

/**
 * Masks credentials in `text`: bearer tokens, `sk-…` / `sk-proj-…` / `sk-ant-…` keys, `AIza…` keys, and every
 * string in `secrets`.
 *
 * @param text - Any text that may hold a credential.
 * @param secrets - Exact values to mask wherever they occur (the API keys the caller configured).
 * @returns The text with each credential replaced by `***` (pattern matches keep their prefix, e.g. `sk-proj-***`).
 */
export function redactSecrets(text: string, secrets?: readonly string[]): string {
  let result = text;
  // Longest first, so that a key containing another key is masked whole.
  const values = secrets?.filter(
    (secret) => typeof secret === 'string' && secret.length >= MIN_SECRET_LENGTH,
  );
  for (const secret of values?.sort((a, b) => b.length - a.length) ?? []) {
    result = result.split(secret).join(REDACTED);
  }
  for (const pattern of PATTERNS) result = result.replace(pattern, `$1${REDACTED}`);
  return result;
}

const MAX_DEPTH = 8;

/**
 * How many values (array slots, holes included, and object properties) one call visits at most. Errors carry
 * server-sized values (a partial response, a parsed body): past this budget the rest is dropped, so the cost of an
 * error never depends on how much the server sent.
 */
const MAX_VISITS = 100_000;

/**
 * A copy of `value` in which every string, at any depth, went through {@link redactSecrets}: plain objects, arrays,
 * `Headers` and errors (message, stack, cause and own properties) are copied; other objects are returned as they
 * are. A value with nothing to mask is returned itself, not a copy.
 *
 * The work is bounded: a value nested deeper than 8 levels becomes `***`, and after 100,000 visited array slots and
 * properties the remaining ones are left out of the copy (an array then ends at the last slot visited). Holes stay
 * holes: a sparse array is never made dense.
 *
 * @param value - Anything that may end up in an error: a parsed body, an event, a cause.
 * @param secrets - Exact values to mask, as for {@link redactSecrets}.
 */
export function redactValue<T>(value: T, secrets?: readonly string[]): T {
  // What each object seen so far became. A copy is registered before its fields are masked, so that a cycle
  // (`error.cause = error`) points at the masked copy, never back at the original.
  const seen = new Map<object, unknown>();
  let visits = 0;
  const redact = (value: unknown, depth: number): unknown => {
    if (typeof value === 'string') return redactSecrets(value, secrets);
    if (typeof value !== 'object' || value === null) return value;
    if (seen.has(value)) return seen.get(value);
    // Deeper than any body or error worth reading: dropped rather than shown unmasked.
    if (depth > MAX_DEPTH) return REDACTED;
    let changed = false;
    const mask = (field: unknown): unknown => {
      const masked = redact(field, depth + 1);
      changed ||= masked !== field;
      return masked;
    };
    let copy: object;
    if (typeof Headers !== 'undefined' && value instanceof Headers)
      copy = new Headers([...value].map(([name, field]) => [name, mask(field) as string]));
    else if (Array.isArray(value)) {
      const items: unknown[] = [];
      copy = items;
      seen.set(value, copy);
      const { length } = value;
      // Slot by slot, holes included, so the budget bounds the work whatever the length; holes stay holes.
      let index = 0;
      for (; index < length && visits < MAX_VISITS; index++, visits++) {
        if (index in value) items[index] = mask(value[index]);
      }
      // A copy cut short by the budget ends where the visit stopped: no length beyond what was copied.
      if (index < length) changed = true;
      items.length = index;
    } else if (value instanceof Error || isPlainObject(value)) {
      // Copied with their prototype, so `instanceof` and `name` still hold for a copied error.
      copy = Object.create(Object.getPrototypeOf(value) as object | null) as object;
      seen.set(value, copy);
      for (const name of Object.getOwnPropertyNames(value)) {
        if (visits++ >= MAX_VISITS) {
          changed = true;
          break;
        }
        // Read through the original and copied as data: since V8 12 (Node 22) an error's own `stack` is an accessor
        // that only works on the error itself. defineProperty also keeps a JSON `"__proto__"` key an own property.
        const { enumerable = false } = Object.getOwnPropertyDescriptor(value, name) as PropertyDescriptor;
        const field = mask((value as Record<string, unknown>)[name]);
        Object.defineProperty(copy, name, { value: field, enumerable, writable: true, configurable: true });
      }
    } else return value;
    const result = changed ? copy : value;
    seen.set(value, result);
    return result;
  };
  return redact(value, 0) as T;
}
