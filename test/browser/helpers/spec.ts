// What the browser checks expect, read from the bundled spec (generated/openapi.json) rather than restated.
import { readFileSync } from 'node:fs';

interface Parameter {
  name: string;
  in: string;
  content?: Record<string, { schema?: { $ref?: string } }>;
}
interface Operation {
  operationId: string;
  summary: string;
  parameters?: ({ $ref: string } | Parameter)[];
  requestBody?: { content: Record<string, unknown> };
}
interface Schema {
  properties?: Record<string, unknown>;
  discriminator?: { mapping?: Record<string, string> };
}
interface Spec {
  info: { title: string };
  paths: Record<string, { post?: Operation }>;
  components: { parameters: Record<string, Parameter>; schemas: Record<string, Schema> };
}

const spec = JSON.parse(
  readFileSync(new URL('../../../generated/openapi.json', import.meta.url), 'utf8'),
) as Spec;

/** The spec's title. */
export const SPEC_TITLE = spec.info.title;

/** Every operation: its method, path, id and summary. */
export const OPERATIONS = Object.entries(spec.paths).flatMap(([path, item]) =>
  item.post ? [{ method: 'POST', path, operationId: item.post.operationId, summary: item.post.summary }] : [],
);

function parameter(entry: { $ref: string } | Parameter): Parameter {
  if (!('$ref' in entry)) return entry;
  const found = spec.components.parameters[entry.$ref.replace('#/components/parameters/', '')];
  if (!found) throw new Error(`Unresolved parameter ${entry.$ref}`);
  return found;
}

/** The header parameters of an operation, in the spec's order. */
export function headerParameters(operationId: string): Parameter[] {
  const operation = OPERATIONS.find((candidate) => candidate.operationId === operationId);
  const found = operation && spec.paths[operation.path]?.post;
  if (!found) throw new Error(`No operation ${operationId}`);
  return (found.parameters ?? []).map(parameter).filter((candidate) => candidate.in === 'header');
}

/**
 * The request headers the spec documents for creating a response, lower-case: its header parameters, the
 * bearer `authorization`, and the `content-type` of the JSON body. A browser may send these after a preflight.
 */
export const DOCUMENTED_REQUEST_HEADERS: readonly string[] = [
  'authorization',
  'content-type',
  ...headerParameters('createResponse').map((header) => header.name.toLowerCase()),
].sort();

/** The JSON security headers and the schema each carries, with that schema's top-level properties. */
export const SECURITY_HEADER_SCHEMAS = headerParameters('createResponse').flatMap((header) => {
  const ref = header.content?.['application/json']?.schema?.$ref;
  if (!ref) return [];
  const schema = ref.replace('#/components/schemas/', '');
  return [
    {
      header: header.name,
      schema,
      properties: Object.keys(spec.components.schemas[schema]?.properties ?? {}),
    },
  ];
});

/** Every stream event type, from the `ResponseStreamEvent` discriminator. */
export const STREAM_EVENT_TYPES = Object.keys(
  spec.components.schemas['ResponseStreamEvent']?.discriminator?.mapping ?? {},
);
