// Tooling for the spec tests (test/spec/*.test.ts): the bundled spec (generated/openapi.json), an Ajv 2020 validator
// that resolves `#/components/...` inside it, walkers over its schemas and schema sites, and copies of openapi/ that
// a test may break on purpose and lint.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { expect } from 'vitest';

import { lintSpec, SpecError } from '../../scripts/lib/redocly.js';

/** The project folder (the one holding package.json). */
export const projectDir = fileURLToPath(new URL('../..', import.meta.url));
/** The spec's root file, as `redocly.yaml` names it. */
export const specRoot = join(projectDir, 'openapi/openapi.yaml');

/** A JSON object of the bundle. */
export type Json = Record<string, unknown>;

/** Whether `value` is a plain JSON object (not null, not an array). */
export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The bundle `npm run generate` wrote: every `$ref` points at `#/components/<section>/<name>`. */
export const doc = JSON.parse(readFileSync(join(projectDir, 'generated/openapi.json'), 'utf8')) as Json;
/** The bundle's `components`, by section and name. */
export const components = doc['components'] as Record<string, Record<string, Json>>;
/** The bundle's component schemas, by name. */
export const schemas = components['schemas'] ?? {};

// `password` is OpenAPI's annotation-only format (tools mask the value); declaring it keeps Ajv from logging "unknown
// format ignored" while a format nobody declared still gets that warning.
const ajv = new Ajv2020({
  strict: false,
  allErrors: true,
  validateSchema: false,
  formats: { password: true },
});
ajv.addSchema({ ...doc, $id: 'spec' });

/** Appends a JSON-pointer segment (escaped, then URI-encoded because Ajv reads the pointer from a URI fragment). */
export const child = (pointer: string, segment: string | number): string =>
  `${pointer}/${encodeURIComponent(String(segment).replaceAll('~', '~0').replaceAll('/', '~1'))}`;

/** Validates `value` against the schema at `pointer` (`#/...`) of the bundle; returns Ajv's errors, empty if valid. */
export function validateAt(pointer: string, value: unknown): ErrorObject[] {
  const validate = ajv.getSchema(`spec${pointer}`);
  if (!validate) throw new Error(`No schema at ${pointer}`);
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

/** Validates `value` against the component schema `name`; returns Ajv's errors, empty if valid. */
export const validateAgainst = (name: string, value: unknown): ErrorObject[] =>
  validateAt(`#/components/schemas/${name}`, value);

/** Where and why validation failed, as `[instancePath or '/', keyword]` pairs, for `toContainEqual` checks. */
export const errorSites = (errors: readonly ErrorObject[]): [string, string][] =>
  errors.map((error) => [error.instancePath || '/', error.keyword]);

/** Ajv errors in one line each (at most 8), for failure messages. */
export const describeErrors = (errors: readonly ErrorObject[]): string[] =>
  errors
    .slice(0, 8)
    .map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);

/** Resolves a `$ref` to `#/components/<section>/<name>` (the only kind the bundle holds); other values as they are. */
export function resolveRef(value: Json): Json {
  const ref = value['$ref'];
  if (typeof ref !== 'string') return value;
  const [, section, name] = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref) ?? [];
  const target = section && name ? components[section]?.[name] : undefined;
  if (!target) throw new Error(`Unresolvable $ref ${ref}`);
  return target;
}

/** A place that holds a schema next to named examples: a parameter, a header or a media type. */
export interface SchemaSite {
  pointer: string;
  schema: Json;
  examples: Record<string, Json>;
}

