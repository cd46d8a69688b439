// Access to the language-neutral test vectors in test-vectors/: each file read as JSON, and a validator for it built
// from its JSON Schema (test-vectors/schemas/<name>.schema.json, draft 2020-12).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';

/** The test-vectors folder. */
export const vectorsDir = fileURLToPath(new URL('../../test-vectors', import.meta.url));

/** The vector files, by the name their schema takes. */
export const VECTOR_FILES = ['sse', 'accumulate', 'headers', 'errors'] as const;
/** One vector file's name: `sse` is `test-vectors/sse.json`, checked by `schemas/sse.schema.json`. */
export type VectorFile = (typeof VECTOR_FILES)[number];

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8')) as unknown;

/** A vector file as parsed JSON, typed by the caller (the schema test proves the shape). */
export const readVectors = <T>(name: VectorFile): T => readJson(join(vectorsDir, `${name}.json`)) as T;

/** The JSON Schema of a vector file. */
export const readVectorSchema = (name: VectorFile): Record<string, unknown> =>
  readJson(join(vectorsDir, 'schemas', `${name}.schema.json`)) as Record<string, unknown>;

/** Validates `value` against the schema of vector file `name`; returns one line per problem, none when valid. */
export function validateVectors(name: VectorFile, value: unknown): string[] {
  // allErrors: report every problem of a hand-edited file at once; strict: a typo in a schema keyword fails
  // (strictRequired is off: `then: {required: [...]}` names properties declared beside the `if`, not in `then`).
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  const validate = ajv.compile(readVectorSchema(name));
  if (validate(value)) return [];
  return (validate.errors ?? []).map(
    (error: ErrorObject) =>
      `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`,
  );
}

/** The `id`s that occur more than once in a vector file's cases. */
export function duplicateIds(cases: readonly { id: string }[]): string[] {
  const seen = new Set<string>();
  return cases.map((c) => c.id).filter((id) => seen.has(id) || !seen.add(id));
}
