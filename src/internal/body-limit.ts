/**
 * Bounds on how much of a reply's body is read. Bytes are counted as the body hands them out, after fetch decoded
 * any `Content-Encoding`, so a gzip bomb counts at its real size. Past a bound the rest of the body is cancelled,
 * never read.
 *
 * @module
 */

/**
 * The most of an error reply's body that is read, on every path: error bodies are small (a message, a code), and a
 * misbehaving proxy or a hostile server must not fill memory with one.
 */
export const MAX_ERROR_BODY_BYTES = 64 * 1024;

/**
 * `body` bounded to `limit` bytes: past it, the rest is cancelled and the returned stream either ends after the
 * first `limit` bytes (no `tooLarge`) or fails with `tooLarge()`. Reading is pulled, so nothing is read before the
 * returned stream is.
 *
 * @param body - The body to bound; it is locked at once.
 * @param limit - The most bytes handed out.
 * @param tooLarge - The error to fail with past `limit`; without it, the stream is cut at `limit` instead.
 */
export function limitBody(
  body: ReadableStream<Uint8Array>,
  limit: number,
  tooLarge?: () => Error,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let left = limit;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const result = await reader.read();
      if (result.done) return controller.close();
      const chunk = result.value;
      if (chunk.byteLength <= left) {
        left -= chunk.byteLength;
        return controller.enqueue(chunk);
      }
      reader.cancel().catch(() => {});
      if (tooLarge) return controller.error(tooLarge());
      if (left > 0) controller.enqueue(chunk.subarray(0, left));
      left = 0;
      controller.close();
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

/**
 * Reads a whole body as UTF-8 text (a byte-order mark dropped, as `response.text()` does), failing with
 * `tooLarge()` and cancelling the rest as soon as more than `limit` bytes arrived.
 *
 * @throws What `tooLarge` returns; whatever reading the body throws (an abort, a reset connection).
 */
export async function readText(
  body: ReadableStream<Uint8Array>,
  limit: number,
  tooLarge: () => Error,
): Promise<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (let read; !(read = await reader.read()).done;) {
    if ((bytes += read.value.byteLength) > limit) {
      reader.cancel().catch(() => {});
      throw tooLarge();
    }
    text += decoder.decode(read.value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * The reply itself when it is a success (2xx) or has no body; otherwise a copy whose body ends after
 * {@link MAX_ERROR_BODY_BYTES} (the rest cancelled, not read), so that whoever reads the error body in full
 * (openapi-fetch reads it with `response.text()`) reads at most that. Status, status text, headers and URL are the
 * original's.
 */
export function withBoundedErrorBody(response: Response): Response {
  if (response.ok || response.body === null) return response;
  return withBody(response, limitBody(response.body, MAX_ERROR_BODY_BYTES));
}

/**
 * A copy of `response` with `body` instead of its own, and its status, status text, headers and URL.
 *
 * @param response - The reply; a success must not have a null-body status (204, 205), whose copy could not have one.
 */
export function withBody(response: Response, body: ReadableStream<Uint8Array>): Response {
  const { status, statusText, headers, url, redirected } = response;
  // The constructor takes 200–599 only; a server can send up to 999, which is kept as the copy's own `status`.
  const init = { status: status >= 200 && status <= 599 ? status : 599, headers };
  let copy: Response;
  try {
    copy = new Response(body, { ...init, statusText });
  } catch {
    // A status text the constructor refuses (it checks the reason-phrase grammar) is not worth failing over.
    copy = new Response(body, init);
  }
  Object.defineProperties(copy, {
    url: { value: url },
    redirected: { value: redirected },
    ...(copy.status !== status && { status: { value: status } }),
  });
  return copy;
}
