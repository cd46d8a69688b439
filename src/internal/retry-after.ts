/**
 * What a reply's `retry-after-ms` / `Retry-After` headers ask for. Shared by the client's retry policy and by
 * `RateLimitError.retryAfterMs`, so the error layer needs none of the retry code.
 *
 * @module
 */

/** Something that reads headers by name, such as the web `Headers` class. */
export interface HeadersReader {
  get(name: string): string | null;
}

const DECIMAL = /^\d+(?:\.\d+)?$/;

/**
 * The wait the server asked for, in milliseconds: `retry-after-ms` (milliseconds) if valid, else `Retry-After`
 * as delay-seconds or an HTTP date (a date in the past gives 0). Invalid or missing values give `undefined`.
 *
 * @param headers - The reply's headers.
 * @param now - The current time, for an HTTP date.
 * @returns The requested wait, or `undefined`.
 */
export function retryAfterMs(
  headers: HeadersReader,
  now: () => number = Date.now,
): { readonly ms: number; readonly source: 'retry-after-ms' | 'retry-after' } | undefined {
  const milliseconds = headers.get('retry-after-ms')?.trim() ?? '';
  if (DECIMAL.test(milliseconds)) return { ms: Number(milliseconds), source: 'retry-after-ms' };
  const retryAfter = headers.get('retry-after')?.trim() ?? '';
  // Only an HTTP date (which always contains letters) is handed to Date.parse, which would read e.g. "-1" or
  // "1.5.2" as dates.
  const ms = DECIMAL.test(retryAfter)
    ? Number(retryAfter) * 1000
    : /[a-z]/i.test(retryAfter)
      ? Math.max(0, Date.parse(retryAfter) - now())
      : NaN;
  return Number.isNaN(ms) ? undefined : { ms, source: 'retry-after' };
}
