/**
 * The client's kinds of option, on top of the one validator (`internal/validate.ts`): the spec's enums, signals,
 * loggers, retry options, header maps. Option checks are table-driven: each option names its kind, and every
 * failure reads `<option> must be <what>, got <value>.`, so each option costs a table entry. The tables also list
 * the known keys: an unknown one fails, suggesting the nearest.
 *
 * @module
 */
import {
  checkKeys,
  checkValue,
  enumKind,
  isObject,
  KINDS as SHARED_KINDS,
  type Kind,
} from '../internal/validate.js';
import { PARAMETER_ENUMS } from '../spec.js';
import { checkHeaderEntries } from './header-values.js';
import type { LogLevel } from './logger.js';

/** The kinds of option: the shared ones, and the client's own. */
const KINDS = {
  ...SHARED_KINDS,
  // The spec's enums: a route segment the spec does not list is refused before any URL is built.
  endpointType: enumKind(PARAMETER_ENUMS.EndpointType),
  provider: enumKind(PARAMETER_ENUMS.Provider),
  logLevel: enumKind(['off', 'error', 'warn', 'info', 'debug'] satisfies LogLevel[]),
  // Duck-typed, so signals of another realm or a polyfill work: the client only listens to it.
  signal: [
    'an AbortSignal',
    (value) =>
      typeof (value as AbortSignal)?.addEventListener === 'function' && 'aborted' in (value as object),
  ],
  logger: [
    'an object with error, warn, info and debug methods',
    (value) =>
      isObject(value) &&
      ['error', 'warn', 'info', 'debug'].every((level) => typeof value[level] === 'function'),
  ],
  retry: [
    '{ statuses?, shouldRetry? }',
    (value) => {
      if (!isObject(value)) return false;
      checkFields('retry options', value, RETRY_FIELDS, 'retry.'); // throws, naming the field
      return true;
    },
  ],
  strings: [
    'an array of strings',
    (value) => Array.isArray(value) && value.every((item) => typeof item === 'string'),
  ],
  statuses: [
    'an array of HTTP statuses',
    (value) => Array.isArray(value) && value.every((status) => Number.isInteger(status)),
  ],
  headers: [
    'an object of header names to strings',
    (value, name) => {
      if (!isObject(value)) return false;
      checkHeaderEntries(name, value); // throws, naming the header
      return true;
    },
  ],
} satisfies Record<string, Kind>;

/** A kind of option; a trailing `?` also accepts `null`. */
export type OptionKind = keyof typeof KINDS | `${keyof typeof KINDS}?`;

/**
 * Fails with a `TypeError` (or, for numbers out of range and strings outside an enum, a `RangeError`) naming `name`
 * unless `value` is `undefined` or of the given kind: a kind's name (a trailing `?` also accepts `null`), or a kind.
 */
export function checkOption(name: string, value: unknown, kind: OptionKind | Kind): void {
  if (typeof kind !== 'string') return checkValue(name, value, kind);
  checkValue(name, value, KINDS[kind.replace('?', '') as keyof typeof KINDS], kind.endsWith('?'));
}

/**
 * Checks that `options` is an object with no key but those of `fields` (naming an unknown one and the nearest
 * known one), then each field, in order; the message names it with `prefix`.
 *
 * @param where - What the options are, for the message: `'SequrityClient options'`.
 */
export function checkFields(
  where: string,
  options: unknown,
  fields: Readonly<Record<string, OptionKind | Kind>>,
  prefix = '',
): void {
  checkKeys(where, options, Object.keys(fields));
  for (const name in fields)
    checkOption(prefix + name, (options as Record<string, unknown>)[name], fields[name] as OptionKind);
}

const RETRY_FIELDS: Readonly<Record<string, OptionKind>> = { statuses: 'statuses', shouldRetry: 'function' };
