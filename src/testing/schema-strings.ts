// Strings for a JSON Schema: samples of the common formats, and strings built from a `pattern` by a small regular
// expression sampler (literals, classes, groups, alternation, quantifiers; not lookarounds or backreferences).

/** Picks one of `count` options (0 … count − 1). */
export type Choose = (count: number) => number;

/** What a string must satisfy (the schemas that apply to it, combined). */
export interface StringConstraints {
  minLength: number;
  maxLength: number;
  format: string | undefined;
  patterns: string[];
}

/** Longest string the sampler builds: a longer `minLength` gets no answer (and a long string against a `pattern` would
 * let a request's regular expression run long). */
export const MAX_STRING_LENGTH = 10_000;
const MAX_PATTERN_STRING = 256;
const MAX_PATTERN_SOURCE = 1000;

const FORMATS: Record<string, (n: number) => string> = {
  date: (n) => `2026-06-${String(10 + (n % 18)).padStart(2, '0')}`,
  'date-time': (n) => `2026-06-${String(10 + (n % 18)).padStart(2, '0')}T09:30:00Z`,
  time: (n) => `09:${String(30 + (n % 29)).padStart(2, '0')}:00Z`,
  email: (n) => `user${n === 0 ? '' : n + 1}@example.com`,
  'idn-email': (n) => `user${n === 0 ? '' : n + 1}@example.com`,
  uri: (n) => `https://example.com/${n === 0 ? '' : n + 1}`,
  url: (n) => `https://example.com/${n === 0 ? '' : n + 1}`,
  iri: (n) => `https://example.com/${n === 0 ? '' : n + 1}`,
  'uri-reference': (n) => `https://example.com/${n === 0 ? '' : n + 1}`,
  'iri-reference': (n) => `https://example.com/${n === 0 ? '' : n + 1}`,
  'uri-template': (n) => `https://example.com/${n === 0 ? '' : n + 1}{id}`,
  uuid: (n) => `123e4567-e89b-42d3-a456-${String(426614174000 + n).padStart(12, '0')}`,
  ipv4: (n) => `192.0.2.${1 + (n % 254)}`,
  ipv6: (n) => `2001:db8::${(1 + n).toString(16)}`,
  hostname: (n) => (n === 0 ? 'example.com' : `host${n + 1}.example.com`),
  'idn-hostname': (n) => (n === 0 ? 'example.com' : `host${n + 1}.example.com`),
  duration: (n) => `P${n + 1}D`,
  'json-pointer': (n) => `/example/${n}`,
  'relative-json-pointer': (n) => `${n}/example`,
  regex: (n) => `^example${n}$`,
  byte: (n) => ['ZXhhbXBsZQ==', 'ZXhhbXBsZTI=', 'ZXhhbXBsZTM='][n % 3] as string,
};

/** Strings tried first against a `pattern`, in order, and again when the sampler cannot read it. */
const PATTERN_CANDIDATES = [
  'A1',
  'AB123',
  'abc',
  'ABC',
  'a1',
  '1',
  '123',
  'user@example.com',
  '2026-06-10',
  'x',
];

type Node =
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; node: Node; min: number; max: number }
  | { kind: 'chars'; options: string[] };

const EMPTY: Node = { kind: 'seq', items: [] };
const POOL = ['a', 'b', 'x', 'A', 'B', 'X', '0', '1', '9', '_', '-', ' ', '.', '@', '/', ':'];
const ESCAPES: Record<string, string[]> = {
  d: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  D: ['a', 'x', '-'],
  w: ['a', 'b', 'x', 'A', '0', '_'],
  W: ['-', ' ', '.'],
  s: [' '],
  S: ['a', 'x', '0'],
  n: ['\n'],
  t: ['\t'],
  r: ['\r'],
  f: ['\f'],
  v: ['\v'],
  '0': ['\0'],
};

class Unsupported extends Error {}

/** A recursive-descent reader of the regular expressions Ajv accepts (`u` flag), into a tree to sample from. */
class PatternReader {
  #at = 0;
  #depth = 0;
  constructor(private readonly source: string) {}

