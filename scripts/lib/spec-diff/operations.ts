// The operation level of the spec diff: operations, parameters, request bodies, responses and response headers,
// handing every schema they hold to the schema comparison with the direction data flows there.
import { deref, isJson, type Json, type SpecDocument } from './document.js';
import { Findings, type Finding } from './findings.js';
import { compareSchemas, type SchemaContext } from './schemas.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

const objectAt = (document: SpecDocument, value: unknown): Json => {
  const resolved = deref(document, value);
  return isJson(resolved) ? resolved : {};
};

/** A path with its parameter names blanked, so renaming `{id}` to `{key}` is not a removed operation. */
const pathShape = (path: string): string => path.replace(/\{[^}]*\}/g, '{}');

interface Operation {
  /** `POST /control/{endpoint_type}/v1/responses`, as written in the document. */
  readonly label: string;
  readonly operation: Json;
  /** Path-level and operation-level parameters, the latter winning, by {@link parameterKey}. */
  readonly parameters: Map<string, Parameter>;
}

interface Parameter {
  /** `query limit`, `header x-policy`, as the report names it. */
  readonly label: string;
  readonly parameter: Json;
}

/**
 * What identifies a parameter across versions: `in` and name, with header names in lower case (they are
 * case-insensitive), and path parameters by position (their names are not sent, so renaming one changes nothing).
 */
function parameterKey(parameter: Json, path: string): string {
  const name = String(parameter['name']);
  if (parameter['in'] === 'path') {
    const names = [...path.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]);
    return `path #${names.indexOf(name) + 1}`;
  }
  return `${String(parameter['in'])} ${parameter['in'] === 'header' ? name.toLowerCase() : name}`;
}

function operationsOf(document: SpecDocument): Map<string, Operation> {
  const operations = new Map<string, Operation>();
  const paths = isJson(document.root['paths']) ? document.root['paths'] : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = objectAt(document, rawItem);
    for (const method of METHODS) {
      if (!isJson(item[method])) continue;
      const operation = item[method];
      const parameters = new Map<string, Parameter>();
      for (const raw of [item['parameters'], operation['parameters']].flatMap((p) =>
        Array.isArray(p) ? p : [],
      )) {
        const parameter = objectAt(document, raw);
        const label = `${String(parameter['in'])} ${String(parameter['name'])}`;
        parameters.set(parameterKey(parameter, path), { label, parameter });
      }
      operations.set(`${method} ${pathShape(path)}`, {
        label: `${method.toUpperCase()} ${path}`,
        operation,
        parameters,
      });
    }
  }
  return operations;
}

/** A parameter's or header's schema: `schema`, or the schema of its first `content` media type. */
function schemaOf(holder: Json): unknown {
  if (holder['schema'] !== undefined) return holder['schema'];
  const content = isJson(holder['content']) ? Object.values(holder['content']) : [];
  return isJson(content[0]) ? content[0]['schema'] : undefined;
}

const contentOf = (document: SpecDocument, holder: Json): Json =>
  isJson(holder['content']) ? holder['content'] : {};

/**
 * Every change between two bundled OpenAPI documents that matters to clients, each classified as breaking or
 * compatible.
 */
export function diffSpecs(old: SpecDocument, next: SpecDocument): Finding[] {
  const context: SchemaContext = { old, new: next, findings: new Findings(), compared: new Set() };
  const { findings } = context;
  const before = operationsOf(old);
  const after = operationsOf(next);
  for (const [key, operation] of before) {
    if (!after.has(key)) findings.add('breaking', 'removed-operation', operation.label, 'removed');
  }
  for (const [key, operation] of after) {
    const previous = before.get(key);
    if (!previous) findings.add('compatible', 'new-operation', operation.label, 'added');
    else compareOperations(context, previous, operation);
  }
  return findings.list();
}

function compareOperations(context: SchemaContext, before: Operation, after: Operation): void {
  compareParameters(context, before, after);
  compareRequestBodies(context, before, after);
  compareResponses(context, before, after);
}

