/**
 * Header values the client sends from options: a value must be single-line Latin-1 text, and the headers the typed
 * options own (credentials, session, security documents) may not be set by hand.
 *
 * @module
 */
import { checkValue, KINDS } from '../internal/validate.js';

/** Headers the typed options own; giving them in `headers` or `defaultHeaders` is an error naming the option. */
export const OWNED_HEADERS: Readonly<Record<string, string>> = {
  authorization: 'apiKey',
  'x-api-key': 'llmApiKey',
  'x-session-id': 'sessionId',
  'x-features': 'features',
  'x-policy': 'policy',
  'x-config': 'config',
};

/**
 * Checks that a header value can be sent as it is: a string without CR, LF or NUL (which would split or end the
 * header line) and without characters above U+00FF (which fetch rejects). The error names the header and the
 * option it came from, never the value (it may be a key).
 *
 * @param name - The header name, e.g. `'X-Session-ID'`.
 * @param value - The value to check.
 * @param optionName - The option the value came from, e.g. `'sessionId'`.
 * @throws TypeError when the value is not a string or contains such a character.
 * @example
 * ```ts
 * assertHeaderValue('X-Session-ID', sessionId, 'sessionId');
 * ```
 */
export function assertHeaderValue(
  name: string,
  value: unknown,
  optionName?: string,
): asserts value is string {
  const label = optionName === undefined ? `The ${name} header` : `${optionName} (the ${name} header)`;
  checkValue(label, value ?? null, KINDS.string);
  const bad = /[\r\n\0]|[^\u0000-\u00ff]/.exec(value as string);
  if (bad === null) return;
  const unit = bad[0].charCodeAt(0);
  const what =
    unit === 0
      ? 'a NUL character'
      : unit < 0x100
        ? 'a line break (CR or LF)'
        : `U+${unit.toString(16).toUpperCase().padStart(4, '0')}`;
  throw new TypeError(
    `${label} contains ${what} at index ${bad.index}; header values must be single-line Latin-1 text.`,
  );
}

/**
 * Fails when `headers` has an invalid header name (not an RFC 9110 token, what fetch accepts), a value that is not
 * single-line Latin-1 text, a header twice in different letter cases, or a header that a typed option owns (any
 * letter case) — naming the option to use instead, so nothing silently replaces the credentials or the session.
 */
export function checkHeaderEntries(name: string, headers: Record<string, unknown>): void {
  const seen = new Set<string>();
  for (const [header, value] of Object.entries(headers)) {
    const lower = header.toLowerCase();
    const owner = OWNED_HEADERS[lower];
    const problem = !/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(header)
      ? `has an invalid header name ${JSON.stringify(header)}.`
      : owner !== undefined
        ? `may not set ${header}: use the \`${owner}\` option instead.`
        : seen.has(lower)
          ? `sets ${header} twice (header names ignore case).`
          : undefined;
    if (problem !== undefined) throw new TypeError(`${name} ${problem}`);
    seen.add(lower);
    assertHeaderValue(header, value, `${name}["${header}"]`);
  }
}
