// Parses JSON text from a request and, when it is malformed, says where (line, column, position) without echoing the
// text back: V8's own messages quote the input, which may hold a secret.
import type { ValidationErrorDetail } from '../types.js';
import type { Loc } from './schema-errors.js';

/** Where and why JSON text is malformed. */
export interface JsonSyntaxProblem {
  /** Offset of the offending character (UTF-16 code units), or the text length when it ended too early. */
  position: number;
  line: number;
  column: number;
  problem: string;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

const describe = (char: string): string => {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f
    ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
    : JSON.stringify(char);
};

const LITERALS = ['true', 'false', 'null'];

function problemAt(text: string, i: number, problem: string): JsonSyntaxProblem {
  const before = text.slice(0, i);
  const line = before.split('\n').length;
  return { position: i, line, column: i - (before.lastIndexOf('\n') + 1) + 1, problem };
}

function skipWhitespace(text: string, i: number): number {
  while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
  return i;
}

/** The index after the string that opens at `start`, or what is wrong with it. */
function skipString(text: string, start: number): number | JsonSyntaxProblem {
  const n = text.length;
  let i = start + 1;
  while (i < n) {
    const c = text[i] as string;
    if (c === '"') return i + 1;
    if (c === '\\') {
      const next = text[i + 1] ?? '';
      if ('"\\/bfnrt'.includes(next) && next !== '') i += 2;
      else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
      else return problemAt(text, i, 'invalid escape sequence in a string');
    } else if (c.charCodeAt(0) < 0x20)
      return problemAt(text, i, `control character ${describe(c)} in a string`);
    else i++;
  }
  return problemAt(text, i, 'the text ended inside a string');
}

/** The index after the number or literal (`c` is its first character) at `i`, or what is wrong with it. */
function skipScalar(text: string, i: number, c: string): number | JsonSyntaxProblem {
  if (c === '-' || (c >= '0' && c <= '9')) {
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    return match ? i + match[0].length : problemAt(text, i, 'invalid number');
  }
  const literal = LITERALS.find((word) => text.startsWith(word, i));
  return literal ? i + literal.length : problemAt(text, i, `unexpected ${describe(c)}; expected a value`);
}

/** Finds the first syntax error of `text` as JSON, or `undefined` when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  // One state machine over shared `i`, `state` and `stack`, kept whole; its scanners are the functions above.
  const n = text.length;
  const stack: ('[' | '{')[] = [];
  let i = 0;
  let state: 'value' | 'first-value' | 'key' | 'first-key' | 'after-value' = 'value';
  const fail = (problem: string): JsonSyntaxProblem => problemAt(text, i, problem);
  for (;;) {
    i = skipWhitespace(text, i);
    const c = text[i];
    if (state === 'after-value') {
      const top = stack.at(-1);
      if (top === undefined) return i < n ? fail('unexpected text after the JSON value') : undefined;
      const close = top === '[' ? ']' : '}';
      if (c === undefined) return fail(`the text ended; expected ',' or '${close}'`);
      if (c === ',') {
        i++;
        state = top === '[' ? 'value' : 'key';
      } else if (c === close) {
        i++;
        stack.pop();
      } else return fail(`unexpected ${describe(c)}; expected ',' or '${close}'`);
    } else if (state === 'key' || state === 'first-key') {
      if (c === undefined) return fail('the text ended; expected a property name');
      if (state === 'first-key' && c === '}') {
        i++;
        stack.pop();
        state = 'after-value';
        continue;
      }
      if (c !== '"') return fail(`unexpected ${describe(c)}; expected a property name in double quotes`);
      const end = skipString(text, i);
      if (typeof end !== 'number') return end;
      i = skipWhitespace(text, end);
      if (text[i] !== ':') return fail("expected ':' after the property name");
      i++;
      state = 'value';
    } else {
      if (c === undefined) return fail('the text ended; expected a value');
      if (state === 'first-value' && c === ']') {
        i++;
        stack.pop();
        state = 'after-value';
        continue;
      }
      state = 'after-value';
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        state = c === '{' ? 'first-key' : 'first-value';
      } else {
        const end = c === '"' ? skipString(text, i) : skipScalar(text, i, c);
        if (typeof end !== 'number') return end;
        i = end;
      }
    }
  }
}

/**
 * How deeply arrays and objects may nest in a request's JSON (the body, and each header document). Deeper values
 * (a tool schema nested 100,000 levels, say) would overflow the stack of every recursive step that reads them:
 * redaction, Ajv's schema compiler, `JSON.stringify` of the reply.
 */
export const MAX_JSON_DEPTH = 64;

/** The path to the first array or object nested deeper than `maxDepth`, found without recursion; `undefined` if none. */
export function tooDeepAt(value: unknown, maxDepth: number): Loc | undefined {
  interface Entry {
    value: object;
    depth: number;
    parent: Entry | undefined;
    key: string | number;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const pending: Entry[] = [{ value, depth: 0, parent: undefined, key: '' }];
  while (pending.length > 0) {
    const entry = pending.pop() as Entry;
    const depth = entry.depth + 1;
    if (depth > maxDepth) {
      const path: Loc = [];
      for (let at: Entry | undefined = entry; at?.parent; at = at.parent) path.push(at.key);
      return path.reverse();
    }
    if (Array.isArray(entry.value)) {
      for (let index = entry.value.length - 1; index >= 0; index--) {
        const child: unknown = entry.value[index];
        if (typeof child === 'object' && child !== null)
          pending.push({ value: child, depth, parent: entry, key: index });
      }
    } else {
      const keys = Object.keys(entry.value);
      for (let index = keys.length - 1; index >= 0; index--) {
        const key = keys[index] as string;
        const child: unknown = (entry.value as Record<string, unknown>)[key];
        if (typeof child === 'object' && child !== null)
          pending.push({ value: child, depth, parent: entry, key });
      }
    }
  }
  return undefined;
}

/** How many segments of a too-deep value's path the error names. */
const SHOWN_SEGMENTS = 8;

/**
 * Parses `text` as JSON; when it is malformed, returns a FastAPI `json_invalid` detail located at `loc` that says
 * where (`label` names the text in the message, e.g. `the request body` or `X-Features`).
 */
export function parseJson(
  text: string,
  loc: Loc,
  label: string,
): { value: unknown } | { detail: ValidationErrorDetail } {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    const problem = findJsonSyntaxError(text) ?? { position: 0, line: 1, column: 1, problem: 'invalid JSON' };
    return {
      detail: {
        loc,
        msg: `Invalid JSON in ${label} at line ${problem.line}, column ${problem.column} (position ${problem.position}): ${problem.problem}`,
        type: 'json_invalid',
        ctx: { position: problem.position, line: problem.line, column: problem.column },
      },
    };
  }
  const deep = tooDeepAt(value, MAX_JSON_DEPTH);
  if (deep === undefined) return { value };
  return {
    detail: {
      loc: [...loc, ...deep.slice(0, SHOWN_SEGMENTS)],
      msg: `Invalid JSON in ${label}: arrays and objects nest more than ${MAX_JSON_DEPTH} levels deep${deep.length > SHOWN_SEGMENTS ? ' (the location shows the first levels)' : ''}; the emulator accepts at most ${MAX_JSON_DEPTH}.`,
      type: 'json_invalid',
      ctx: { max_depth: MAX_JSON_DEPTH },
    },
  };
}
