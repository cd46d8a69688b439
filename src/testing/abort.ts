// Linking abort signals by hand. `AbortSignal.any()` and the signal of `new Request(…, { signal })` hold their
// controllers weakly, and on Node 20 a garbage collection can cut the link, so that an abort never arrives (seen in
// the test suite). A listener on the source signal keeps the target controller alive for as long as it is needed.

/**
 * Aborts `target` (with the same reason) when `source` aborts, at once if it already has.
 *
 * @returns A function that stops following, for when the work `target` guards is over.
 */
export function follow(source: AbortSignal | null | undefined, target: AbortController): () => void {
  if (!source) return () => undefined;
  if (source.aborted) {
    target.abort(source.reason);
    return () => undefined;
  }
  const onAbort = (): void => target.abort(source.reason);
  source.addEventListener('abort', onAbort, { once: true });
  return () => source.removeEventListener('abort', onAbort);
}
