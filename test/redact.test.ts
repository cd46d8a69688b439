import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { redactSecrets, redactValue } from '../src/internal/redact.js';

describe('redactSecrets', () => {
  it.each([
    ['sk-proj-AbC123xyz789LONG rejected', 'sk-proj-*** rejected'],
    ['key sk-ant-api03-abcdefghijklmnop', 'key sk-ant-***'],
    ['sk-0123456789abcdef', 'sk-***'],
    ['google AIzaSyA1234567890abcdefghijklmnopq.', 'google AIza***.'],
    ['Authorization: Bearer abc.def.ghi, next', 'Authorization: Bearer ***, next'],
    ['"bearer tok_123"', '"bearer ***"'],
    ['sess_12345678901', 'sess_***'],
  ])('masks %j', (text, expected) => {
    expect(redactSecrets(text)).toBe(expected);
  });

  it('leaves ordinary text and short prefixes alone', () => {
    for (const text of [
      'Incorrect API key provided: <not-a-r****key>.',
      'task-runner sk-short',
      'AIza too short',
      'ask-me',
    ]) {
      expect(redactSecrets(text)).toBe(text);
    }
  });

  it('masks every caller secret wherever it occurs, longest first', () => {
    expect(
      redactSecrets('a plainkey1234 b plainkey1234-extended c', ['plainkey1234', 'plainkey1234-extended']),
    ).toBe('a *** b *** c');
  });

  it('ignores caller secrets too short to mask safely', () => {
    expect(redactSecrets('abc abc', ['abc', ''])).toBe('abc abc');
  });
});

describe('redactValue', () => {
  const secret = 'caller-secret-0001';

  it('returns the value itself when nothing needs masking', () => {
    const value = { a: ['x', { b: 1 }], c: null };
    expect(redactValue(value, [secret])).toBe(value);
    const error = new Error('harmless');
    expect(redactValue(error, [secret])).toBe(error);
  });

  it('copies objects and arrays with strings masked at any depth, without touching the input', () => {
    const value = { a: [`x ${secret}`], b: { c: { d: 'sk-proj-0123456789abcdef' } }, n: 3 };
    const copy = redactValue(value, [secret]);
    expect(copy).toEqual({ a: ['x ***'], b: { c: { d: 'sk-proj-***' } }, n: 3 });
    expect(value.a[0]).toBe(`x ${secret}`);
  });

  it('keeps a JSON "__proto__" key an own property of the copy', () => {
    const value = JSON.parse(`{"__proto__": {"key": "${secret}"}}`) as Record<string, unknown>;
    const copy = redactValue(value, [secret]);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(copy, '__proto__')?.value).toEqual({ key: '***' });
    expect(({} as Record<string, unknown>)['key']).toBeUndefined();
  });

  it('copies errors with their class, masking message, stack and cause', () => {
    class CustomError extends TypeError {
      code = `E ${secret}`;
    }
    const error = new CustomError(`bad header ${secret}`, { cause: new Error(`inner ${secret}`) });
    const copy = redactValue(error, [secret]);
    expect(copy).toBeInstanceOf(CustomError);
    expect(copy.message).toBe('bad header ***');
    expect(copy.stack).not.toContain(secret);
    expect(copy.code).toBe('E ***');
    expect((copy.cause as Error).message).toBe('inner ***');
  });

  it('copies Headers with masked values', () => {
    const headers = new Headers({ 'x-echo': `Bearer ${secret}` });
    expect(redactValue(headers, [secret]).get('x-echo')).toBe('Bearer ***');
  });

  it('survives cycles, and the copy points at itself, not at the unmasked original', () => {
    const value: Record<string, unknown> = { text: secret };
    value['self'] = value;
    const copy = redactValue(value, [secret]);
    expect(copy['text']).toBe('***');
    expect(copy['self']).toBe(copy);
    const error = new Error(`failed with ${secret}`);
    error.cause = error;
    const masked = redactValue(error, [secret]);
    expect(masked.cause).toBe(masked);
    expect(inspect(masked, { depth: 4, showHidden: true })).not.toContain(secret);
  });

  it('drops what is nested deeper than eight levels instead of showing it unmasked', () => {
    let value: unknown = { key: secret };
    for (let level = 0; level < 12; level++) value = { nested: value };
    const copy = redactValue(value, [secret]);
    expect(JSON.stringify(copy)).not.toContain(secret);
    expect(JSON.stringify(copy)).toContain('"nested":"***"');
  });
});

describe('redactValue on server-sized values', () => {
  const secret = 'caller-secret-0001';

  it('keeps holes as holes: a sparse array is never made dense', () => {
    const copy = redactValue([`a ${secret}`, , 'b'], [secret]);
    expect(copy).toHaveLength(3);
    expect(1 in copy).toBe(false);
    expect(copy[0]).toBe('a ***');
  });

  it('visits at most 100,000 slots of a huge sparse array, and the copy ends where the visit stopped', () => {
    const sparse: unknown[] = [];
    sparse[0] = secret;
    sparse[2 ** 32 - 2] = secret;
    let reads = 0;
    const counted = new Proxy(sparse, {
      get: (target, key, receiver) => (reads++, Reflect.get(target, key, receiver)),
      has: (target, key) => (reads++, Reflect.has(target, key)),
    });
    const copy = redactValue(counted, [secret]);
    expect(reads).toBeLessThan(200_100);
    expect(copy.length).toBe(100_000);
    expect(copy[0]).toBe('***');
    expect(JSON.stringify(copy)).not.toContain(secret);
  });

  it('bounds the total work across nested values, dropping what is past the budget rather than showing it', () => {
    const wide = Array.from({ length: 1_000 }, () => Array.from({ length: 1_000 }, () => secret));
    const copy = redactValue(wide, [secret]);
    const kept = copy.flat();
    expect(kept.length).toBeLessThanOrEqual(100_000);
    expect(kept.every((value) => value === '***')).toBe(true);
    const object = Object.fromEntries(Array.from({ length: 200_000 }, (_, index) => [`k${index}`, secret]));
    const masked = redactValue(object, [secret]);
    expect(Object.keys(masked).length).toBeLessThanOrEqual(100_000);
    expect(JSON.stringify(masked)).not.toContain(secret);
  });
});
