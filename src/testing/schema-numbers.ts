// Numbers for a JSON Schema: within the bounds (inclusive, exclusive as numbers in 2019-09/2020-12/draft-07, or as
// draft-04 booleans), on the grid of `multipleOf`, and integers for `integer`.
import type { Choose } from './schema-strings.js';

type Json = Record<string, unknown>;

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Whether Ajv's `multipleOf` check accepts `value`: it tests `value / m` against `parseInt` of it. */
function isMultiple(value: number, multiple: number): boolean {
  const quotient = value / multiple;
  return quotient === Number.parseInt(String(quotient), 10);
}

interface Bounds {
  low: number;
  lowExclusive: boolean;
  high: number;
  highExclusive: boolean;
  multiples: number[];
}

function boundsOf(schemas: readonly Json[]): Bounds {
  const bounds: Bounds = {
    low: -Infinity,
    lowExclusive: false,
    high: Infinity,
    highExclusive: false,
    multiples: [],
  };
  const raiseLow = (value: number, exclusive: boolean): void => {
    if (value > bounds.low || (value === bounds.low && exclusive)) {
      bounds.low = value;
      bounds.lowExclusive = exclusive;
    }
  };
  const lowerHigh = (value: number, exclusive: boolean): void => {
    if (value < bounds.high || (value === bounds.high && exclusive)) {
      bounds.high = value;
      bounds.highExclusive = exclusive;
    }
  };
  for (const schema of schemas) {
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf } = schema;
    if (finite(minimum)) raiseLow(minimum, exclusiveMinimum === true);
    if (finite(maximum)) lowerHigh(maximum, exclusiveMaximum === true);
    if (finite(exclusiveMinimum)) raiseLow(exclusiveMinimum, true);
    if (finite(exclusiveMaximum)) lowerHigh(exclusiveMaximum, true);
    if (finite(multipleOf) && multipleOf > 0) bounds.multiples.push(multipleOf);
  }
  return bounds;
}

function inBounds(value: number, bounds: Bounds): boolean {
  return (
    Number.isFinite(value) &&
    (bounds.lowExclusive ? value > bounds.low : value >= bounds.low) &&
    (bounds.highExclusive ? value < bounds.high : value <= bounds.high)
  );
}

/** The step of the grid: `multipleOf` (for integers, its smallest multiple that is a whole number). */
function gridStep(multiple: number | undefined, integer: boolean): number | undefined {
  if (multiple === undefined) return integer ? 1 : undefined;
  if (!integer || Number.isInteger(multiple)) return multiple;
  for (let factor = 2; factor <= 1000; factor++) {
    const step = Number((multiple * factor).toPrecision(12));
    if (Number.isInteger(step) && isMultiple(step, multiple)) return step;
  }
  return undefined;
}

/** `k × step`, or a nearby spelling of it, that is within bounds and survives Ajv's division check. */
function onGrid(k: number, step: number, bounds: Bounds): number | undefined {
  const raw = k * step;
  const decimals = Math.min(20, Math.max(0, -Math.floor(Math.log10(step)) + 2));
  for (const value of [raw, Number(raw.toPrecision(12)), Number(raw.toFixed(decimals))]) {
    if (inBounds(value, bounds) && bounds.multiples.every((multiple) => isMultiple(value, multiple)))
      return value;
  }
  return undefined;
}

/**
 * A number the schemas accept, or `undefined`: the smallest grid value at or above the lower bound (else about 1,
 * below the upper bound), moved up by the choice and by `variant` grid steps while it stays within bounds.
 */
export function sampleNumber(
  schemas: readonly Json[],
  integer: boolean,
  choose: Choose,
  variant: number,
): number | undefined {
  const bounds = boundsOf(schemas);
  if (bounds.low > bounds.high) return undefined;
  const step = gridStep(bounds.multiples[0], integer);
  // A variant (the items of a `uniqueItems` array) moves by its number, so that retries walk the values in turn.
  const offset = variant > 0 ? variant : choose(5);
  if (step === undefined) {
    // Any real number: from the lower bound, else 1, else just below the upper bound; the middle when that misses.
    const start = Number.isFinite(bounds.low) ? bounds.low + (bounds.lowExclusive ? 0.5 : 0) : 1;
    const candidates = [
      start + offset,
      start,
      Math.min(start, bounds.high - (bounds.highExclusive ? 0.5 : 0)),
    ];
    if (Number.isFinite(bounds.low) && Number.isFinite(bounds.high)) {
      candidates.push(bounds.low + ((bounds.high - bounds.low) * (1 + (offset % 7))) / 8);
    }
    return candidates.find((value) => inBounds(value, bounds));
  }
  // Grid indexes: the first at or above the lower bound, else the one nearest 1 that is below the upper bound.
  let first: number;
  if (Number.isFinite(bounds.low)) first = Math.ceil(bounds.low / step);
  else if (Number.isFinite(bounds.high))
    first = Math.min(Math.ceil(1 / step), Math.floor(bounds.high / step));
  else first = Math.ceil(1 / step);
  if (!Number.isFinite(first) || Math.abs(first) > 1e15) return undefined;
  // Within an upper bound, the offset wraps around the grid points in range.
  const last = Number.isFinite(bounds.high) ? Math.floor(bounds.high / step) : Infinity;
  const span = last - first + 1;
  const moved = Number.isFinite(span) && span > 0 ? first + (offset % span) : first + offset;
  // Floating point makes some grid points fail Ajv's check (-67.74 / 0.01 is not a whole number): walk on.
  for (const start of [moved, first - 1]) {
    for (let k = start; k < start + 64; k++) {
      const value = onGrid(k, step, bounds);
      if (value !== undefined && (!integer || Number.isInteger(value))) return value;
    }
  }
  return undefined;
}
