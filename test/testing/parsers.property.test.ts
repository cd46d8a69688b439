// The small parsers the emulator relies on, checked against the platform's own: the JSON syntax locator against
// JSON.parse, the UTF-8 check against TextDecoder, the raw-member extractor against parse-then-pick, the tokenizer
// against the text it splits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../src/testing/json-syntax.js';
import { rawMember } from '../../src/testing/replay.js';
import { invalidUtf8Offset } from '../../src/testing/request-body.js';
import { tokenize } from '../../src/testing/stream-events.js';

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** JSON text, sometimes damaged: a character removed, inserted or replaced. */
const maybeBrokenJson = fc
  .tuple(
    fc.jsonValue(),
    fc.nat(),
    fc.constantFrom('', '"', '}', ']', ',', ':', '\\', 'x', '\n', '\u0001', '0'),
    fc.nat(2),
  )
  .map(([value, at, char, edit]) => {
    const text = JSON.stringify(value, null, at % 3);
    const index = at % (text.length + 1);
    if (edit === 0) return text.slice(0, index) + text.slice(index + 1);
    if (edit === 1) return text.slice(0, index) + char + text.slice(index);
    return text.slice(0, index) + char + text.slice(index + 1);
  });

describe('findJsonSyntaxError', () => {
  it('finds an error exactly when JSON.parse fails, at a position inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(maybeBrokenJson, fc.string()), (text) => {
        const problem = findJsonSyntaxError(text);
        expect(problem === undefined).toBe(parses(text));
        if (problem) {
          expect(problem.position).toBeGreaterThanOrEqual(0);
          expect(problem.position).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['{"a":}', 5, 'unexpected "}"; expected a value'],
    ['[1,2', 4, "the text ended; expected ',' or ']'"],
    ['{"a" 1}', 5, "expected ':' after the property name"],
    ['"\\q"', 1, 'invalid escape sequence in a string'],
    ['"a\tb"', 2, 'control character U+0009 in a string'],
    ['{} x', 3, 'unexpected text after the JSON value'],
    ['{\n  "a": tru\n}', 9, 'unexpected "t"; expected a value'],
  ])('%j: position %i, %s', (text, position, problem) => {
    expect(findJsonSyntaxError(text)).toMatchObject({ position, problem });
  });

  it('counts lines and columns from 1', () => {
    expect(findJsonSyntaxError('{\n  "a": 1,\n  oops\n}')).toMatchObject({
      line: 3,
      column: 3,
      position: 14,
    });
  });
});

describe('invalidUtf8Offset', () => {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  it('agrees with a fatal TextDecoder, and everything before the offset is valid', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 64 }),
          fc.string({ unit: 'binary' }).map((s) => new TextEncoder().encode(s)),
        ),
        (bytes) => {
          const offset = invalidUtf8Offset(bytes);
          let valid = true;
          try {
            decoder.decode(bytes);
          } catch {
            valid = false;
          }
          expect(offset === -1).toBe(valid);
          if (offset >= 0) expect(() => decoder.decode(bytes.subarray(0, offset))).not.toThrow();
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('rawMember', () => {
  it('returns the member’s text as written, whatever the spacing and the other members', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 }),
        fc.jsonValue(),
        fc.nat(4),
        (others, value, space) => {
          const object = { ...others, response: value };
          const text = JSON.stringify(object, null, space);
          const raw = rawMember(text, 'response');
          expect(raw).toBeDefined();
          expect(JSON.parse(raw as string)).toEqual(JSON.parse(JSON.stringify(value)));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('keeps a -0 that a re-serialisation would lose', () => {
    expect(rawMember('{"type":"x","response":{"logprob":-0}}', 'response')).toBe('{"logprob":-0}');
    expect(rawMember('{"a":{"response":1}}', 'response')).toBeUndefined();
  });
});

describe('tokenize', () => {
  it('splits text into deltas that join back to it: words of at most 12 code points, never half a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const tokens = tokenize(text);
        expect(tokens.join('')).toBe(text);
        for (const token of tokens) {
          expect([...token.trimStart()].length).toBeLessThanOrEqual(12);
          // Never half a surrogate pair: each delta is well-formed text on its own.
          expect(token).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
