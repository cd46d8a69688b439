/**
 * The one redaction function every error, log line and inspected value of this package goes through.
 *
 * Credentials reach error text in two ways: a server echoes what it was sent ("Incorrect API key provided: sk-…"),
 * or a caller's own value ends up in a message (a header that fetch rejects). Both are masked here: well-known key
 * shapes by pattern, and the exact keys the caller gave the library by value.
 *
 * @module
 */

/** What a masked secret is replaced with. */
export const REDACTED = '***';

/** Caller secrets shorter than this are not masked: replacing two-letter strings everywhere would garble text. */
const MIN_SECRET_LENGTH = 4;

// Each pattern keeps a short, non-secret prefix so that a message still says what kind of credential it was.
const PATTERNS: readonly [RegExp, string][] = [
  // `Authorization: Bearer <token>` and the token alone after "Bearer".
  [/\b(Bearer\s+)[^\s"',;]+/gi, `$1${REDACTED}`],
  // OpenAI-style keys (`sk-…`, `sk-proj-…`, `sk-ant-…` for Anthropic, `sk-or-v1-…`) and similar prefixed tokens.
  [/\b((?:sk|pk|rk|sess)[-_](?:[A-Za-z]+[-_])?)[A-Za-z0-9_-]{8,}/g, `$1${REDACTED}`],
  // Google API keys.
  [/\b(AIza)[0-9A-Za-z_-]{20,}/g, `$1${REDACTED}`],
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
  if (secrets) {
    // Longest first, so that a key containing another key is masked whole.
    const values = secrets.filter(
      (secret) => typeof secret === 'string' && secret.length >= MIN_SECRET_LENGTH,
    );
    for (const secret of values.sort((a, b) => b.length - a.length)) {
      if (result.includes(secret)) result = result.split(secret).join(REDACTED);
    }
  }
  for (const [pattern, replacement] of PATTERNS) result = result.replace(pattern, replacement);
  return result;
}

const MAX_DEPTH = 8;

/**
 * A copy of `value` in which every string, at any depth, went through {@link redactSecrets}: plain objects, arrays,
 * `Headers` and errors (message, stack, cause and own properties) are copied; other objects are returned as they
 * are. A value with nothing to mask is returned itself, not a copy.
 *
 * @param value - Anything that may end up in an error: a parsed body, an event, a cause.
 * @param secrets - Exact values to mask, as for {@link redactSecrets}.
 */
export function redactValue<T>(value: T, secrets?: readonly string[]): T {
  return redactAny(value, secrets, 0, new Map()) as T;
}

function redactAny(
  value: unknown,
  secrets: readonly string[] | undefined,
  depth: number,
  seen: Map<object, unknown>,
): unknown {
  if (typeof value === 'string') return redactSecrets(value, secrets);
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  seen.set(value, value);
  let copy: unknown = value;
  if (Array.isArray(value)) copy = redactArray(value, secrets, depth, seen);
  else if (value instanceof Error) copy = redactError(value, secrets, depth, seen);
  else if (typeof Headers !== 'undefined' && value instanceof Headers) copy = redactHeaders(value, secrets);
  else if (isPlainObject(value)) copy = redactObject(value, secrets, depth, seen);
  seen.set(value, copy);
  return copy;
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function redactArray(
  value: readonly unknown[],
  secrets: readonly string[] | undefined,
  depth: number,
  seen: Map<object, unknown>,
): unknown[] | readonly unknown[] {
  let changed = false;
  const copy = value.map((item) => {
    const redacted = redactAny(item, secrets, depth + 1, seen);
    changed ||= redacted !== item;
    return redacted;
  });
  return changed ? copy : value;
}

function redactObject(
  value: Record<string, unknown>,
  secrets: readonly string[] | undefined,
  depth: number,
  seen: Map<object, unknown>,
): Record<string, unknown> {
  let changed = false;
  const copy: Record<string, unknown> = Object.create(
    Object.getPrototypeOf(value) as object | null,
  ) as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    const field = value[key];
    const redacted = redactAny(field, secrets, depth + 1, seen);
    changed ||= redacted !== field;
    // defineProperty keeps a JSON `"__proto__"` key an own property instead of setting the copy's prototype.
    Object.defineProperty(copy, key, {
      value: redacted,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return changed ? copy : value;
}

function redactHeaders(value: Headers, secrets: readonly string[] | undefined): Headers {
  let changed = false;
  const copy = new Headers();
  value.forEach((field, name) => {
    const redacted = redactSecrets(field, secrets);
    changed ||= redacted !== field;
    copy.append(name, redacted);
  });
  return changed ? copy : value;
}

const NONE = Symbol('no data value');

/** Errors are copied with their prototype, so `instanceof` and `name` still hold for the copy. */
function redactError(
  value: Error,
  secrets: readonly string[] | undefined,
  depth: number,
  seen: Map<object, unknown>,
): Error {
  const names = Object.getOwnPropertyNames(value);
  const fields = new Map<string, unknown>();
  let changed = false;
  for (const name of names) {
    const descriptor = Object.getOwnPropertyDescriptor(value, name);
    // Since V8 12 (Node 22) an error's own `stack` is an accessor that only works on the error itself: read it
    // here, so the copy gets the (masked) text as a data property instead of a getter that returns undefined.
    const field =
      descriptor && 'value' in descriptor ? descriptor.value : name === 'stack' ? value.stack : NONE;
    if (field === NONE) continue;
    const redacted = redactAny(field, secrets, depth + 1, seen);
    changed ||= redacted !== field;
    fields.set(name, redacted);
  }
  if (!changed) return value;
  const copy = Object.create(Object.getPrototypeOf(value) as object | null) as Error;
  for (const name of names) {
    const descriptor = Object.getOwnPropertyDescriptor(value, name) as PropertyDescriptor;
    const data = { writable: true, enumerable: descriptor.enumerable === true, configurable: true };
    Object.defineProperty(
      copy,
      name,
      fields.has(name)
        ? { ...('value' in descriptor ? descriptor : data), value: fields.get(name) }
        : descriptor,
    );
  }
  return copy;
}
