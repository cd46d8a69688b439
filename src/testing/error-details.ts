// The wording of validation errors: one Ajv error as a FastAPI (pydantic v2) `detail` entry, with pydantic's
// messages and error types, so that clients written against the real server read them the same way.
import type { ValidationErrorDetail } from '../types.js';
import type { Loc } from './schema-pointers.js';

/** One Ajv error, reduced to what the detailing needs. */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string | undefined;
}

const TYPE_WORDS: Record<string, [word: string, type: string]> = {
  string: ['a valid string', 'string_type'],
  integer: ['a valid integer', 'int_type'],
  number: ['a valid number', 'float_type'],
  boolean: ['a valid boolean', 'bool_type'],
  array: ['a valid list', 'list_type'],
  object: ['a valid dictionary', 'dict_type'],
  null: ['None', 'none_type'],
};

/** A `type` error: the value is none of the `expected` JSON types. */
export function typeDetail(loc: Loc, expected: readonly string[]): ValidationErrorDetail {
  const words = expected.filter((t) => t !== 'null').map((t) => TYPE_WORDS[t]?.[0] ?? t);
  const first = expected.find((t) => t !== 'null') ?? expected[0] ?? 'object';
  return {
    loc,
    msg: `Input should be ${words.length > 0 ? words.join(' or ') : 'None'}`,
    type: TYPE_WORDS[first]?.[1] ?? 'type_error',
  };
}

const quote = (value: unknown): string => (typeof value === 'string' ? `'${value}'` : JSON.stringify(value));

/** One Ajv error as a FastAPI detail entry (one case per keyword: a lookup table, kept whole). */
export function toDetail(error: SchemaError, loc: Loc): ValidationErrorDetail {
  const p = error.params;
  switch (error.keyword) {
    case 'required':
      return { loc: [...loc, String(p['missingProperty'])], msg: 'Field required', type: 'missing' };
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return {
        loc: [...loc, String(p['additionalProperty'] ?? p['unevaluatedProperty'])],
        msg: 'Extra inputs are not permitted',
        type: 'extra_forbidden',
      };
    case 'type':
      return typeDetail(loc, String(p['type']).split(','));
    case 'enum': {
      const allowed = ((p['allowedValues'] as unknown[]) ?? []).filter((v) => v !== null).map(quote);
      const list =
        allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}` : allowed.join('');
      return { loc, msg: `Input should be ${list}`, type: 'enum' };
    }
    case 'const':
      return { loc, msg: `Input should be ${quote(p['allowedValue'])}`, type: 'literal_error' };
    case 'minimum':
      return {
        loc,
        msg: `Input should be greater than or equal to ${String(p['limit'])}`,
        type: 'greater_than_equal',
      };
    case 'maximum':
      return {
        loc,
        msg: `Input should be less than or equal to ${String(p['limit'])}`,
        type: 'less_than_equal',
      };
    case 'minLength':
      return {
        loc,
        msg: `String should have at least ${String(p['limit'])} characters`,
        type: 'string_too_short',
      };
    case 'maxLength':
      return {
        loc,
        msg: `String should have at most ${String(p['limit'])} characters`,
        type: 'string_too_long',
      };
    case 'minItems':
      return { loc, msg: `List should have at least ${String(p['limit'])} items`, type: 'too_short' };
    case 'maxItems':
      return { loc, msg: `List should have at most ${String(p['limit'])} items`, type: 'too_long' };
    case 'pattern':
      return {
        loc,
        msg: `String should match pattern '${String(p['pattern'])}'`,
        type: 'string_pattern_mismatch',
      };
    default:
      return { loc, msg: `Input ${error.message ?? 'is invalid'}`, type: 'value_error' };
  }
}
