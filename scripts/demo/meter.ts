// A `fetch` for the demo's client that counts the HTTP requests of each step and adds up the token usage of the
// JSON replies, so a tool loop's rounds are all counted. It is passed in through the client's `fetch` option.
import type { ResponseUsage } from '../../src/index.js';

/** Tokens of one or more responses. */
export interface TokenUsage {
  input: number;
  output: number;
  total: number;
}

/** What a step cost: its HTTP requests, their statuses, and the tokens its JSON replies reported. */
export interface Metered {
  requests: number;
  /** The HTTP status of each reply, in order. */
  statuses: number[];
  usage: TokenUsage | undefined;
}

/** Counts requests and usage; {@link Meter.take} reads and resets the counts. */
export interface Meter {
  readonly fetch: typeof globalThis.fetch;
  /** The status of the latest reply. */
  readonly lastStatus: number | undefined;
  /** The counts since the last call, once every JSON reply seen so far has been read. */
  take(): Promise<Metered>;
}

/** `sum` plus the usage of one response (unchanged when the response has none). */
export function addUsage(
  sum: TokenUsage | undefined,
  usage: Pick<ResponseUsage, 'input_tokens' | 'output_tokens' | 'total_tokens'> | null | undefined,
): TokenUsage | undefined {
  if (usage == null) return sum;
  return {
    input: (sum?.input ?? 0) + usage.input_tokens,
    output: (sum?.output ?? 0) + usage.output_tokens,
    total: (sum?.total ?? 0) + usage.total_tokens,
  };
}

/** Wraps `fetch` (by default the global one) with a meter. */
export function createMeter(fetch: typeof globalThis.fetch = globalThis.fetch): Meter {
  let requests = 0;
  let statuses: number[] = [];
  let usage: TokenUsage | undefined;
  let reading: Promise<void>[] = [];
  const metered: typeof globalThis.fetch = async (input, init) => {
    requests++;
    const response = await fetch(input, init);
    statuses.push(response.status);
    if (response.ok && response.headers.get('content-type')?.includes('application/json')) {
      // A copy of the body, read next to the client's: the client's own reading is untouched.
      reading.push(
        response
          .clone()
          .json()
          .then(
            (body: { usage?: ResponseUsage | null }) => void (usage = addUsage(usage, body.usage)),
            () => undefined,
          ),
      );
    }
    return response;
  };
  return {
    fetch: metered,
    get lastStatus() {
      return statuses.at(-1);
    },
    async take() {
      await Promise.all(reading);
      const result = { requests, statuses, usage };
      requests = 0;
      statuses = [];
      usage = undefined;
      reading = [];
      return result;
    },
  };
}
