/** The longest delay `setTimeout` takes (2³¹−1 ms, about 24.8 days); longer ones fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** A cancellable deadline; `cancel()` is safe to call more than once. */
export interface Deadline {
  cancel(): void;
}

const NEVER: Deadline = { cancel() {} };

/**
 * Calls `fire` once `ms` milliseconds have passed, for any `ms`: delays above 2³¹−1 ms re-arm the timer. `0` and
 * `Infinity` mean "never" and create no timer. The timer does not keep a Node process alive on its own.
 *
 * @param ms - The delay; a non-negative number.
 * @param fire - Called once when the delay has passed.
 */
export function startDeadline(ms: number, fire: () => void): Deadline {
  if (ms === 0 || ms === Infinity) return NEVER;
  if (ms <= MAX_TIMER_MS) {
    const timer = unref(setTimeout(fire, ms));
    return { cancel: () => clearTimeout(timer) };
  }
  const endsAt = Date.now() + ms;
  let timer: ReturnType<typeof setTimeout>;
  const arm = (delay: number): void => {
    timer = unref(
      setTimeout(
        () => {
          const left = endsAt - Date.now();
          if (left > 0) arm(left);
          else fire();
        },
        Math.min(delay, MAX_TIMER_MS),
      ),
    );
  };
  arm(ms);
  return { cancel: () => clearTimeout(timer) };
}

// Node only: a pending deadline must not hold the process open; the work it guards (a socket) does that.
function unref(timer: ReturnType<typeof setTimeout>): ReturnType<typeof setTimeout> {
  (timer as { unref?: () => void }).unref?.();
  return timer;
}
