/**
 * The one way to check an option: its type and range (numbers, booleans, strings, enums), its keys (an unknown key
 * is an error suggesting the nearest known one), and one message shape for every failure:
 * `<option> must be <what>, got <shown value>; did you mean <x>?`. Plain JavaScript (and TypeScript through `as any`
 * or a JSON file) thus gets the checks the compiler gives typed callers.
 *
 * @module
 */

/** Whether `value` is an object and not an array (nor null). */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Keys never copied from one object into another (nor serialised): assigned or merged later by other code, they
 * could reach an object's prototype.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether `value` is an object whose prototype is `Object.prototype` or `null` (not an array, Map, class…). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

// Letters, `_` and `-` only: a misspelt option (`'Chat'`, `piiRedacton`) reads as one, a key or token never does.
const isNameLike = (value: unknown): value is string =>
  typeof value === 'string' && /^[a-z][a-z_-]{0,31}$/i.test(value);

/**
 * How a rejected value is shown. Only what cannot be a key is shown: numbers and booleans when `showNumbers` is set
 * (the numeric kinds), and, with `quote`, a string that looks like a name (a misspelt `'Chat'` or `'loud'`);
 * anything else by its type, since a key pasted into the wrong option must not end up in an error or a log.
 */
export function showValue(value: unknown, quote = false, showNumbers = true): string {
  if (typeof value === 'string') return quote && isNameLike(value) ? JSON.stringify(value) : 'string';
  if (typeof value === 'number' || typeof value === 'boolean')
    return showNumbers ? String(value) : typeof value;
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

/** Edit distance (insertions, deletions, substitutions, swaps of neighbours) between two short strings. */
function distance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, before[j - 2]! + 1);
      row.push(best);
    }
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * The candidate `word` most likely meant: one equal to it but for letter case, else the nearest within a small edit
 * distance (by the longer of the two: 1 up to 4 letters, 2 up to 8, else 3), or one of four letters or more that
 * begins with `word` or that `word` begins with; `undefined` when none is that close.
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  // Longer words are never within reach of an option name; measuring them would only cost time.
  if (word.length > 64) return undefined;
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const other = candidate.toLowerCase();
    if (other === lower) return candidate;
    const prefix =
      Math.min(lower.length, other.length) > 3 && (other.startsWith(lower) || lower.startsWith(other));
    const apart = distance(lower, other);
    const longer = Math.max(lower.length, other.length);
    // Doubled, less one for a prefix, so that a prefix wins a tie.
    const score = apart * 2 - (prefix ? 1 : 0);
    if ((prefix || apart <= (longer < 5 ? 1 : longer < 9 ? 2 : 3)) && score < bestScore)
      [best, bestScore] = [candidate, score];
  }
  return best;
}

/**
 * A kind of value: what a valid value is (the message's words), the test, how a failure is reported (`number` shows
 * a rejected number or boolean; `quote` a rejected name-like string, only where strings are not secrets), and for an
 * enum the values to suggest from. A value of the right type but outside the range (a number below the minimum, a
 * string outside the enum) is a `RangeError`; a value of another type a `TypeError`.
 */
export type Kind = readonly [
  what: string,
  test: (value: unknown, name: string) => boolean,
  report?: 'number' | 'quote',
  choices?: readonly string[],
];

const isInteger = (value: unknown, minimum: number): boolean =>
  Number.isInteger(value) && (value as number) >= minimum;

/** One of `values`; a misspelt name is shown with the nearest value. */
export const enumKind = (values: readonly string[]): Kind => [
  `one of ${values.join(', ')}`,
  (value) => values.includes(value as string),
  'quote',
  values,
];

/**
 * The kinds every option table shares. A kind only one module uses is a `Kind` of that module, so that bundles
 * without the module leave it out.
 */
export const KINDS = {
  object: ['an object', isObject],
  string: ['a string', (value) => typeof value === 'string'],
  boolean: ['a boolean', (value) => typeof value === 'boolean', 'quote'],
  duration: [
    'a non-negative number (0 or Infinity: none)',
    (value) => typeof value === 'number' && value >= 0,
    'number',
  ],
  count: ['a non-negative integer', (value) => isInteger(value, 0), 'number'],
  positive: ['a positive integer', (value) => isInteger(value, 1), 'number'],
  bytes: ['a positive integer or Infinity', (value) => value === Infinity || isInteger(value, 1), 'number'],
  plainObject: ['a plain object (not an array, Map or class instance)', isPlainObject],
  function: ['a function', (value) => typeof value === 'function'],
} satisfies Record<string, Kind>;

/**
 * Fails with a `TypeError` (or, for a number out of range or a string outside an enum, a `RangeError`) naming `name`
 * unless `value` is `undefined`, `null` when `nullable`, or of the given kind.
 */
export function checkValue(name: string, value: unknown, kind: Kind, nullable = false): void {
  if (value === undefined || (value === null && nullable)) return;
  const [what, test, report, choices] = kind;
  if (test(value, name)) return;
  const shown = showValue(value, report === 'quote', report === 'number');
  const suggestion = choices && shown !== 'string' && nearest(String(value), choices);
  // The right type but out of range: a number below the minimum, a string outside the enum.
  const outOfRange = choices ? typeof value === 'string' : report === 'number' && typeof value === 'number';
  throw new (outOfRange ? RangeError : TypeError)(
    `${name} must be ${what}, got ${shown}${suggestion ? `; did you mean ${suggestion}?` : '.'}`,
  );
}

/**
 * Fails with a `TypeError` unless `options` is an object whose own keys are all in `known`: the message names the
 * unknown key (when it looks like a name) and the nearest known one, else lists them.
 *
 * @param where - What the options are, for the message: `'SequrityClient options'`, `'features.dualLlm options'`.
 */
export function checkKeys(where: string, options: unknown, known: readonly string[]): void {
  checkValue(where, options ?? null, KINDS.object);
  for (const key of Object.keys(options as object)) {
    if (known.includes(key)) continue;
    const suggestion = nearest(key, known);
    throw new TypeError(
      `${isNameLike(key) ? key : 'A key (not shown: it is not a name)'} is not one of the ${where}` +
        (suggestion ? `; did you mean ${suggestion}?` : `; they are ${known.join(', ')}.`),
    );
  }
}

/**
 * Checks a numeric option when it is given, so that a bad value fails where it was passed, with a message that
 * names the option and what it takes.
 *
 * @param name - The option's name, for the message.
 * @param value - The value given.
 * @param valid - Whether a number is acceptable.
 * @param what - What the option takes, for the message (`a positive number or Infinity`).
 * @returns The value, when it is a number that `valid` accepts.
 * @throws `TypeError` when `value` is not a number; `RangeError` when `valid` rejects it.
 */
export function checkNumber(
  name: string,
  value: unknown,
  valid: (value: number) => boolean,
  what: string,
): number {
  checkValue(name, value ?? null, [what, (value) => typeof value === 'number' && valid(value), 'number']);
  return value as number;
}
