/**
 * A security header document as the header value fetch can send: compact, ASCII-only JSON within a size limit.
 *
 * @module
 */
import { FORBIDDEN_KEYS } from '../../internal/validate.js';
import { checkFields, checkOption, type OptionKind } from '../option-kinds.js';

/** The default of `maxHeaderBytes`: 8 KiB, well under the 16 KiB that common servers accept for all headers. */
export const DEFAULT_MAX_HEADER_BYTES = 8192;

/** What each option of {@link serializeJsonHeader} (and of `encodeJsonHeaders`) must be. */
export const SERIALIZE_FIELDS: { readonly [Name in keyof SerializeJsonHeaderOptions]-?: OptionKind } = {
  maxHeaderBytes: 'bytes',
};

/** Options of {@link serializeJsonHeader}. */
export interface SerializeJsonHeaderOptions {
  /**
   * Largest header value accepted, in UTF-8 bytes; a longer one throws a `RangeError`. A positive integer, or
   * `Infinity` for no limit.
   * @defaultValue {@link DEFAULT_MAX_HEADER_BYTES} (8192)
   */
  readonly maxHeaderBytes?: number | undefined;
}

/**
 * Serialises a header document as the header value to send: compact JSON, ASCII only (every character outside
 * printable ASCII is written as a `\uXXXX` escape, lower-case hex like Python's `json.dumps`, because fetch
 * rejects header values outside Latin-1), without `__proto__`/`constructor`/`prototype` keys at any depth, and
 * with `undefined` properties left out as `JSON.stringify` does. Parsing the result with `JSON.parse` gives the
 * document back. The Python SDK sends the same document with `", "`/`": "` separators; JSON readers see no
 * difference.
 *
 * @param name - The header name, e.g. `'X-Policy'`, used in error messages.
 * @param document - A plain JSON object (a preset's result, a wire object, or the result of
 *   {@link mergeHeaderOverrides}).
 * @param options - The size limit.
 * @returns The header value.
 * @throws TypeError when the document is not a plain object or cannot be serialised (a `bigint`, a cycle);
 *   RangeError when the value is longer than `maxHeaderBytes`.
 * @example
 * ```ts
 * headers.set('X-Policy', serializeJsonHeader('X-Policy', policy.dualLlm({ codes })));
 * ```
 */
export function serializeJsonHeader(
  name: string,
  document: object,
  options: SerializeJsonHeaderOptions = {},
): string {
  checkFields('serializeJsonHeader options', options, SERIALIZE_FIELDS);
  const maxHeaderBytes = options.maxHeaderBytes ?? DEFAULT_MAX_HEADER_BYTES;
  checkOption(`The ${name} header`, document ?? null, 'plainObject');
  let json: string;
  try {
    json = JSON.stringify(document, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value));
  } catch (error) {
    throw new TypeError(
      `The ${name} header could not be serialised as JSON: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  // Everything above `~`: DEL (which Node's HTTP stack rejects in header values) and every non-ASCII code unit.
  // Without the `u` flag the pattern matches UTF-16 code units, so a surrogate pair becomes two escapes.
  const value = json.replace(
    /[\u007f-\uffff]/g,
    (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  // The value is ASCII by construction, so its length in UTF-16 code units is its length in UTF-8 bytes.
  if (value.length > maxHeaderBytes) {
    throw new RangeError(
      `The ${name} header is ${value.length} bytes, more than maxHeaderBytes (${maxHeaderBytes}): send a ` +
        'smaller document or raise maxHeaderBytes.',
    );
  }
  return value;
}
