/**
 * Checks a numeric option when it is given, so that a bad value fails where it was passed, with a message that
 * names the option and what it takes.
 *
 * @param name - The option's name, for the message.
 * @param value - The value given.
 * @param valid - Whether a number is acceptable.
 * @param takes - What the option takes, for the message (`a positive number or Infinity`).
 * @returns The value, when it is a number that `valid` accepts.
 * @throws `TypeError` when `value` is not a number; `RangeError` when `valid` rejects it.
 */
export function checkNumber(
  name: string,
  value: unknown,
  valid: (value: number) => boolean,
  takes: string,
): number {
  if (typeof value === 'number' && valid(value)) return value;
  const message = `${name} must be ${takes}; got ${typeof value === 'number' || value === null ? value : typeof value}.`;
  throw typeof value === 'number' ? new RangeError(message) : new TypeError(message);
}
