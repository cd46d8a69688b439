// The vector schemas themselves: each is a valid draft 2020-12 schema (the validator checks it against the
// meta-schema while compiling) and refuses a file with a broken case, so the schema checks in the other tests can fail.
import { describe, expect, it } from 'vitest';

import { readVectors, readVectorSchema, validateVectors, VECTOR_FILES, type VectorFile } from './vectors.js';

type Case = Record<string, unknown>;
const withFirstCase = (name: VectorFile, change: (c: Case) => void): unknown => {
  const file = structuredClone(readVectors<{ cases: Case[] }>(name));
  change(file.cases[0]!);
  return file;
};

describe('test-vectors/schemas', () => {
  it.each(VECTOR_FILES)('%s.schema.json is a draft 2020-12 schema', (name) => {
    expect(readVectorSchema(name)['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(validateVectors(name, readVectors(name))).toEqual([]);
  });

  it.each(VECTOR_FILES)('%s.schema.json refuses a case without an id or with an unknown field', (name) => {
    const problems = validateVectors(
      name,
      withFirstCase(name, (c) => {
        delete c['id'];
        c['note'] = 'not a field';
      }),
    );
    expect(problems.join('\n')).toContain("must have required property 'id'");
    expect(problems.join('\n')).toContain('must NOT have additional properties');
  });

  it.each<[VectorFile, string, (c: Case) => void, string]>([
    ['sse', 'an unknown error type', (c) => (c['error'] = { type: 'oops' }), '/cases/0/error/type'],
    [
      'sse',
      'event-too-large without its limit',
      (c) => (c['error'] = { type: 'event-too-large' }),
      "must have required property 'max_event_bytes'",
    ],
    ['headers', 'a non-ASCII header value', (c) => (c['value'] = '{"mode":"é"}'), '/cases/0/value'],
    [
      'headers',
      'a Python class that does not match the header',
      (c) => (c['header'] = 'X-Config'),
      '/cases/0/python',
    ],
    ['errors', 'a status below 400', (c) => (c['status'] = 200), '/cases/0/status'],
    ['errors', 'a message for another route', (c) => (c['message'] = '400 Bad: GET /x'), '/cases/0/message'],
    [
      'accumulate',
      'a response without output',
      (c) => delete (c['final_response'] as Case)['output'],
      'output',
    ],
  ])('%s.schema.json refuses %s', (name, _what, change, expected) => {
    expect(validateVectors(name, withFirstCase(name, change)).join('\n')).toContain(expected);
  });
});
