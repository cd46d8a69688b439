/** The longest delay `setTimeout` takes; longer ones fire at once (Node warns and uses 1 ms). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** A cancellable deadline; `cancel()` is safe to call more than once. */
export interface Deadline {
  cancel(): void;
}

/**
 * Calls `fire` once `ms` milliseconds have passed, for any `ms`: delays above 2³¹−1 ms re-arm the timer. `0` and
 * `Infinity` mean "never" and create no timer. The timer does not keep a Node process alive.
 *
 * @param ms - The delay; a non-negative number.
 * @param fire - Called once when the delay has passed.
 */
export function startDeadline(ms: number, fire: () => void): Deadline {
  if (ms === 0 || ms === Infinity) return { cancel() {} };
  const endsAt = Date.now() + ms;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (delay: number): void => {
    timer = setTimeout(
      () => {
        const left = endsAt - Date.now();
        if (left > 0) arm(left);
        else fire();
      },
      Math.min(delay, MAX_TIMER_MS),
    );
    // Node only: a pending deadline must not hold the process open.
    (timer as { unref?: () => void }).unref?.();
  };
  arm(ms);
  return { cancel: () => clearTimeout(timer) };
}