/** Every parameter, header and media type of the bundle (paths and components), with its pointer. */
export function schemaSites(): SchemaSite[] {
  const sites: SchemaSite[] = [];
  const site = (pointer: string, holder: Json): void => {
    if (isObject(holder['schema'])) {
      sites.push({
        pointer,
        schema: holder['schema'],
        examples: (holder['examples'] ?? {}) as Record<string, Json>,
      });
    }
    for (const [mediaType, media] of Object.entries((holder['content'] ?? {}) as Record<string, Json>)) {
      site(child(child(pointer, 'content'), mediaType), media);
    }
    for (const [name, header] of Object.entries((holder['headers'] ?? {}) as Record<string, Json>)) {
      if (!('$ref' in header)) site(child(child(pointer, 'headers'), name), header);
    }
  };
  const operationParts = (pointer: string, operation: Json): void => {
    ((operation['parameters'] ?? []) as Json[]).forEach((parameter, index) => {
      if (!('$ref' in parameter)) site(child(child(pointer, 'parameters'), index), parameter);
    });
    const body = operation['requestBody'];
    if (isObject(body) && !('$ref' in body)) site(child(pointer, 'requestBody'), body);
    for (const [status, response] of Object.entries((operation['responses'] ?? {}) as Record<string, Json>)) {
      if (!('$ref' in response)) site(child(child(pointer, 'responses'), status), response);
    }
  };
  for (const [path, item] of Object.entries((doc['paths'] ?? {}) as Record<string, Record<string, Json>>)) {
    const itemPointer = child('#/paths', path);
    operationParts(itemPointer, item);
    for (const [method, operation] of Object.entries(item)) {
      if (isObject(operation) && 'responses' in operation)
        operationParts(child(itemPointer, method), operation);
    }
  }
  for (const section of ['parameters', 'headers', 'requestBodies', 'responses']) {
    for (const [name, component] of Object.entries(components[section] ?? {})) {
      site(child(child('#/components', section), name), component);
    }
  }
  return sites;
}

/** How a schema sits in its parent; decides whether it must carry a description. */
export type SchemaRole =
  'component' | 'site' | 'property' | 'items' | 'additionalProperties' | 'member' | 'other';

/** Calls `visit` for `schema` and every schema nested in it (properties, items, unions, conditionals, …). */
export function walkSchema(
  schema: unknown,
  pointer: string,
  role: SchemaRole,
  visit: (schema: Json, pointer: string, role: SchemaRole) => void,
): void {
  if (!isObject(schema)) return;
  visit(schema, pointer, role);
  for (const [name, property] of Object.entries((schema['properties'] ?? {}) as Json)) {
    walkSchema(property, child(child(pointer, 'properties'), name), 'property', visit);
  }
  for (const keyword of ['oneOf', 'anyOf', 'allOf', 'prefixItems']) {
    ((schema[keyword] ?? []) as unknown[]).forEach((member, index) =>
      walkSchema(
        member,
        child(child(pointer, keyword), index),
        keyword === 'prefixItems' ? 'items' : 'member',
        visit,
      ),
    );
  }
  walkSchema(schema['items'], child(pointer, 'items'), 'items', visit);
  walkSchema(
    schema['additionalProperties'],
    child(pointer, 'additionalProperties'),
    'additionalProperties',
    visit,
  );
  for (const keyword of ['not', 'if', 'then', 'else', 'contains', 'propertyNames']) {
    walkSchema(schema[keyword], child(pointer, keyword), 'other', visit);
  }
}

/** Walks every schema of the bundle: the component schemas and the inline schemas of parameters, headers, bodies. */
export function walkAllSchemas(visit: (schema: Json, pointer: string, role: SchemaRole) => void): void {
  for (const [name, schema] of Object.entries(schemas))
    walkSchema(schema, child('#/components/schemas', name), 'component', visit);
  for (const site of schemaSites()) walkSchema(site.schema, child(site.pointer, 'schema'), 'site', visit);
}

// ---------------------------------------------------------------------------------------------------------------
// Lint, and copies of openapi/ to break on purpose.
// ---------------------------------------------------------------------------------------------------------------

/** Lints the spec whose root file is `root` with the project's redocly.yaml; rejects with a `SpecError`. */
export const lint = (root: string): Promise<void> => lintSpec(root, projectDir);

const specCopies: string[] = [];

/** Copies openapi/ into a fresh temp folder and returns the copy's root file and folder. */
export async function copySpec(): Promise<{ root: string; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'sequrity-spec-'));
  specCopies.push(dir);
  await cp(join(projectDir, 'openapi'), join(dir, 'openapi'), { recursive: true });
  return { root: join(dir, 'openapi/openapi.yaml'), dir };
}

/** Removes every copy `copySpec` made; pass it to `afterAll` in a file that makes copies. */
export async function removeSpecCopies(): Promise<void> {
  await Promise.all(specCopies.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** Edits one file of a spec copy with a text replacement that must apply exactly once. */
export async function editFile(file: string, search: string, replacement: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  expect(text.split(search), `${search.trim()} occurs once in ${file}`).toHaveLength(2);
  await writeFile(file, text.replace(search, replacement));
}

/** The rejection that lint gives for `root` (fails the test if lint passes). */
export async function lintFailure(root: string): Promise<SpecError> {
  const error: unknown = await lint(root).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(SpecError);
  return error as SpecError;
}