function compareParameters(context: SchemaContext, before: Operation, after: Operation): void {
  const { findings } = context;
  for (const [key, { label }] of before.parameters) {
    if (!after.parameters.has(key))
      findings.add('breaking', 'removed-parameter', `${after.label} ${label}`, 'removed');
  }
  for (const [key, { label, parameter }] of after.parameters) {
    const at = `${after.label} ${label}`;
    const previous = before.parameters.get(key)?.parameter;
    const required = parameter['required'] === true;
    if (!previous) {
      findings.add(
        required ? 'breaking' : 'compatible',
        required ? 'new-required-parameter' : 'new-optional-parameter',
        at,
        'added',
      );
      continue;
    }
    const wasRequired = previous['required'] === true;
    if (required && !wasRequired)
      findings.add('breaking', 'parameter-became-required', at, 'optional → required');
    if (!required && wasRequired)
      findings.add('compatible', 'parameter-became-optional', at, 'required → optional');
    compareSchemas(context, schemaOf(previous), schemaOf(parameter), at, 'request');
  }
}

function compareRequestBodies(context: SchemaContext, before: Operation, after: Operation): void {
  const { findings } = context;
  const at = `${after.label} request body`;
  const hadBody = before.operation['requestBody'] !== undefined;
  const hasBody = after.operation['requestBody'] !== undefined;
  const previous = objectAt(context.old, before.operation['requestBody']);
  const body = objectAt(context.new, after.operation['requestBody']);
  if (hadBody && !hasBody) {
    findings.add('breaking', 'removed-request-body', at, 'removed');
    return;
  }
  if (!hasBody) return;
  const required = body['required'] === true;
  if (!hadBody) {
    findings.add(
      required ? 'breaking' : 'compatible',
      required ? 'new-required-request-body' : 'new-request-body',
      at,
      'added',
    );
    return;
  }
  if (required && previous['required'] !== true)
    findings.add('breaking', 'request-body-became-required', at, 'optional → required');
  compareContent(context, contentOf(context.old, previous), contentOf(context.new, body), at, 'request');
}

function compareContent(
  context: SchemaContext,
  before: Json,
  after: Json,
  at: string,
  direction: 'request' | 'response',
): void {
  const { findings } = context;
  for (const type of Object.keys(before)) {
    if (!(type in after))
      findings.add('breaking', `removed-${direction}-media-type`, `${at} [${type}]`, 'removed');
  }
  for (const [type, media] of Object.entries(after)) {
    const previous = before[type];
    if (!isJson(previous)) {
      findings.add('compatible', `new-${direction}-media-type`, `${at} [${type}]`, 'added');
      continue;
    }
    if (isJson(media))
      compareSchemas(context, previous['schema'], media['schema'], `${at} [${type}]`, direction);
  }
}

function compareResponses(context: SchemaContext, before: Operation, after: Operation): void {
  const { findings } = context;
  const oldResponses = isJson(before.operation['responses']) ? before.operation['responses'] : {};
  const newResponses = isJson(after.operation['responses']) ? after.operation['responses'] : {};
  for (const status of Object.keys(oldResponses)) {
    if (status in newResponses) continue;
    // A success a client relies on is gone; an error status that is no longer documented breaks no one.
    const success = status.startsWith('2');
    findings.add(
      success ? 'breaking' : 'compatible',
      'removed-response',
      `${after.label} ${status}`,
      'removed',
    );
  }
  for (const [status, raw] of Object.entries(newResponses)) {
    const at = `${after.label} ${status}`;
    if (!(status in oldResponses)) {
      findings.add('compatible', 'new-response', at, 'added');
      continue;
    }
    const previous = objectAt(context.old, oldResponses[status]);
    const response = objectAt(context.new, raw);
    compareContent(
      context,
      contentOf(context.old, previous),
      contentOf(context.new, response),
      at,
      'response',
    );
    compareHeaders(context, previous, response, at);
  }
}

function compareHeaders(context: SchemaContext, before: Json, after: Json, at: string): void {
  const lower = (headers: unknown, document: SpecDocument): Map<string, Json> =>
    new Map(
      Object.entries(isJson(headers) ? headers : {}).map(([name, header]) => [
        name.toLowerCase(),
        objectAt(document, header),
      ]),
    );
  const oldHeaders = lower(before['headers'], context.old);
  const newHeaders = lower(after['headers'], context.new);
  for (const name of oldHeaders.keys()) {
    if (!newHeaders.has(name))
      context.findings.add('breaking', 'removed-response-header', `${at} header ${name}`, 'removed');
  }
  for (const [name, header] of newHeaders) {
    const previous = oldHeaders.get(name);
    if (!previous) context.findings.add('compatible', 'new-response-header', `${at} header ${name}`, 'added');
    else compareSchemas(context, schemaOf(previous), schemaOf(header), `${at} header ${name}`, 'response');
  }
}
