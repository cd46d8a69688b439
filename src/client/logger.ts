/**
 * Levelled logging for the client. Every line goes through the package's one redaction function, so no credential
 * is ever logged, whatever a message contains.
 *
 * @module
 */
import { redactSecrets } from '../internal/redact.js';

/** How much the client logs, from nothing to every attempt. */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** Where log lines go; `console` fits. */
export interface Logger {
  error(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  debug(message: string, ...details: unknown[]): void;
}

const RANK: Readonly<Record<LogLevel, number>> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

/** Whether `value` names a log level. */
export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && Object.hasOwn(RANK, value);
}

/**
 * A function that logs at `level` when the client's level allows it, masking `secrets` (by default the client's).
 * A message given as a function is only built when the line is emitted, so debug lines cost nothing at other levels.
 */
export type Log = (
  level: Exclude<LogLevel, 'off'>,
  message: string | (() => string),
  secrets?: readonly string[],
) => void;

/**
 * Builds the client's log function.
 *
 * @param level - The most detailed level to emit.
 * @param logger - Where lines go.
 * @param secrets - Values masked in every line that names no secrets of its own (the client's keys).
 */
export function createLog(level: LogLevel, logger: Logger, secrets: readonly string[]): Log {
  return (lineLevel, message, lineSecrets = secrets) => {
    if (RANK[lineLevel] > RANK[level]) return;
    try {
      logger[lineLevel](
        `[sequrity] ${redactSecrets(typeof message === 'function' ? message() : message, lineSecrets)}`,
      );
    } catch {
      // A failing logger must not fail (or, mid-retry, abandon) the request it reports on.
    }
  };
}
