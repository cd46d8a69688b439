import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

/** The parts of a bundled OpenAPI document the emitters read. */
export interface BundledSpec {
  servers?: { url: string; description?: string }[];
  paths?: Record<string, Record<string, Operation | unknown>>;
  components?: {
    schemas?: Record<string, SchemaObject>;
    parameters?: Record<string, Parameter>;
    requestBodies?: Record<string, RequestBody>;
    responses?: Record<string, ResponseObject>;
  };
}

export interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  description?: string;
  deprecated?: boolean;
  oneOf?: { $ref?: string }[];
  anyOf?: { $ref?: string }[];
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
  properties?: Record<string, SchemaObject & { const?: unknown; enum?: unknown[] }>;
}

export interface Parameter {
  $ref?: string;
  name: string;
  in: string;
  description?: string;
  schema?: { enum?: unknown[] };
  content?: Record<string, { schema?: { $ref?: string } }>;
}

/** A media-type map: `application/json`, `text/event-stream`, … → schema. */
type Content = Record<string, { schema?: SchemaObject }>;

export interface RequestBody {
  $ref?: string;
  content?: Content;
}

export interface ResponseObject {
  $ref?: string;
  content?: Content;
}

export interface Operation {
  operationId: string;
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: RequestBody;
  responses?: Record<string, ResponseObject>;
}

/** One member of a discriminated union: its schema name and its tag value. */
export interface UnionMember {
  schema: string;
  tag: string;
}

/** A `oneOf` + `discriminator` + `mapping` union of the spec. */
export interface DiscriminatedUnion {
  name: string;
  propertyName: string;
  members: UnionMember[];
}

/** An operation with its path, method and the header parameters that carry JSON documents. */
export interface OperationInfo {
  operationId: string;
  method: string;
  path: string;
  summary: string | undefined;
  description: string | undefined;
  jsonHeaders: { name: string; schema: string }[];
  /**
   * Whether the boolean body field `stream` switches the success reply from `application/json` to
   * `text/event-stream` (the operation offers both and its JSON body has `stream: boolean`).
   */
  streamFlag: boolean;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Reads the bundled spec (YAML) that the pipeline's bundle step wrote. */
export async function readBundledSpec(file: string): Promise<BundledSpec> {
  return parse(await readFile(file, 'utf8')) as BundledSpec;
}

/** `#/components/schemas/Foo` → `Foo`. */
export function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

/** Every component schema, in spec order, with its name. */
export function schemaEntries(spec: BundledSpec): [string, SchemaObject][] {
  return Object.entries(spec.components?.schemas ?? {});
}

/** Every discriminated union, in spec order, with members in mapping order. */
export function discriminatedUnions(spec: BundledSpec): DiscriminatedUnion[] {
  return schemaEntries(spec).flatMap(([name, schema]) => {
    const mapping = schema.discriminator?.mapping;
    if (!schema.oneOf || !schema.discriminator || !mapping) return [];
    const members = Object.entries(mapping).map(([tag, ref]) => ({ schema: refName(ref), tag }));
    return [{ name, propertyName: schema.discriminator.propertyName, members }];
  });
}

/** `value` itself, or the component its `$ref` names (`#/components/<kind>/<name>`). */
function deref<T extends { $ref?: string }>(
  spec: BundledSpec,
  kind: 'schemas' | 'parameters' | 'requestBodies' | 'responses',
  value: T,
): T {
  if (!value.$ref) return value;
  const components = spec.components?.[kind] as Record<string, T> | undefined;
  return components?.[refName(value.$ref)] ?? value;
}

/** Whether `operation` streams exactly when its JSON body says `stream: true` (see {@link OperationInfo}). */
function hasStreamFlag(spec: BundledSpec, operation: Operation): boolean {
  const success = Object.entries(operation.responses ?? {})
    .filter(([status]) => /^2/.test(status))
    .map(([, response]) => deref(spec, 'responses', response).content ?? {});
  const offersBoth = success.some((content) => content['application/json'] && content['text/event-stream']);
  const bodySchema = operation.requestBody
    ? deref(spec, 'requestBodies', operation.requestBody).content?.['application/json']?.schema
    : undefined;
  const flag = bodySchema ? deref(spec, 'schemas', bodySchema).properties?.['stream'] : undefined;
  return offersBoth && [flag?.type].flat().includes('boolean');
}

/**
 * The component parameters whose schema is an enum of strings, in spec order, each with its values in spec order
 * (a `null` member, which a parameter cannot carry, is left out).
 */
export function parameterEnums(spec: BundledSpec): { name: string; values: string[] }[] {
  return Object.entries(spec.components?.parameters ?? {}).flatMap(([name, parameter]) => {
    const values = parameter.schema?.enum?.filter((value) => value !== null);
    return values?.length && values.every((value) => typeof value === 'string')
      ? [{ name, values: values as string[] }]
      : [];
  });
}

/** Every operation, in path order, with its JSON-document header parameters resolved. */
export function operations(spec: BundledSpec): OperationInfo[] {
  const resolve = (parameter: Parameter): Parameter => deref(spec, 'parameters', parameter);
  return Object.entries(spec.paths ?? {}).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item[method]).map((method) => {
      const operation = item[method] as Operation;
      const jsonHeaders = (operation.parameters ?? []).map(resolve).flatMap((parameter) => {
        const ref = parameter.content?.['application/json']?.schema?.$ref;
        return parameter.in === 'header' && ref ? [{ name: parameter.name, schema: refName(ref) }] : [];
      });
      return {
        operationId: operation.operationId,
        method,
        path,
        summary: operation.summary,
        description: operation.description,
        jsonHeaders,
        streamFlag: hasStreamFlag(spec, operation),
      };
    }),
  );
}