  read(): Node {
    const node = this.#alternation();
    if (this.#at < this.source.length) throw new Unsupported();
    return node;
  }

  #alternation(): Node {
    // Bounded by the pattern's length anyway (at most 1000 characters); the build below is iterative.
    if (++this.#depth > 300) throw new Unsupported();
    const options = [this.#sequence()];
    while (this.source[this.#at] === '|') {
      this.#at++;
      options.push(this.#sequence());
    }
    this.#depth--;
    return options.length === 1 ? (options[0] as Node) : { kind: 'alt', options };
  }

  #sequence(): Node {
    const items: Node[] = [];
    while (this.#at < this.source.length && this.source[this.#at] !== '|' && this.source[this.#at] !== ')') {
      items.push(this.#quantified(this.#atom()));
    }
    return { kind: 'seq', items };
  }

  #quantified(node: Node): Node {
    const rest = this.source.slice(this.#at, this.#at + 24);
    let min: number;
    let max: number;
    const braces = /^\{(\d{1,6})(,(\d{0,6}))?\}/.exec(rest);
    if (rest[0] === '*') [min, max] = [0, Infinity];
    else if (rest[0] === '+') [min, max] = [1, Infinity];
    else if (rest[0] === '?') [min, max] = [0, 1];
    else if (braces) {
      min = Number(braces[1]);
      max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
    } else return node;
    this.#at += braces ? braces[0].length : 1;
    if (this.source[this.#at] === '?') this.#at++;
    return { kind: 'repeat', node, min, max };
  }

  #atom(): Node {
    const char = this.#char();
    switch (char) {
      case '(': {
        const rest = this.source.slice(this.#at, this.#at + 3);
        if (rest.startsWith('?:')) this.#at += 2;
        else if (/^\?<[A-Za-z]/.test(rest)) {
          const end = this.source.indexOf('>', this.#at);
          if (end < 0) throw new Unsupported();
          this.#at = end + 1;
        } else if (rest.startsWith('?')) throw new Unsupported(); // lookarounds
        const node = this.#alternation();
        if (this.source[this.#at] !== ')') throw new Unsupported();
        this.#at++;
        return node;
      }
      case '[':
        return this.#charClass();
      case '.':
        return { kind: 'chars', options: ['a', 'x', '0'] };
      case '^':
      case '$':
        return EMPTY;
      case '\\':
        return this.#escape();
      case ')':
      case '*':
      case '+':
      case '?':
        throw new Unsupported();
      default:
        return { kind: 'chars', options: [char] };
    }
  }

  #char(): string {
    const code = this.source.codePointAt(this.#at);
    if (code === undefined) throw new Unsupported();
    const char = String.fromCodePoint(code);
    this.#at += char.length;
    return char;
  }

  #escape(): Node {
    const char = this.#char();
    if (char === 'b' || char === 'B') return EMPTY;
    if (/[1-9k]/.test(char)) throw new Unsupported(); // backreferences
    const known = ESCAPES[char];
    if (known) return { kind: 'chars', options: known };
    if (char === 'p' || char === 'P') {
      const match = /^\{[\w=]{1,40}\}/.exec(this.source.slice(this.#at));
      if (!match) throw new Unsupported();
      this.#at += match[0].length;
      return this.#tested(`\\${char}${match[0]}`, []);
    }
    const hex = /^(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|u\{([0-9a-fA-F]{1,6})\})/.exec(
      char + this.source.slice(this.#at, this.#at + 8),
    );
    if (hex) {
      this.#at += hex[0].length - 1;
      const code = Number.parseInt(hex[1] ?? hex[2] ?? hex[3] ?? '', 16);
      if (code > 0x10ffff) throw new Unsupported();
      return { kind: 'chars', options: [String.fromCodePoint(code)] };
    }
    if (char === 'c')
      return { kind: 'chars', options: [String.fromCharCode(this.#char().charCodeAt(0) % 32)] };
    return { kind: 'chars', options: [char] };
  }

  /** A character class: the characters of its text and a pool of common ones that the class itself accepts. */
  #charClass(): Node {
    const start = this.#at - 1;
    const named: string[] = [];
    if (this.source[this.#at] === '^') this.#at++;
    if (this.source[this.#at] === ']') {
      this.#at++;
      named.push(']');
    }
    while (this.source[this.#at] !== ']') {
      const char = this.#char();
      if (char === '\\') {
        const escaped = this.#char();
        named.push(...(ESCAPES[escaped] ?? [escaped]));
      } else named.push(char);
    }
    this.#at++;
    return this.#tested(this.source.slice(start, this.#at), named);
  }

  #tested(source: string, named: string[]): Node {
    let test: RegExp;
    try {
      test = new RegExp(`^${source}$`, 'u');
    } catch {
      throw new Unsupported();
    }
    const options = [...new Set([...named, ...POOL])].filter((char) => test.test(char));
    if (options.length === 0) throw new Unsupported();
    return { kind: 'chars', options };
  }
}

/** Builds a string from the tree: each quantifier repeats `stretch` more times than its minimum (within its max). */
function build(root: Node, stretch: number, choose: Choose, variant: number): string | undefined {
  let out = '';
  // An explicit stack, so that a deep tree cannot overflow the call stack.
  const stack: Node[] = [root];
  let steps = 0;
  while (stack.length > 0) {
    if (++steps > 20_000 || out.length > MAX_PATTERN_STRING * 4) return undefined;
    const node = stack.pop() as Node;
    switch (node.kind) {
      case 'seq':
        for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i] as Node);
        break;
      case 'alt':
        stack.push(node.options[choose(node.options.length)] as Node);
        break;
      case 'repeat': {
        const count = Math.min(node.max, node.min + stretch);
        if (count > MAX_PATTERN_STRING) return undefined;
        for (let i = 0; i < count; i++) stack.push(node.node);
        break;
      }
      case 'chars':
        out += node.options[(choose(node.options.length) + variant) % node.options.length] as string;
        break;
    }
  }
  return out;
}

const STRETCHES = [0, 1, 2, 3, 5, 8, 13, 21, 34, 64, 128, 256];
const length = (text: string): number => {
  let count = 0;
  for (const _ of text) count++;
  return count;
};

function fits(text: string, constraints: StringConstraints): boolean {
  const size = length(text);
  return size >= constraints.minLength && size <= constraints.maxLength;
}

function matchesAll(text: string, patterns: readonly RegExp[]): boolean {
  return patterns.every((pattern) => pattern.test(text));
}

/** A string matching every pattern within the length bounds, or `undefined`. */
function patternString(
  constraints: StringConstraints,
  choose: Choose,
  variant: number,
  fallback: string,
): string | undefined {
  let compiled: RegExp[];
  try {
    compiled = constraints.patterns.map((pattern) => new RegExp(pattern, 'u'));
  } catch {
    return undefined;
  }
  const first = constraints.patterns[0] as string;
  let tree: Node | undefined;
  try {
    tree = first.length <= MAX_PATTERN_SOURCE ? new PatternReader(first).read() : undefined;
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
  }
  const tryText = (text: string | undefined): text is string =>
    text !== undefined && fits(text, constraints) && matchesAll(text, compiled);
  // Readable strings first (a flight number `^[A-Z0-9]{2}[0-9]{1,4}$` reads `AB123`); variants need the sampler.
  const readable = variant === 0 ? [fallback, ...PATTERN_CANDIDATES].find(tryText) : undefined;
  if (readable !== undefined) return readable;
  if (tree) {
    for (const stretch of STRETCHES) {
      const text = build(tree, stretch, choose, variant);
      if (text === undefined) break;
      if (tryText(text)) return text;
      const missing = constraints.minLength - length(text);
      if (missing > 0 && missing <= MAX_PATTERN_STRING) {
        // An unanchored pattern accepts padding around its match.
        const padding = 'x'.repeat(missing);
        if (tryText(text + padding)) return text + padding;
        if (tryText(padding + text)) return padding + text;
      }
      if (length(text) > constraints.maxLength) break;
    }
  }
  return [fallback, ...PATTERN_CANDIDATES].find(tryText);
}

/**
 * A string satisfying the constraints, or `undefined` when the sampler finds none: a `format` sample (varied by
 * `variant`), else `example <name>`, padded with `x` or cut to the length bounds; with patterns, the first of a few
 * readable strings that matches them all, else a string built from the first pattern and checked against all.
 */
export function sampleString(
  constraints: StringConstraints,
  name: string,
  choose: Choose,
  variant: number,
): string | undefined {
  const { minLength, maxLength } = constraints;
  if (minLength > maxLength || minLength > MAX_STRING_LENGTH) return undefined;
  const sample = constraints.format === undefined ? undefined : FORMATS[constraints.format]?.(variant);
  const suffix = sample === undefined && variant > 0 ? ` ${variant + 1}` : '';
  const base = sample ?? `example ${name.slice(0, 64).replaceAll('_', ' ')}`;
  if (constraints.patterns.length > 0) {
    if (minLength > MAX_PATTERN_STRING) return undefined;
    return patternString(constraints, choose, variant, base);
  }
  // The variant's suffix survives a cut, so that the items of a `uniqueItems` array stay distinct.
  const room = Math.max(0, maxLength - suffix.length);
  let text = length(base) > room ? Array.from(base).slice(0, room).join('') : base;
  text = (text + suffix).slice(0, maxLength);
  const size = length(text);
  if (size < minLength) text += 'x'.repeat(minLength - size);
  return text;
}
