// Where the demo runs: the real Sequrity API when SEQURITY_API_KEY is set, else the emulator, started in this
// process on 127.0.0.1. Everything else about the demo is the same for both.
import type { SequrityClientOptions } from '../../src/index.js';
import { startMockServer } from '../../src/testing/index.js';

/** A place to run the demo against. */
export interface Target {
  /** One line saying where requests go and why. */
  description: string;
  /** The client options that point at it (the key and base URL). */
  client: Pick<SequrityClientOptions, 'apiKey' | 'baseURL' | 'llmApiKey'>;
  /** The model to ask. */
  model: string;
  /** Per-attempt timeout and stream idle timeout for the client, in milliseconds. */
  timeoutMs: number;
  /** How long one step may take in all, in milliseconds. */
  stepTimeoutMs: number;
  /** Stops what was started (the emulator); a no-op for the real API. */
  close(): Promise<void>;
}

/** The emulator's pacing: a pause before the answer, then tokens at a readable speed. */
export const EMULATOR_PACING = { latencyMs: 150, tokensPerSecond: 20 } as const;

/**
 * Opens the target that `env` asks for.
 *
 * @param env - `SEQURITY_API_KEY` (the real API; `SEQURITY_BASE_URL` optional, read by the client itself),
 *   `SEQURITY_MODEL` (default `gpt-5-mini`), `SEQURITY_LLM_API_KEY` (your own provider key, sent as `X-Api-Key`).
 */
export async function openTarget(env: NodeJS.ProcessEnv): Promise<Target> {
  const model = env['SEQURITY_MODEL'] || 'gpt-5-mini';
  if (env['SEQURITY_API_KEY']) {
    const llmApiKey = env['SEQURITY_LLM_API_KEY'] || undefined;
    const baseURL = env['SEQURITY_BASE_URL'] || 'https://api.sequrity.ai';
    return {
      description: `the Sequrity API at ${baseURL} (SEQURITY_API_KEY is set)`,
      // The client reads SEQURITY_API_KEY and SEQURITY_BASE_URL itself, exactly as an application would.
      client: llmApiKey === undefined ? {} : { llmApiKey },
      model,
      // Dual-LLM turns plan and run a program; give them time, but never forever.
      timeoutMs: 120_000,
      stepTimeoutMs: 300_000,
      close: async () => {},
    };
  }
  const server = await startMockServer(EMULATOR_PACING);
  return {
    description: `the emulator at ${server.url}, started in this process (SEQURITY_API_KEY is not set)`,
    // The emulator takes any bearer token.
    client: { apiKey: 'demo-key', baseURL: server.url },
    model,
    timeoutMs: 10_000,
    stepTimeoutMs: 20_000,
    close: () => server.close(),
  };
}
